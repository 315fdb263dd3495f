package app

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/locales"
)

// uiQueue replaces UI.do in a test: what the background goroutines hand to the UI is
// queued and run on the test's goroutine by until, as the real driver runs it on its
// own goroutine. Fyne's test driver would run it at once on the background goroutine.
type uiQueue struct{ ch chan func() }

// uiQueues are the queues of the running tests; every UI a test makes (newUIForTest)
// hands its work to the test's queue.
var uiQueues sync.Map // *testing.T → *uiQueue

func useUIQueue(t *testing.T) *uiQueue {
	t.Helper()
	q := &uiQueue{ch: make(chan func(), 4096)}
	uiQueues.Store(t, q)
	t.Cleanup(func() { uiQueues.Delete(t) })
	return q
}

// newUIForTest is New for a test: with the test's queue, if it uses one.
func newUIForTest(t *testing.T, fa fyne.App, opts Options) *UI {
	t.Helper()
	u := New(fa, opts)
	if q, ok := uiQueues.Load(t); ok {
		u.do = func(f func()) { q.(*uiQueue).ch <- f }
	}
	return u
}

// until runs queued UI work until cond holds; it fails the test if nothing arrives
// for a long while (a hang, not a timing assertion).
func (q *uiQueue) until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case f := <-q.ch:
			f()
		case <-time.After(60 * time.Second):
			t.Fatalf("waited in vain for %s", what)
		}
	}
}

// onScreen collects what a person reads in o: labels, buttons, checks, selects,
// descending into every widget's renderer.
func onScreen(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range test.LaidOutObjects(o) {
		switch w := x.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *keyButton:
			b.WriteString(w.Text + "\n")
		case *widget.Check:
			b.WriteString(w.Text + "\n")
		case *widget.Select:
			b.WriteString(w.Selected + "\n")
		}
	}
	return b.String()
}

// buttonNamed finds the button labelled text on the window.
func buttonNamed(t *testing.T, u *UI, text string) *keyButton {
	t.Helper()
	for _, x := range test.LaidOutObjects(u.Window().Canvas().Content()) {
		if b, ok := x.(*keyButton); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q on the screen:\n%s", text, onScreen(u.Window().Canvas().Content()))
	return nil
}

// twoPagePDF is a minimal PDF whose page tree holds two pages.
const twoPagePDF = "%PDF-1.4\n" +
	"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
	"2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>\nendobj\n" +
	"3 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n" +
	"4 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n" +
	"trailer\n<< /Root 1 0 R >>\n%%EOF\n"

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// addByPath types a path into the evidence step's path field and presses Enter, as
// a keyboard user (and the end-to-end test) does, then waits for the hash.
func addByPath(t *testing.T, q *uiQueue, u *UI, s *session, path string) {
	t.Helper()
	before := len(s.c.Evidence)
	e := entryAt(t, s, "evidence#path")
	e.SetText(path)
	e.OnSubmitted(path)
	q.until(t, "the hash of "+path, func() bool { return len(s.c.Evidence) == before+1 })
}

func savedCase(t *testing.T, s *session, path string) *forms.Case {
	t.Helper()
	if err := s.save.Flush(); err != nil {
		t.Fatal(err)
	}
	c, err := forms.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEvidenceAddFileHashesReadsPagesProposesTranslation(t *testing.T) {
	q := useUIQueue(t)
	u, s, casePath := openTestCase(t, locales.English, newCaseAt(forms.StepEvidence))
	dir := t.TempDir()
	pdf := writeFile(t, dir, "marriage certificate.pdf", twoPagePDF)

	addByPath(t, q, u, s, pdf)
	it := s.c.Evidence[0]
	if it.File == nil || it.File.SHA256 != sha(twoPagePDF) || it.File.Size != int64(len(twoPagePDF)) || it.File.Path != pdf {
		t.Fatalf("file not fingerprinted: %+v", it.File)
	}
	if it.Pages != 2 {
		t.Errorf("pages = %d, want 2 read from the PDF's page tree", it.Pages)
	}
	if it.Title != "marriage certificate" {
		t.Errorf("title = %q, want the file name without extension", it.Title)
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), shortHash(sha(twoPagePDF))) {
		t.Error("the fingerprint is not shown")
	}

	// ZUP Art. 123(2): a document in another language than Serbian needs a certified
	// translation; one in Serbian does not.
	for _, tc := range []struct {
		name, lang, want string
	}{
		{"ZUP 123(2) Russian needs a translation", "Russian", evidence.TranslationNeeded},
		{"ZUP 123(2) Serbian needs none", "Serbian", evidence.TranslationNotNeeded},
		{"ZUP 123(2) English needs a translation", "English", evidence.TranslationNeeded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := focusable(t, s, "evidence[0].language").(*widget.Select)
			sel.SetSelected(tc.lang)
			if got := s.c.Evidence[0].Translation; got != tc.want {
				t.Errorf("translation = %q, want %q", got, tc.want)
			}
		})
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), "Art. 123(2)") {
		t.Error("the translation's article is not shown")
	}
	// Saved through the autosave, not only in memory.
	c := savedCase(t, s, casePath)
	if len(c.Evidence) != 1 || c.Evidence[0].File == nil || c.Evidence[0].File.SHA256 != sha(twoPagePDF) || c.Evidence[0].Pages != 2 {
		t.Errorf("saved evidence = %+v", c.Evidence)
	}
}

func TestEvidenceDroppedFilesAreAdded(t *testing.T) {
	// A drop while another step is shown is ignored.
	q0 := useUIQueue(t)
	u0, s0, _ := openTestCase(t, locales.English, newCaseAt(forms.StepStory))
	u0.droppedOnWindow(fyne.NewPos(1, 1), []fyne.URI{storage.NewFileURI(writeFile(t, t.TempDir(), "x.txt", "x"))})
	if len(evidenceOf(s0).jobs) != 0 || len(q0.ch) != 0 {
		t.Error("a file dropped on another step was taken")
	}

	q := useUIQueue(t)
	u, s, _ := openTestCase(t, locales.Russian, newCaseAt(forms.StepEvidence))
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "first")
	b := writeFile(t, dir, "b.txt", "second")
	u.droppedOnWindow(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(a), storage.NewFileURI(b)})
	q.until(t, "two dropped files", func() bool { return len(s.c.Evidence) == 2 })
	got := map[string]bool{}
	for _, it := range s.c.Evidence {
		got[it.File.SHA256] = true
	}
	if !got[sha("first")] || !got[sha("second")] {
		t.Errorf("dropped files not fingerprinted: %+v", s.c.Evidence)
	}
}

// Cancelling the hash of a large file leaves the item exactly as it was, and a new
// file being added is not added.
func TestEvidenceCancelLargeHashLeavesItemUnchanged(t *testing.T) {
	q := useUIQueue(t)
	c := newCaseAt(forms.StepEvidence)
	c.Evidence = []forms.EvidenceItem{{Title: "Lease", Language: "sr", Translation: "not-needed", Pages: 3, Notes: "original at home"}}
	u, s, casePath := openTestCase(t, locales.English, c)
	big := filepath.Join(t.TempDir(), "scan.tiff")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil { // 2 GiB, sparse
		t.Fatal(err)
	}
	f.Close()
	before := s.c.Clone()
	ev := evidenceOf(s)

	ev.startHash(big, ev.keys[0]) // "Attach a file…" on the paper item
	ev.startHash(big, -1)         // and the same file as a new item
	if len(ev.jobs) != 2 {
		t.Fatalf("%d hashes running, want 2", len(ev.jobs))
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), u.tr.T("ev.hashing", "Name", "scan.tiff")) {
		t.Error("no progress row for the hash")
	}
	// The Cancel buttons of the progress rows.
	for len(ev.jobs) > 0 {
		n := len(ev.jobs)
		test.Tap(buttonNamed(t, u, u.tr.T("ev.cancel")))
		q.until(t, "the cancelled hash to end", func() bool { return len(ev.jobs) < n })
	}
	if !reflect.DeepEqual(s.c.Evidence, before.Evidence) {
		t.Errorf("evidence changed by a cancelled hash:\n got %+v\nwant %+v", s.c.Evidence, before.Evidence)
	}
	if saved := savedCase(t, s, casePath); !reflect.DeepEqual(saved.Evidence, before.Evidence) {
		t.Errorf("saved evidence changed by a cancelled hash: %+v", saved.Evidence)
	}
}

func paperCase(titles ...string) *forms.Case {
	c := newCaseAt(forms.StepEvidence)
	for _, ti := range titles {
		c.Evidence = append(c.Evidence, forms.EvidenceItem{Title: ti})
	}
	return c
}

func titles(c *forms.Case) string {
	var out []string
	for _, it := range c.Evidence {
		out = append(out, it.Title)
	}
	return strings.Join(out, ",")
}

func TestEvidenceReorderByKeyboardAndMouse(t *testing.T) {
	u, s, casePath := openTestCase(t, locales.SerbianCyrl, paperCase("A", "B", "C"))
	cv := u.Window().Canvas()
	steps := []struct {
		name  string
		do    func()
		order string
	}{
		{"Alt+Up on the third item", func() {
			cv.Focus(focusable(t, s, "evidence[2]#head"))
			shortcut(u, shortcutItemUp)
		}, "A,C,B"},
		{"Alt+Up again keeps moving the same item", func() { shortcut(u, shortcutItemUp) }, "C,A,B"},
		{"Alt+Up on the first item does nothing", func() { shortcut(u, shortcutItemUp) }, "C,A,B"},
		{"Alt+Down from a check of the item", func() {
			cv.Focus(focusable(t, s, "evidence[0]#head"))
			shortcut(u, shortcutItemDown)
		}, "A,C,B"},
		{"the Down button", func() { tapKey(t, s, "evidence[0]#down") }, "C,A,B"},
		{"the Up button", func() { tapKey(t, s, "evidence[2]#up") }, "C,B,A"},
	}
	for _, st := range steps {
		st.do()
		if got := titles(s.c); got != st.order {
			t.Fatalf("%s: order %s, want %s", st.name, got, st.order)
		}
	}
	// The keyboard stays on the moved item.
	cv.Focus(focusable(t, s, "evidence[1]#head"))
	shortcut(u, shortcutItemDown)
	if got := titles(s.c); got != "C,A,B" {
		t.Fatalf("order %s", got)
	}
	if i := evidenceOf(s).focusedItem(); i != 2 {
		t.Errorf("keyboard on item %d after the move, want 2", i)
	}
	if got := titles(savedCase(t, s, casePath)); got != "C,A,B" {
		t.Errorf("saved order %s", got)
	}
}

func TestEvidenceCheckFilesNamesChangedAndMissing(t *testing.T) {
	q := useUIQueue(t)
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepEvidence))
	dir := t.TempDir()
	same := writeFile(t, dir, "same.txt", "unchanged")
	changed := writeFile(t, dir, "changed.txt", "before")
	gone := writeFile(t, dir, "gone.txt", "soon gone")
	for _, p := range []string{same, changed, gone} {
		addByPath(t, q, u, s, p)
	}
	s.c.Evidence = append(s.c.Evidence, forms.EvidenceItem{Title: "Paper only"})
	u.refresh()
	writeFile(t, dir, "changed.txt", "after")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	ev := evidenceOf(s)
	tapKey(t, s, "evidence#check")
	q.until(t, "the check", func() bool { return ev.checking == nil && ev.checked != nil })
	want := map[string]evidence.Status{"same": evidence.StatusOK, "changed": evidence.StatusChanged, "gone": evidence.StatusMissing, "Paper only": evidence.StatusPaper}
	for _, r := range ev.checked {
		if want[r.Title] != r.Status {
			t.Errorf("%s: %s, want %s", r.Title, r.Status, want[r.Title])
		}
	}
	screen := onScreen(u.Window().Canvas().Content())
	for _, line := range []string{
		u.tr.T("ev.check.line", "Status", u.tr.T("evidence.status.changed"), "Title", "changed", "Path", changed),
		u.tr.T("ev.check.line", "Status", u.tr.T("evidence.status.missing"), "Title", "gone", "Path", gone),
		u.tr.N("ev.check.problems", 2),
	} {
		if !strings.Contains(screen, line) {
			t.Errorf("the screen does not say %q:\n%s", line, screen)
		}
	}
	if strings.Contains(screen, "same.txt)") {
		t.Error("an unchanged file is listed as a problem")
	}
}

func TestEvidenceSuggestionsForKeptArguments(t *testing.T) {
	c := newCaseAt(forms.StepEvidence)
	c.Arguments = map[string]bool{forms.ArgFamily: true}
	for id := range map[string]bool{forms.ArgNoReasons: true, forms.ArgNotHeard: true, forms.ArgLengthOfStay: true, forms.ArgSpeech: true,
		forms.ArgRiskOnReturn: true, forms.ArgProportionality: true, forms.ArgInspectFile: true, forms.ArgPostponeExecution: true} {
		c.Arguments[id] = false
	}
	u, s, _ := openTestCase(t, locales.English, c)
	tapKey(t, s, "evidence#suggest")
	screen := onScreen(u.Window().Canvas().Content())
	if !strings.Contains(screen, u.tr.T("evidence.suggest.family")) {
		t.Errorf("the suggestion for the kept family argument (ZoS Art. 65(3), 75; ECHR Art. 8) is missing:\n%s", screen)
	}
	if strings.Contains(screen, u.tr.T("evidence.suggest.speech")) {
		t.Error("a suggestion is shown for an argument the person switched off")
	}
}

// Each file and folder dialog opens with its own labels (a FileDialog resized before
// it is shown crashes the app, as the first end-to-end run found).
func TestFileDialogsOpenWithoutCrashing(t *testing.T) {
	u, s, _ := openTestCase(t, locales.Russian, paperCase("A"))
	tapKey(t, s, "evidence#addfile")
	tapKey(t, s, "evidence[0]#head") // opens the item's editor
	tapKey(t, s, "evidence[0]#attach")
	s.c.Step = forms.StepDocuments
	u.refresh()
	tapKey(t, s, "documents#folder")
	u.openPackage()
	screen := onScreen(u.Window().Canvas().Overlays().Top())
	if !strings.Contains(screen, u.tr.T("pack.open.confirm")) {
		t.Errorf("the package dialog does not carry its own labels:\n%s", screen)
	}
}

// A reopened case shows its items closed; a link to one of their fields (the review's
// "missing" list) opens that item, and a closed item with a problem says so.
func TestEvidenceClosedItemsOpenFromALink(t *testing.T) {
	c := paperCase("A", "")
	c.Step = forms.StepReview
	u, s, _ := openTestCase(t, locales.English, c)
	s.goTo(forms.StepEvidence, "")
	screen := onScreen(u.Window().Canvas().Content())
	if !strings.Contains(screen, u.tr.T("ev.item.issues")) {
		t.Errorf("the closed item without a title (required) does not say it needs attention:\n%s", screen)
	}
	s.goTo(forms.StepEvidence, "evidence[1].title")
	if focused := u.Window().Canvas().Focused(); focused != focusable(t, s, "evidence[1].title") {
		t.Errorf("the keyboard is on %T, not on the second item's title", focused)
	}
}
