package forms

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLimits: a case at every limit loads and saves; one character or item beyond is
// refused by Unmarshal (and so Load, check, both imports) and by Save (so the app
// never writes what it would refuse), with a message id for the person.
func TestLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("ж", n) }
	cases := []struct {
		name  string
		at    func(c *Case) // exactly at the limit: accepted
		over  func(c *Case) // one beyond: refused
		msgID string
	}{
		{"title", func(c *Case) { c.Title = long(MaxTitleLen) }, func(c *Case) { c.Title = long(MaxTitleLen + 1) }, "case.limit.text"},
		{"a name", func(c *Case) { c.Person.FullName = long(MaxShortTextLen) }, func(c *Case) { c.Person.FullName = long(MaxShortTextLen + 1) }, "case.limit.text"},
		{"a child's name", func(c *Case) { c.Family.Children[0].Name = long(MaxShortTextLen) }, func(c *Case) { c.Family.Children[0].Name = long(MaxShortTextLen + 1) }, "case.limit.text"},
		{"the story", func(c *Case) { c.Story.WhatHappened = long(MaxLongTextLen) }, func(c *Case) { c.Story.WhatHappened = long(MaxLongTextLen + 1) }, "case.limit.text"},
		{"evidence notes", func(c *Case) { c.Evidence[0].Notes = long(MaxNoteLen) }, func(c *Case) { c.Evidence[0].Notes = long(MaxNoteLen + 1) }, "case.limit.text"},
		{"evidence items", func(c *Case) { c.Evidence = make([]EvidenceItem, MaxEvidence) }, func(c *Case) { c.Evidence = make([]EvidenceItem, MaxEvidence+1) }, "case.limit.evidence"},
		{"children", func(c *Case) { c.Family.Children = make([]Child, MaxChildren) }, func(c *Case) { c.Family.Children = make([]Child, MaxChildren+1) }, "case.limit.children"},
		{"supports", func(c *Case) { c.Evidence[0].Supports = make([]string, MaxListLen) }, func(c *Case) { c.Evidence[0].Supports = make([]string, MaxListLen+1) }, "case.limit.list"},
		{"a path", func(c *Case) { c.Evidence[0].File.Path = "/" + strings.Repeat("a", MaxPathLen-1) }, func(c *Case) { c.Evidence[0].File.Path = "/" + strings.Repeat("a", MaxPathLen) }, "case.limit.text"},
		{"title reversing its text", func(c *Case) { c.Title = "Жалба 👨‍👩‍👧" }, func(c *Case) { c.Title = "zalba\u202efdp.exe" }, "case.limit.hidden_char"},
		{"title on two lines", func(c *Case) { c.Title = "Жалба" }, func(c *Case) { c.Title = "Жалба\nfake line" }, "case.limit.hidden_char"},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			tc.at(c)
			path := filepath.Join(dir, "at.appeal")
			must(t, Save(path, c))
			if _, err := Load(path); err != nil {
				t.Fatalf("at the limit: %v", err)
			}
			c = Example()
			tc.over(c)
			over := filepath.Join(t.TempDir(), "over.appeal")
			err := Save(over, c)
			assertLimit(t, "Save", err, tc.msgID)
			if _, serr := os.Stat(over); serr == nil {
				t.Error("Save wrote a file beyond the limit")
			}
			data, merr := Marshal(c)
			must(t, merr)
			_, err = Unmarshal(data, "over.appeal")
			assertLimit(t, "Unmarshal", err, tc.msgID)
			s, err := OpenStore(t.TempDir())
			must(t, err)
			must(t, os.WriteFile(over, data, 0o600))
			_, err = s.Import(over)
			assertLimit(t, "Store.Import", err, tc.msgID)
			if l, _ := s.List(); len(l) != 0 {
				t.Error("Store.Import kept a case beyond the limit")
			}
		})
	}
}

func assertLimit(t *testing.T, what string, err error, msgID string) {
	t.Helper()
	var fe *FileError
	if !errors.As(err, &fe) || !errors.Is(err, ErrLimit) {
		t.Fatalf("%s: %v, want ErrLimit", what, err)
	}
	if fe.Message().ID != msgID {
		t.Errorf("%s: message %q, want %q", what, fe.Message().ID, msgID)
	}
}

// TestHugeFileIsNotRead: a 1 GiB "case" (sparse: no disk used) is refused from its
// size, before a byte is read.
func TestHugeFileIsNotRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.appeal")
	f, err := os.Create(p)
	must(t, err)
	must(t, f.Truncate(1<<30))
	f.Close()
	_, err = Load(p)
	assertLimit(t, "Load", err, "case.limit.file_size")
}

func TestHiddenCharAndExecutableEnding(t *testing.T) {
	for _, s := range []string{"zalba\u202efdp.exe", "a\u200bb", "\ufeffx", "soft\u00adhyphen", "a\u2066b", "line\u2028sep", "tab\there"} {
		if _, ok := HiddenChar(s); !ok {
			t.Errorf("HiddenChar(%q) found nothing", s)
		}
	}
	for _, s := range []string{"Жалба", "Đorđe Ćirić", "file (2).pdf"} {
		if r, ok := HiddenChar(s); ok {
			t.Errorf("HiddenChar(%q) = %U", s, r)
		}
	}
	for _, s := range []string{"x.exe", "zalba.pdf.EXE", "run.desktop", "a.lnk ", "b.bat.", "c.Sh", "d.scr"} {
		if !ExecutableEnding(s) {
			t.Errorf("ExecutableEnding(%q) = false", s)
		}
	}
	for _, s := range []string{"zalba.pdf", "exe", "photo.jpeg", "case.appeal", "a.appealpack", "notes.txt", ".exe.pdf"} {
		if ExecutableEnding(s) {
			t.Errorf("ExecutableEnding(%q) = true", s)
		}
	}
}

// maxCases are cases at the limits, in the shapes that cost the window most: the
// longest answers (also as one unbroken word), the most evidence with the longest
// notes the file size allows, the most children. Each is accepted by Load.
func maxCases() map[string]*Case {
	word := func(n int) string { return strings.Repeat("ж", n) }
	words := func(n int) string { return strings.Repeat("жалба ", n/6) }
	out := map[string]*Case{}
	for _, shape := range []struct {
		name string
		text func(int) string
	}{{"unbroken", word}, {"words", words}} {
		c := Example()
		c.Title = word(MaxTitleLen)
		c.Story.WhatHappened = shape.text(MaxLongTextLen)
		c.Story.ActivityDetails = shape.text(MaxLongTextLen)
		c.Story.RiskDetails = shape.text(MaxLongTextLen)
		c.Story.PrivateNotes = shape.text(MaxLongTextLen)
		c.Person.FullName = shape.text(MaxShortTextLen)
		c.Person.Work, c.Person.Property = shape.text(MaxLongTextLen), shape.text(MaxLongTextLen)
		c.Person.Health, c.Person.Community = shape.text(MaxLongTextLen), shape.text(MaxLongTextLen)
		c.Family.Other = shape.text(MaxLongTextLen)
		c.Story.Activity, c.Story.RiskOnReturn = Yes, Yes
		c.Step = StepStory
		out["story-"+shape.name] = c
		p := c.Clone()
		p.Step = StepPerson
		out["person-"+shape.name] = p
		r := c.Clone()
		r.Step = StepReview
		out["review-story-"+shape.name] = r
	}
	ev := Example()
	item := ev.Evidence[0]
	ev.Evidence = nil
	for i := 0; i < MaxEvidence; i++ {
		it := item
		f := *item.File
		it.File = &f
		it.Title = word(MaxShortTextLen)
		it.Notes = strings.Repeat("ж ", MaxNoteLen/2)
		ev.Evidence = append(ev.Evidence, it)
	}
	ev.Step = StepEvidence
	out["evidence"] = ev
	rv := ev.Clone()
	rv.Step = StepReview
	out["review-evidence"] = rv
	ch := Example()
	ch.Family.Children = nil
	for i := 0; i < MaxChildren; i++ {
		ch.Family.Children = append(ch.Family.Children, Child{Name: word(MaxShortTextLen), Born: "2015-01-01", School: word(MaxShortTextLen), Citizenship: word(MaxShortTextLen)})
	}
	ch.Step = StepFamily
	out["children"] = ch
	return out
}

// TestMaxCasesLoad: every shape at the limits loads (and so `check` accepts it).
// With APPEALDESK_MAXCASES=DIR it also writes them there, for e2e/maxcase.sh, which
// measures how long the real window takes to open each (docs/RELIABILITY.md).
func TestMaxCasesLoad(t *testing.T) {
	dir := os.Getenv("APPEALDESK_MAXCASES")
	if dir == "" {
		dir = t.TempDir()
	}
	for name, c := range maxCases() {
		p := filepath.Join(dir, name+FileExtension)
		if err := Save(p, c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := Load(p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		st, _ := os.Stat(p)
		t.Logf("%s: %d bytes", name, st.Size())
	}
}
