package locales

import (
	"os"
	"os/exec"
	"testing"
)

// Importing locales changes nothing in the process's environment: a Serbian Latin
// locale keeps its "@latin" for every other package and for the programs the app
// starts (the test runs itself again with such a locale and looks from inside).
func TestImportLeavesTheEnvironmentAlone(t *testing.T) {
	if os.Getenv("APPEALDESK_ENV_PROBE") == "1" {
		if got := os.Getenv("LANG"); got != "sr_RS@latin" {
			t.Fatalf("LANG = %q inside the process, want sr_RS@latin", got)
		}
		if got := os.Getenv("LANGUAGE"); got != "sr@latin:sr" {
			t.Fatalf("LANGUAGE = %q inside the process, want sr@latin:sr", got)
		}
		if SystemLang("") != SerbianLatin {
			t.Fatalf("SystemLang = %s", SystemLang(""))
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportLeavesTheEnvironmentAlone$")
	cmd.Env = append(os.Environ(), "APPEALDESK_ENV_PROBE=1", "LANG=sr_RS@latin", "LANGUAGE=sr@latin:sr", "LC_ALL=", "LC_MESSAGES=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}
