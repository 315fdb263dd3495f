package forms

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRoundTripEveryType: save → load gives the same case, for every decision type.
func TestRoundTripEveryType(t *testing.T) {
	dir := t.TempDir()
	for _, dt := range DecisionTypes {
		t.Run(dt.ID, func(t *testing.T) {
			c := Example()
			c.Decision.Type = dt.ID
			path := filepath.Join(dir, dt.ID+FileExtension)
			must(t, Save(path, c))
			got, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c) {
				t.Fatalf("round trip changed the case:\n got %+v\nwant %+v", got, c)
			}
			// Saving again gives the same bytes: the format is stable.
			a, _ := os.ReadFile(path)
			b, err := Marshal(got)
			if err != nil || !bytes.Equal(a, b) {
				t.Fatalf("second marshal differs (err %v)", err)
			}
		})
	}
}

// TestStrangeText: emoji, NUL, control characters and invalid UTF-8 never panic and
// never corrupt the file. Valid text comes back exactly; each invalid byte is stored
// as U+FFFD (the file is always valid UTF-8 JSON).
func TestStrangeText(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, in, want string }{
		{"emoji", "Иван 🙂 👨‍👩‍👧", "Иван 🙂 👨‍👩‍👧"},
		{"NUL and controls", "a\x00b\x01\x1f\u2028\u2029c", "a\x00b\x01\x1f\u2028\u2029c"},
		{"quotes and HTML", `"<b>&'</b>\`, `"<b>&'</b>\`},
		{"invalid UTF-8", "ok\xff\xfe end", "ok\uFFFD\uFFFD end"},
		{"lone surrogate bytes", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"serbian both scripts", "Ђорђе Đorđe џ dž", "Ђорђе Đorđe џ dž"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			// The title is one line and may not reverse its text (TestLimits); the rest
			// keeps every character.
			c.Story.PrivateNotes, c.Family.Children[0].Name, c.Decision.Issuer = tc.in, tc.in, tc.in
			c.Evidence[0].Supports = []string{tc.in}
			path := filepath.Join(dir, "strange.appeal")
			must(t, Save(path, c))
			data, _ := os.ReadFile(path)
			if !utf8.Valid(data) || !json.Valid(data) {
				t.Fatal("saved file is not valid UTF-8 JSON")
			}
			got, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range []string{got.Decision.Issuer, got.Story.PrivateNotes, got.Family.Children[0].Name, got.Evidence[0].Supports[0]} {
				if v != tc.want {
					t.Errorf("got %q, want %q", v, tc.want)
				}
			}
		})
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestLoadRefuses: damaged, foreign and newer files are refused, each with its own
// error and message id, and nothing is written over them.
func TestLoadRefuses(t *testing.T) {
	dir := t.TempDir()
	good, _ := Marshal(Example())
	cases := []struct {
		name, content string
		want          error
		msg           string
	}{
		{"empty file", "", ErrDamaged, "interview.file.damaged"},
		{"not JSON", "hello", ErrDamaged, "interview.file.damaged"},
		{"truncated", string(good[:len(good)/2]), ErrDamaged, "interview.file.damaged"},
		{"binary", "\x00\x01\x02", ErrDamaged, "interview.file.damaged"},
		{"JSON array", "[1,2]", ErrForeign, "interview.file.foreign"},
		{"JSON null", "null", ErrForeign, "interview.file.foreign"},
		{"no format", `{"version":1,"title":"x"}`, ErrForeign, "interview.file.foreign"},
		{"other format", `{"format":"something-else","version":1}`, ErrForeign, "interview.file.foreign"},
		{"format not a string", `{"format":7,"version":1}`, ErrForeign, "interview.file.foreign"},
		{"no version", `{"format":"appealdesk-case"}`, ErrDamaged, "interview.file.damaged"},
		{"version zero", `{"format":"appealdesk-case","version":0}`, ErrDamaged, "interview.file.damaged"},
		{"version text", `{"format":"appealdesk-case","version":"1"}`, ErrDamaged, "interview.file.damaged"},
		{"newer version", `{"format":"appealdesk-case","version":2,"title":"x"}`, ErrNewer, "interview.file.newer"},
		{"field of wrong type", `{"format":"appealdesk-case","version":1,"decision":{"departure_days":"many"}}`, ErrDamaged, "interview.file.damaged"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "f.appeal")
			writeFile(t, path, tc.content)
			_, err := Load(path)
			var fe *FileError
			if !errors.Is(err, tc.want) || !errors.As(err, &fe) || fe.Message().ID != tc.msg {
				t.Fatalf("Load: %v, want %v with %s", err, tc.want, tc.msg)
			}
			if after, _ := os.ReadFile(path); string(after) != tc.content {
				t.Error("the refused file was changed")
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "missing.appeal")); !errors.Is(err, ErrRead) {
		t.Errorf("missing file: %v", err)
	}
}

// TestSaveNeverReplacesGoodFileOnFailure: when the write cannot happen, the old file
// stays as it was, and no temporary file is left behind.
func TestSaveNeverReplacesGoodFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.appeal")
	must(t, Save(path, Example()))
	before, _ := os.ReadFile(path)
	if err := Save(path, nil); err == nil {
		t.Fatal("Save(nil) succeeded")
	}
	// A directory that cannot be written: the rename target's directory is read-only.
	if os.Geteuid() != 0 { // root ignores permissions
		must(t, os.Chmod(dir, 0o500))
		c := Example()
		c.Title = "new"
		if err := Save(path, c); !errors.Is(err, ErrWrite) {
			t.Errorf("Save into a read-only directory: %v", err)
		}
		must(t, os.Chmod(dir, 0o700))
	}
	// The target is a directory: the rename fails after the temp file is written.
	bad := filepath.Join(dir, "isdir.appeal")
	must(t, os.Mkdir(bad, 0o700))
	must(t, os.WriteFile(filepath.Join(bad, "keep"), []byte("x"), 0o600))
	if err := Save(bad, Example()); !errors.Is(err, ErrWrite) {
		t.Errorf("Save over a directory: %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the good file")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestUnknownMembersKept: top-level members this version does not know survive a
// load → save round trip; nested unknown members are dropped (documented).
func TestUnknownMembersKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "u.appeal")
	writeFile(t, path, `{"format":"appealdesk-case","version":1,"title":"x","zz_from_future":{"a":[1,2]},"note":"hi"}`)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	c.Title = "y"
	must(t, Save(path, c))
	var doc map[string]json.RawMessage
	data, _ := os.ReadFile(path)
	must(t, json.Unmarshal(data, &doc))
	if string(doc["note"]) != `"hi"` || !strings.Contains(string(doc["zz_from_future"]), `[`) {
		t.Errorf("unknown members lost: %s", data)
	}
	got, err := Load(path)
	if err != nil || got.Title != "y" {
		t.Fatalf("reload: %v %+v", err, got)
	}
	// A member that decoding matches to a known one, case-insensitively, is not kept
	// twice (it would make the next load ambiguous).
	writeFile(t, path, `{"format":"appealdesk-case","version":1,"Title":"a","ſtep":"family"}`)
	c, err = Load(path)
	if err != nil || c.Title != "a" || c.Step != "family" || len(c.Unknown) != 0 {
		t.Fatalf("case-folded members: %v %+v %v", err, c, c.Unknown)
	}
	// A known member is never duplicated by Unknown.
	got.Unknown["title"] = json.RawMessage(`"dup"`)
	out, err := Marshal(got)
	if err != nil || strings.Count(string(out), `"title"`) != 1 {
		t.Errorf("Unknown shadowed a known member: %s", out)
	}
}

// TestMigrationChain: a file of an older version is migrated step by step up to the
// current version, in memory. There is only version 1 now, so the test reads files as
// a version-3 program would, with two stand-in migrations (1→2 renames a member,
// 2→3 fills one); a missing or failing step refuses the file as damaged.
func TestMigrationChain(t *testing.T) {
	steps := map[int]migration{
		1: func(doc map[string]json.RawMessage) error {
			doc["title"] = doc["name"] // v2 renamed "name" to "title"
			delete(doc, "name")
			return nil
		},
		2: func(doc map[string]json.RawMessage) error {
			if _, ok := doc["step"]; !ok {
				doc["step"] = json.RawMessage(`"identify"`)
			}
			return nil
		},
	}
	cases := []struct {
		name, doc, title, step string
		err                    error
	}{
		{"v1 migrates twice", `{"format":"appealdesk-case","version":1,"name":"old"}`, "old", "identify", nil},
		{"v2 migrates once", `{"format":"appealdesk-case","version":2,"title":"t","step":"family"}`, "t", "family", nil},
		{"v3 as is", `{"format":"appealdesk-case","version":3,"title":"t"}`, "t", "", nil},
		{"v4 newer", `{"format":"appealdesk-case","version":4,"title":"t"}`, "", "", ErrNewer},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := unmarshalAt([]byte(tc.doc), "x", 3, steps)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if err == nil && (c.Title != tc.title || c.Step != tc.step || c.Version != 3 || c.Unknown["name"] != nil) {
				t.Errorf("got title %q step %q version %d unknown %v", c.Title, c.Step, c.Version, c.Unknown)
			}
		})
	}
	steps[2] = func(map[string]json.RawMessage) error { return errors.New("boom") }
	if _, err := unmarshalAt([]byte(`{"format":"appealdesk-case","version":2}`), "x", 3, steps); !errors.Is(err, ErrDamaged) {
		t.Errorf("failing migration: %v", err)
	}
	delete(steps, 1)
	if _, err := unmarshalAt([]byte(`{"format":"appealdesk-case","version":1}`), "x", 3, steps); !errors.Is(err, ErrDamaged) {
		t.Errorf("missing migration: %v", err)
	}
}
