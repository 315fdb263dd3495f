package evidence

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

func TestEveryIDHasAMessage(t *testing.T) {
	known := map[string]bool{}
	for _, id := range locales.MessageIDs() {
		known[id] = true
	}
	var ids []string
	for _, c := range Categories {
		ids = append(ids, CategoryMessageID(c))
	}
	for _, s := range []Status{StatusOK, StatusChanged, StatusMissing, StatusUnreadable, StatusPaper} {
		ids = append(ids, s.MessageID())
	}
	for _, a := range forms.AllArguments {
		s, ok := SuggestionFor(a)
		if !ok {
			t.Errorf("argument %s has no evidence suggestion", a)
			continue
		}
		if len(s.Categories) == 0 {
			t.Errorf("argument %s suggests no category", a)
		}
		for _, c := range s.Categories {
			if CategoryMessageID(c) == "" {
				t.Errorf("argument %s suggests unknown category %q", a, c)
			}
		}
		ids = append(ids, s.MessageID)
	}
	ids = append(ids, TranslationBasisID)
	for _, v := range []string{TranslationAttached, TranslationNeeded, TranslationNotNeeded} {
		ids = append(ids, "evidence.translation."+v)
	}
	for _, id := range ids {
		if !known[id] {
			t.Errorf("message %q is in no catalogue", id)
		}
	}
	if _, ok := SuggestionFor("no-such-argument"); ok {
		t.Error("unknown argument has a suggestion")
	}
	if CategoryMessageID("no-such-category") != "" {
		t.Error("unknown category has a message")
	}
}

func TestProposeTranslation(t *testing.T) {
	cases := []struct {
		name, lang, current, want string
	}{
		{"ZUP Art. 123(2): Serbian needs none", "sr", "", TranslationNotNeeded},
		{"ZUP Art. 123(2): Serbian Latin needs none", "sr-Latn", "", TranslationNotNeeded},
		{"ZUP Art. 123(2): Serbian even if marked needed", "SR", TranslationNeeded, TranslationNotNeeded},
		{"ZUP Art. 123(2): Russian needs a certified translation", "ru", "", TranslationNeeded},
		{"ZUP Art. 123(2): English needs a certified translation", "en", TranslationNotNeeded, TranslationNeeded},
		{"ZUP Art. 123(2): an attached translation stays attached", "ru", TranslationAttached, TranslationAttached},
		{"unknown language keeps the person's answer", "", TranslationAttached, TranslationAttached},
		{"unknown language proposes nothing", " ", "", ""},
	}
	for _, tc := range cases {
		if got := ProposeTranslation(tc.lang, tc.current); got != tc.want {
			t.Errorf("%s: ProposeTranslation(%q, %q) = %q, want %q", tc.name, tc.lang, tc.current, got, tc.want)
		}
	}
}

// TestFingerprintErrorsSayWhy: each way a file cannot be fingerprinted has its own
// message, in the catalogue (before, the window said "could not be read to the end"
// for a moved file and for a folder alike).
func TestFingerprintErrorsSayWhy(t *testing.T) {
	known := map[string]bool{}
	for _, id := range locales.MessageIDs() {
		known[id] = true
	}
	dir := t.TempDir()
	_, errMissing := Fingerprint(context.Background(), filepath.Join(dir, "absent.pdf"), nil)
	_, errDir := Fingerprint(context.Background(), dir, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := filepath.Join(dir, "f")
	os.WriteFile(p, []byte("x"), 0o600)
	_, errCancel := Fingerprint(ctx, p, nil)
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"missing", errMissing, "evidence.hash.missing"},
		{"directory", errDir, "evidence.hash.not_regular"},
		{"cancelled", errCancel, "evidence.hash.cancelled"},
		{"other", &FileError{Name: "f", Err: errors.New("i/o error")}, "evidence.hash.unreadable"},
	}
	for _, tc := range cases {
		m, ok := locales.MessageOf(tc.err)
		if !ok || m.ID != tc.want || !known[m.ID] {
			t.Errorf("%s: the message of %v is %q (%v), want %q (in catalogue: %v)", tc.name, tc.err, m.ID, ok, tc.want, known[m.ID])
		}
	}
	if !errors.Is(errCancel, ErrCancelled) || !errors.Is(errDir, ErrNotRegular) {
		t.Errorf("the causes are lost: %v, %v", errCancel, errDir)
	}
}
