//go:build nowindow

package main

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

// The command-line-only build says it has no window, in the person's language, and
// exits with the usage code; every verb still works (the other tests of this package).
func TestNoWindowBuildSaysSo(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "ru_RU.UTF-8")
	code, stdout, stderr := runCLI(t)
	if want := locales.New(locales.Russian).T("cli.no_window"); code != 2 || stdout != "" || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, want)
	}
}
