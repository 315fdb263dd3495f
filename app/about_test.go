package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"appealdesk/assets"
	"appealdesk/forms"
	"appealdesk/locales"
)

func TestHomeShowsOrganisationAndItsProblems(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	org := &assets.Organisation{Name: "Most — pravna pomoć", Contact: "+381 11 000 0000", Website: "https://most.example.org"}
	problem := assets.Problems{{ID: assets.MsgUnknownKey, Source: "/opt/appealdesk/organisation.toml", Line: 7, Key: "colour"}}
	fa := test.NewTempApp(t)
	u := New(fa, Options{PlatformLocale: "ru", CasesDir: t.TempDir(), Organisation: org, OrganisationProblem: problem})
	got := strings.Join(texts(u.Window().Content()), "|")
	tr := locales.New(locales.Russian)
	for _, want := range []string{
		tr.T("edition.provided_by", "Name", org.Name),
		tr.T("edition.contact", "Contact", org.Contact),
		tr.T("edition.website", "Website", org.Website),
		tr.Msg(problem[0].Message()),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("home screen lacks %q; has %s", want, got)
		}
	}
	u.showAbout() // must not panic; the dialog is drawn over the window
}

func TestOpenFileAtStart(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	path := filepath.Join(t.TempDir(), "sent.appeal")
	ex := forms.Example()
	if err := forms.Save(path, ex); err != nil {
		t.Fatal(err)
	}
	fa := test.NewTempApp(t)
	u := New(fa, Options{PlatformLocale: "en", CasesDir: t.TempDir(), OpenFile: path})
	if s := sessionOf(u); s == nil || s.path != path {
		t.Fatalf("appealdesk open did not open %s", path)
	}
}
