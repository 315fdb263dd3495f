package app

import (
	"math/rand"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/locales"
)

// storyTexts are what people write in a long answer, in the four interface languages:
// sentences, paragraphs, a space before a line break, two spaces, a space at the end.
var storyTexts = map[string]string{
	"en": "The officer at the border crossing handed me the decision and said that I must leave Serbia within thirty days. " +
		"Nobody explained why, and I was not heard before the decision was made.\nMy wife and our two children live with me in Novi Sad. ",
	"ru": "Причин не назвали. Сотрудник полиции вручил мне решение на границе и сказал, что я должен покинуть Сербию в течение тридцати дней. \n" +
		"Меня  не выслушали до принятия решения, а мой адвокат узнал о нём только через неделю.",
	"sr": "Службеник граничне полиције уручио ми је решење и рекао да морам да напустим Србију у року од тридесет дана. " +
		"Разлози нису наведени, а нисам саслушан пре доношења решења.\n\nРадим као програмер у Новом Саду од 2022. године. ",
	"sr-Latn": "Službenik granične policije uručio mi je rešenje i rekao da moram da napustim Srbiju u roku od trideset dana. " +
		"Razlozi nisu navedeni, a nisam saslušan pre donošenja rešenja. Živim u Čačku sa suprugom i decom; đak je u školi.",
}

// longAnswer is a long-answer field of the interview, alone in a window of width w.
func longAnswer(t *testing.T, w float32) (*keyEntry, fyne.Window) {
	t.Helper()
	e := (&session{}).newEntry(true)
	win := test.NewTempWindow(t, e)
	win.Resize(fyne.NewSize(w, 400))
	win.Canvas().Focus(e)
	return e, win
}

// typeLikeAPerson sends one key per character to the field that has the keyboard:
// runes as typed runes, a line break as Enter. (test.Type would also tell the field
// it got the keyboard before every letter.)
//
// Like the desktop driver, every letter comes as a key event first and then as the
// typed rune (the real window lost the space at a wrap when only runes were tested).
func typeLikeAPerson(e *keyEntry, text string) {
	for _, r := range text {
		if r == '\n' {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			continue
		}
		e.TypedKey(&fyne.KeyEvent{Name: keyNameOf(r)})
		e.TypedRune(r)
	}
}

// keyNameOf is the key the desktop driver names for a typed rune ("" for a letter
// outside the US layout, as GLFW reports it).
func keyNameOf(r rune) fyne.KeyName {
	switch {
	case r == ' ':
		return fyne.KeySpace
	case r >= 'a' && r <= 'z':
		return fyne.KeyName(string(r - 'a' + 'A'))
	case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return fyne.KeyName(string(r))
	case r == '.':
		return fyne.KeyPeriod
	case r == ',':
		return fyne.KeyComma
	}
	return fyne.KeyUnknown
}

func widthsToTry() []float32 {
	var ws []float32
	for w := float32(140); w <= 560; w += 12 {
		ws = append(ws, w)
	}
	return ws
}

// Fyne v2.8.1 moved the space typed at a word wrap to the end of the text
// ("handed me" became "handedme … "). Every text is typed one key at a time at many
// widths; what is stored must be what was typed, after every key.
func TestLongAnswerKeepsEveryTypedCharacter(t *testing.T) {
	test.NewTempApp(t)
	for lang, text := range storyTexts {
		for _, w := range widthsToTry() {
			e, _ := longAnswer(t, w)
			var stored string
			e.OnChanged = func(v string) { stored = v }
			typed := []rune{}
			for _, r := range text {
				typeLikeAPerson(e, string(r))
				typed = append(typed, r)
				if stored != string(typed) || e.Text != string(typed) {
					t.Fatalf("%s at width %v: after typing %q the field holds\n%q, want\n%q", lang, w, string(typed), e.Text, string(typed))
				}
			}
			// Backspace it all away again, across every wrap.
			for len(typed) > 0 {
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
				typed = typed[:len(typed)-1]
				if stored != string(typed) {
					t.Fatalf("%s at width %v: Backspace left %q, want %q", lang, w, stored, string(typed))
				}
			}
		}
	}
}

// clickAt puts Fyne's cursor on offset as a mouse click on that character would.
func clickAt(e *keyEntry, offset int) {
	row, col := e.rowColOf(offset)
	e.CursorRow, e.CursorColumn = row, col
	e.Refresh()
	e.forgetCaret()
}

// wrapPoints are the offsets where a visual row begins, at the field's width.
func wrapPoints(e *keyEntry) []int {
	var out []int
	n := e.rowCount()
	save := e.CursorRow
	for r := 1; r < n; r++ {
		e.CursorRow = r
		col := e.CursorColumn
		e.CursorColumn = 0
		out = append(out, e.CursorTextOffset())
		e.CursorColumn = col
	}
	e.CursorRow = save
	return out
}

// Backspace, Delete and typing at and around every wrap (and at every character of a
// short text) change exactly the character at the caret, also when the words re-wrap.
func TestLongAnswerDeletesAndTypesAtTheWrap(t *testing.T) {
	test.NewTempApp(t)
	for lang, text := range storyTexts {
		for _, w := range []float32{150, 203, 260, 318, 377, 431, 500} {
			e, _ := longAnswer(t, w)
			e.SetText(text)
			positions := map[int]bool{}
			for _, p := range wrapPoints(e) {
				for d := -2; d <= 2; d++ {
					if p+d >= 1 && p+d <= len([]rune(text)) {
						positions[p+d] = true
					}
				}
			}
			if len(positions) == 0 {
				t.Fatalf("%s at width %v: the text did not wrap", lang, w)
			}
			for c := range positions {
				e.SetText(text)
				clickAt(e, c)
				c = e.caretOffset() // where the click landed (a gap shows at the row's end)
				if c == 0 {
					continue
				}
				r := []rune(text)
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
				want := string(r[:c-1]) + string(r[c:])
				if e.Text != want {
					t.Fatalf("%s width %v: Backspace at %d gave\n%q, want\n%q", lang, w, c, e.Text, want)
				}
				typeLikeAPerson(e, "x")
				want = string(r[:c-1]) + "x" + string(r[c:])
				if e.Text != want {
					t.Fatalf("%s width %v: typing after Backspace at %d gave\n%q, want\n%q", lang, w, c, e.Text, want)
				}
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
				want = string(r[:c-1]) + "x" + string(r[min(c+1, len(r)):])
				if c == len(r) {
					want = string(r[:c-1]) + "x"
				}
				if e.Text != want {
					t.Fatalf("%s width %v: Delete after %d gave\n%q, want\n%q", lang, w, c, e.Text, want)
				}
				// A space and a word typed there (the space may now be the wrap).
				typeLikeAPerson(e, " y")
				w2 := []rune(want)
				want = string(w2[:c]) + " y" + string(w2[c:])
				if e.Text != want {
					t.Fatalf("%s width %v: typing \" y\" at %d gave\n%q, want\n%q", lang, w, c, e.Text, want)
				}
			}
		}
	}
}

// Pasting pieces of every size (cut at spaces too, the way people copy from a
// message) keeps the text, at the end and in the middle.
func TestLongAnswerKeepsPastedText(t *testing.T) {
	test.NewTempApp(t)
	rnd := rand.New(rand.NewSource(12))
	for lang, text := range storyTexts {
		for _, w := range widthsToTry() {
			e, _ := longAnswer(t, w)
			r := []rune(text)
			at := 0
			for at < len(r) {
				n := 1 + rnd.Intn(25)
				if at+n > len(r) {
					n = len(r) - at
				}
				e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: staticClipboard(string(r[at : at+n]))})
				at += n
				if e.Text != string(r[:at]) {
					t.Fatalf("%s at width %v: after pasting up to %d the field holds\n%q, want\n%q", lang, w, at, e.Text, string(r[:at]))
				}
				if rnd.Intn(3) == 0 && at < len(r) { // and type a little in between
					typeLikeAPerson(e, string(r[at]))
					at++
				}
			}
			// A sentence pasted into the middle, right after a space at a wrap.
			points := wrapPoints(e)
			if len(points) == 0 {
				continue
			}
			p := points[len(points)/2]
			clickAt(e, p)
			c := e.caretOffset()
			insert := "(и это важно) "
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: staticClipboard(insert)})
			want := string(r[:c]) + insert + string(r[c:])
			if e.Text != want {
				t.Fatalf("%s at width %v: paste at %d gave\n%q, want\n%q", lang, w, c, e.Text, want)
			}
		}
	}
}

// After a space typed where the line wraps, Left and Right step one character from
// where the caret is, not from where Fyne can draw it.
func TestLongAnswerArrowsFromTheWrap(t *testing.T) {
	test.NewTempApp(t)
	for _, w := range widthsToTry() {
		e, _ := longAnswer(t, w)
		text := storyTexts["en"]
		typeLikeAPerson(e, text)
		for i := 0; i < 3; i++ {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
		}
		typeLikeAPerson(e, "|")
		r := []rune(text)
		want := string(r[:len(r)-3]) + "|" + string(r[len(r)-3:])
		if e.Text != want {
			t.Fatalf("width %v: three Left then typing gave\n%q, want\n%q", w, e.Text, want)
		}
	}
}

// Ctrl+Z takes the last word back and Ctrl+Y brings it again; nothing else changes.
func TestLongAnswerUndoRedo(t *testing.T) {
	test.NewTempApp(t)
	e, _ := longAnswer(t, 200)
	typeLikeAPerson(e, "Причин не назвали")
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "Причин не " {
		t.Fatalf("undo left %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutRedo{})
	if e.Text != "Причин не назвали" {
		t.Fatalf("redo left %q", e.Text)
	}
	typeLikeAPerson(e, ".")
	for i := 0; i < 10; i++ {
		e.TypedShortcut(&fyne.ShortcutUndo{})
	}
	if e.Text != "" {
		t.Fatalf("undoing everything left %q", e.Text)
	}
}

// Tab and Shift+Tab leave a long answer; no tab character is typed.
func TestTabLeavesALongAnswer(t *testing.T) {
	test.NewTempApp(t)
	first := (&session{}).newEntry(true)
	second := (&session{}).newEntry(false)
	win := test.NewTempWindow(t, widget.NewForm(widget.NewFormItem("a", first), widget.NewFormItem("b", second)))
	win.Resize(fyne.NewSize(500, 400))
	if first.AcceptsTab() {
		t.Fatal("a long answer takes Tab: the window cannot move focus on")
	}
	win.Canvas().Focus(first)
	typeLikeAPerson(first, "Программист")
	first.TypedRune('\t')
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if first.Text != "Программист" {
		t.Errorf("a tab was typed: %q", first.Text)
	}
	if win.Canvas().Focused() != second {
		t.Errorf("Tab did not move to the next field (focused %T)", win.Canvas().Focused())
	}
}

// The long answers of the interview store exactly what was typed, in the case and in
// the saved file, in every interface language.
func TestStoryTypedIntoTheInterviewIsSavedExactly(t *testing.T) {
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			_, s, path := openTestCase(t, l, newCaseAt(forms.StepStory))
			e := entryAt(t, s, "story.what_happened")
			s.u.win.Canvas().Focus(e)
			text := storyTexts[string(l)]
			if text == "" {
				text = storyTexts["sr"]
			}
			typeLikeAPerson(e, text)
			if got := s.get("story.what_happened"); got != text {
				t.Fatalf("stored %q\nwant %q", got, text)
			}
			if err := s.save.Flush(); err != nil {
				t.Fatal(err)
			}
			c, err := forms.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if c.Story.WhatHappened != text {
				t.Fatalf("saved %q\nwant %q", c.Story.WhatHappened, text)
			}
		})
	}
}

// TestFyneEntryStillLosesTheSpaceAtAWrap watches the upstream defect keyEntry works
// around. When a Fyne upgrade makes it pass, the workaround in interview_entry.go
// (the caret kept as an offset) can be simplified away.
func TestFyneEntryStillLosesTheSpaceAtAWrap(t *testing.T) {
	test.NewTempApp(t)
	text := "The officer handed me the decision at the border and said that I must leave within thirty days."
	broken := 0
	for w := float32(150); w < 420; w += 7 {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		win := test.NewTempWindow(t, e)
		win.Resize(fyne.NewSize(w, 300))
		for _, r := range text {
			test.Type(e, string(r))
		}
		if e.Text != text {
			broken++
		}
	}
	if broken == 0 {
		t.Fatal("Fyne's Entry now keeps the space at a word wrap: review the workaround in keyEntry")
	}
	t.Logf("plain widget.Entry changed the text at %d widths", broken)
}
