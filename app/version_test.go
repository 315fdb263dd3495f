package app

import (
	"runtime"
	"strings"
	"testing"

	"appealdesk/assets"
	"appealdesk/locales"
)

// About names the version and the commit the binary was built from ("unknown" in a
// test binary; `make build` stamps it, which make version-check checks).
func TestAboutNamesTheCommit(t *testing.T) {
	u, _ := newTestUI(t, "")
	u.SetLang(locales.English)
	u.showAbout()
	want := u.tr.T("about.version", "Version", assets.Version, "Commit", assets.CommitID(), "Go", runtime.Version())
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(onScreen(top), want) {
		t.Errorf("About does not say %q", want)
	}
}
