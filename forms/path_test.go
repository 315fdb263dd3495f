package forms

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestGetSet(t *testing.T) {
	cases := []struct {
		name, path, set, get string
		check                func(c *Case) bool
	}{
		{"text", "decision.issuer", "ПУ за град Нови Сад", "ПУ за град Нови Сад", func(c *Case) bool { return c.Decision.Issuer == "ПУ за град Нови Сад" }},
		{"date", "decision.received", "2026-11-13", "2026-11-13", func(c *Case) bool { return c.Decision.Received == "2026-11-13" }},
		{"date kept as typed", "decision.issued", "13.11.2026", "13.11.2026", func(c *Case) bool { return c.Decision.Issued == "13.11.2026" }},
		{"choice", "decision.service", "registered-mail", "registered-mail", func(c *Case) bool { return c.Decision.Service == ServiceRegMail }},
		{"yes/no", "decision.heard", "yes", "yes", func(c *Case) bool { return c.Decision.Heard == Yes }},
		{"yes/no cleared", "decision.heard", "", "", func(c *Case) bool { return c.Decision.Heard == Unknown }},
		{"switch on", "decision.from_abroad", "yes", "yes", func(c *Case) bool { return c.Decision.FromAbroad }},
		{"switch off", "decision.entry_ban", "no", "no", func(c *Case) bool { return !c.Decision.EntryBan }},
		{"number", "decision.departure_days", "15", "15", func(c *Case) bool { return c.Decision.DepartureDays == 15 }},
		{"number cleared", "decision.departure_days", "", "", func(c *Case) bool { return c.Decision.DepartureDays == 0 }},
		{"item of a group", "family.children[1].school", "ОШ „Вук Караџић“", "ОШ „Вук Караџић“", func(c *Case) bool { return c.Family.Children[1].School == "ОШ „Вук Караџић“" }},
		{"list", "evidence[2].supports", "family, length-of-stay", "family, length-of-stay", func(c *Case) bool {
			return reflect.DeepEqual(c.Evidence[2].Supports, []string{"family", "length-of-stay"})
		}},
		{"argument override", "arguments.speech", "no", "no", func(c *Case) bool { v, ok := c.Arguments["speech"]; return ok && !v }},
		{"nested option", "office.saturday_working", "yes", "yes", func(c *Case) bool { return c.Office.SaturdayWorking }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			must(t, Set(c, tc.path, tc.set))
			got, err := Get(c, tc.path)
			must(t, err)
			if got != tc.get || !tc.check(c) {
				t.Errorf("Get = %q, want %q (or the Case field is wrong)", got, tc.get)
			}
		})
	}
}

func TestPathErrors(t *testing.T) {
	c := Example()
	bad := []struct{ path, value string }{
		{"", "x"}, {"nothing", "x"}, {"decision.nothing", "x"}, {"decision", "x"},
		{"family.children[9].name", "x"}, {"family.children[-1].name", "x"}, {"family.children[x].name", "x"},
		{"family.children[0", "x"}, {"decision..type", "x"}, {"decision.heard", "maybe"},
		{"decision.departure_days", "ten"}, {"arguments.speech", "perhaps"}, {"evidence", "x"},
		{"family.children", "x"}, {"arguments.speech.more", "yes"}, {"decision.type[0]", "x"},
	}
	for _, b := range bad {
		if err := Set(c, b.path, b.value); !errors.Is(err, ErrPath) {
			t.Errorf("Set(%q, %q) = %v, want ErrPath", b.path, b.value, err)
		}
	}
	if !reflect.DeepEqual(c, Example()) {
		t.Error("a refused Set changed the case")
	}
	if _, err := GetInt(c, "decision.type"); !errors.Is(err, ErrPath) {
		t.Error("GetInt of text")
	}
	if _, err := Len(c, "decision.type"); !errors.Is(err, ErrPath) {
		t.Error("Len of text")
	}
	if _, err := Get(nil, "decision.type"); !errors.Is(err, ErrPath) {
		t.Error("Get on nil case")
	}
}

func TestGroups(t *testing.T) {
	c := Example()
	names := func() string {
		var out []string
		for _, ch := range c.Family.Children {
			out = append(out, ch.Name)
		}
		return strings.Join(out, ",")
	}
	i, err := AddItem(c, "family.children")
	must(t, err)
	must(t, Set(c, ItemPath("family.children[].name", i), "Лука"))
	if names() != "Ана Петров,Марко Петров,Лука" || i != 2 {
		t.Fatalf("add: %s", names())
	}
	must(t, MoveItem(c, "family.children", 2, 0))
	if names() != "Лука,Ана Петров,Марко Петров" {
		t.Fatalf("move up: %s", names())
	}
	must(t, MoveItem(c, "family.children", 0, 2))
	if names() != "Ана Петров,Марко Петров,Лука" {
		t.Fatalf("move down: %s", names())
	}
	must(t, RemoveItem(c, "family.children", 1))
	if names() != "Ана Петров,Лука" {
		t.Fatalf("remove: %s", names())
	}
	for _, bad := range [][2]int{{-1, 0}, {0, 5}, {5, 0}} {
		if err := MoveItem(c, "family.children", bad[0], bad[1]); !errors.Is(err, ErrPath) {
			t.Errorf("MoveItem%v: %v", bad, err)
		}
	}
	must(t, RemoveItem(c, "family.children", 0))
	must(t, RemoveItem(c, "family.children", 0))
	if n, _ := Len(c, "family.children"); n != 0 || c.Family.Children != nil {
		t.Errorf("after removing all: %d, %v", n, c.Family.Children)
	}
	// Evidence items carry their file along when moved.
	f0 := c.Evidence[0].File
	must(t, MoveItem(c, "evidence", 0, 7))
	if got, _ := GetFile(c, "evidence[7].file"); got == nil || !reflect.DeepEqual(got, f0) {
		t.Error("file lost in a move")
	}
	must(t, SetFile(c, "evidence[7].file", nil))
	if c.Evidence[7].File != nil {
		t.Error("SetFile(nil)")
	}
}

// TestCloneIsDeep: a clone shares no memory with the original, for every pointer,
// slice and map in Case, found by reflection (so a field added later is checked too).
func TestCloneIsDeep(t *testing.T) {
	c := Example()
	c.Unknown = map[string]json.RawMessage{"x": json.RawMessage(`1`)}
	c.Evidence[0].File.PathRaw = []byte{0xff}
	d := c.Clone()
	if !reflect.DeepEqual(c, d) {
		t.Fatal("clone differs")
	}
	var walk func(a, b reflect.Value, path string)
	walk = func(a, b reflect.Value, path string) {
		switch a.Kind() {
		case reflect.Pointer:
			if !a.IsNil() {
				if a.Pointer() == b.Pointer() {
					t.Errorf("%s: shared pointer", path)
				}
				walk(a.Elem(), b.Elem(), path)
			}
		case reflect.Slice:
			if a.Len() > 0 {
				if a.Pointer() == b.Pointer() {
					t.Errorf("%s: shared slice", path)
				}
				for i := 0; i < a.Len(); i++ {
					walk(a.Index(i), b.Index(i), path+"[]")
				}
			}
		case reflect.Map:
			if a.Len() > 0 {
				if a.Pointer() == b.Pointer() {
					t.Errorf("%s: shared map", path)
				}
				for _, k := range a.MapKeys() {
					walk(a.MapIndex(k), b.MapIndex(k), path+"."+k.String())
				}
			}
		case reflect.Struct:
			for i := 0; i < a.NumField(); i++ {
				walk(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)
			}
		}
	}
	walk(reflect.ValueOf(c), reflect.ValueOf(d), "Case")
}

// FuzzLoad: no input makes Unmarshal panic; what it accepts saves and reloads the same.
func FuzzLoad(f *testing.F) {
	good, _ := Marshal(Example())
	f.Add(good)
	f.Add([]byte(`{"format":"appealdesk-case","version":1}`))
	f.Add([]byte(`{"format":"appealdesk-case","version":1,"x":[1,{"y":null}],"family":{"children":[{}]}}`))
	f.Add([]byte("\xef\xbb\xbf{\"format\":\"appealdesk-case\",\"version\":1,\"title\":\"\\u0000\\ud800\"}"))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"format":"appealdesk-case","version":1,"TITLE":"a","title":"b","ſtep":"x","Decision":{"TYPE":"detention"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Unmarshal(data, "fuzz")
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) || fe.Message().ID == "" {
				t.Fatalf("error without a message id: %v", err)
			}
			return
		}
		out, err := Marshal(c)
		if err != nil {
			t.Fatalf("Marshal of a loaded case: %v", err)
		}
		c2, err := Unmarshal(out, "again")
		if err != nil {
			t.Fatalf("reload: %v\n%s", err, out)
		}
		out2, _ := Marshal(c2)
		if string(out) != string(out2) {
			t.Fatalf("not stable:\n%s\n%s", out, out2)
		}
		Validate(c, testToday) // never panics on whatever was loaded
		Review(c, testToday)
		SuggestedArguments(c)
	})
}

// FuzzGetSet: any path and value never panic; a Set that succeeds reads back.
func FuzzGetSet(f *testing.F) {
	for _, s := range Steps() {
		for _, fl := range s.Fields {
			f.Add(fl.Path, "yes", 1)
			for _, sub := range fl.Fields {
				f.Add(sub.Path, "2020-01-01", 0)
			}
		}
	}
	f.Add("family.children[0].born", "\x00\xff🙂", 3)
	f.Add("evidence[1].supports", ",,a, b ,", 2)
	f.Fuzz(func(t *testing.T, path, value string, item int) {
		c := Example()
		path = strings.ReplaceAll(path, "[]", "["+itoa(item%10)+"]")
		Get(c, path)
		GetInt(c, path)
		GetList(c, path)
		GetFile(c, path)
		Len(c, path)
		if err := Set(c, path, value); err == nil {
			got, err := Get(c, path)
			if err != nil {
				t.Fatalf("Set ok but Get fails: %v", err)
			}
			// Reading back and setting again changes nothing (Set is idempotent on its own output).
			before := c.Clone()
			if err := Set(c, path, got); err != nil || !reflect.DeepEqual(before, c) {
				t.Fatalf("Set(Get()) not stable for %q = %q → %q: %v", path, value, got, err)
			}
		}
		AddItem(c, path)
		RemoveItem(c, path, item)
		MoveItem(c, path, item, item/2)
		Validate(c, testToday)
	})
}

func itoa(i int) string {
	if i < 0 {
		i = -i
	}
	return string(rune('0' + i%10))
}
