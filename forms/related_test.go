package forms

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAddRelated: a related decision gets a case of its own with the person's answers
// copied and its own type and deadlines; each case links to the other; the saved file
// reads back with the link; private notes and the other decision's evidence stay behind.
func TestAddRelated(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	e, c, err := s.Create("Ана — престанак")
	if err != nil {
		t.Fatal(err)
	}
	c.Decision = Decision{Type: TypeTemporaryResidenceTermination, Number: "26-1/26", Service: ServicePersonal, Received: "2026-11-12"}
	c.Person = Person{FullName: "Anna Ivanova", Born: "1990-01-02", Citizenship: "RU"}
	c.Family = Family{Spouse: Yes, SpouseName: "Иван"}
	c.Story = Story{WhatHappened: "Текст", PrivateNotes: "never copy"}
	c.Evidence = []EvidenceItem{{Title: "Решење", Category: "decision"}, {Title: "Пасош", Category: "identity", Supports: []string{ArgFamily}}}
	c.Later.AppealLodged = "2026-11-20"
	if err := s.Save(e.File, c); err != nil {
		t.Fatal(err)
	}
	ne, n, err := s.AddRelated(e.File, c, "Ана — враћање", TypeReturnDecision)
	if err != nil {
		t.Fatal(err)
	}
	if n.Decision.Type != TypeReturnDecision || n.Decision.Number != "" || n.Later.AppealLodged != "" {
		t.Errorf("the new case's decision is not its own: %+v %+v", n.Decision, n.Later)
	}
	if n.Person != c.Person || n.Family.SpouseName != "Иван" || n.Story.WhatHappened != "Текст" {
		t.Error("the person's answers are not copied")
	}
	if n.Story.PrivateNotes != "" {
		t.Error("private notes were copied")
	}
	if len(n.Evidence) != 1 || n.Evidence[0].Title != "Пасош" || n.Evidence[0].Supports != nil {
		t.Errorf("evidence copied: %+v", n.Evidence)
	}
	if len(n.Related) != 1 || n.Related[0].File != e.File || n.Related[0].Type != TypeTemporaryResidenceTermination {
		t.Errorf("the new case does not link back: %+v", n.Related)
	}
	if len(c.Related) != 1 || c.Related[0].File != ne.File || c.Related[0].Type != TypeReturnDecision {
		t.Errorf("the first case does not link to the new one: %+v", c.Related)
	}
	// The new file is on disk with its link; the first is saved by its owner.
	if err := s.Save(e.File, c); err != nil {
		t.Fatal(err)
	}
	back, err := Load(filepath.Join(s.Dir(), ne.File))
	if err != nil || len(back.Related) != 1 || back.Related[0].File != e.File {
		t.Fatalf("reloaded new case: %v %+v", err, back)
	}
	views := s.Related(back)
	if len(views) != 1 || views[0].Err != nil || views[0].Case.Decision.Type != TypeTemporaryResidenceTermination ||
		len(views[0].Case.Related) != 1 || views[0].Case.Related[0].File != ne.File {
		t.Fatalf("each case shows the other: %+v", views)
	}
	// The deadlines are each case's own: a return decision's appeal period, not the termination's.
	if got := n.Deadlines().Type; string(got) != TypeReturnDecision {
		t.Errorf("deadlines of the related case: %s", got)
	}
	// A link to a file that is gone is shown with its error, not dropped.
	c.Related = append(c.Related, RelatedCase{File: "case-gone.appeal", Title: "gone"})
	if v := s.Related(c); len(v) != 2 || v[1].Err == nil {
		t.Errorf("missing related file: %+v", v)
	}
	for i := 0; i < MaxRelated; i++ {
		c.Related = append(c.Related, RelatedCase{File: strings.Repeat("x", i+1)})
	}
	if _, _, err := s.AddRelated(e.File, c, "x", ""); err != ErrTooManyRelated {
		t.Errorf("more than %d related decisions: %v", MaxRelated, err)
	}
}
