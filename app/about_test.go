package app

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/assets"
	"appealdesk/forms"
	"appealdesk/locales"
	"appealdesk/templates"
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

// TestOverridesAreShown: an edition that replaces a document's template says so, with
// the file and its SHA-256, in About and on the documents step.
func TestOverridesAreShown(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	org := &assets.Organisation{Name: "Most", Templates: fstest.MapFS{"sr/zalba.tmpl": {Data: []byte("# ЖАЛБА\n")}}}
	sum := templates.Overrides(org.Templates)[0].SHA256
	fa := test.NewTempApp(t)
	u := New(fa, Options{PlatformLocale: "en", CasesDir: t.TempDir(), Organisation: org})
	want := u.tr.T("about.overrides", "Edition", "Most", "List", "sr/zalba.tmpl (SHA-256 "+sum+")")
	u.showAbout()
	var labels []string
	walkAll(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	})
	if got := strings.Join(labels, "|"); !strings.Contains(got, want) {
		t.Errorf("About lacks %q:\n%s", want, got)
	}
	path := filepath.Join(t.TempDir(), "c.appeal")
	c := forms.Example()
	c.Step = forms.StepDocuments
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(path); err != nil {
		t.Fatal(err)
	}
	defer sessionOf(u).stop()
	if got := strings.Join(texts(u.Window().Content()), "|"); !strings.Contains(got, want) {
		t.Errorf("the documents step lacks %q", want)
	}
	// Without replaced templates, nothing is said.
	u2 := New(test.NewTempApp(t), Options{CasesDir: t.TempDir(), Organisation: &assets.Organisation{Name: "Most"}})
	if u2.overridesNotice() != nil {
		t.Error("a notice without overrides")
	}
}
