package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestStageAndCheck(t *testing.T) {
	tests := []struct {
		name     string
		org      string
		files    map[string]string // beside the organisation file
		wantCode int
		want     []string // files that must exist in the stage afterwards
		wantErr  string   // in stderr
	}{
		{name: "valid file with a templates folder", org: "name = \"NGO\"\ntemplates = \"tpl\"\n",
			files: map[string]string{"tpl/appeal.sr.tmpl": "x", "tpl/sub/_part.tmpl": "y"},
			want:  []string{"organisation.toml", "tpl/appeal.sr.tmpl", "tpl/sub/_part.tmpl"}},
		{name: "valid file without templates", org: "name = \"NGO\"\n", want: []string{"organisation.toml"}},
		{name: "an unknown key fails the build", org: "name = \"NGO\"\nlogo = \"x\"\n", wantCode: 1, wantErr: "\"logo\" (line 2)"},
		{name: "a malformed file fails the build", org: "name = NGO\n", wantCode: 1, wantErr: "line 1"},
		{name: "a missing templates folder fails the build", org: "name = \"NGO\"\ntemplates = \"nope\"\n", wantCode: 1, wantErr: "nope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := t.TempDir()
			orgFile := filepath.Join(src, "my-org.toml")
			write(t, orgFile, tc.org)
			for name, content := range tc.files {
				write(t, filepath.Join(src, name), content)
			}
			stageDir := filepath.Join(t.TempDir(), "assets", "edition")
			var out, errOut bytes.Buffer
			if code := run([]string{"stage", orgFile, stageDir}, &out, &errOut); code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.wantCode, errOut.String())
			}
			if !strings.Contains(errOut.String(), tc.wantErr) {
				t.Errorf("stderr %q does not contain %q", errOut.String(), tc.wantErr)
			}
			for _, f := range tc.want {
				if _, err := os.Stat(filepath.Join(stageDir, f)); err != nil {
					t.Errorf("not staged: %v", err)
				}
			}
			if tc.wantCode != 0 {
				if _, err := os.Stat(filepath.Join(stageDir, "organisation.toml")); err == nil {
					t.Error("a rejected file was staged")
				}
			}
		})
	}
}

func TestNSISStrings(t *testing.T) {
	out := string(nsisStrings())
	if !strings.HasPrefix(out, "\ufeff") {
		t.Error("no UTF-8 byte order mark: makensis would read the file as ANSI")
	}
	for _, want := range []string{
		`LangString S_SECTION_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"`,
		`LangString S_SECTION_DESKTOP ${LANG_RUSSIAN} "Ярлык на рабочем столе"`,
		`LangString S_SECTION_DESKTOP ${LANG_SERBIAN} "Пречица на радној површини"`,
		`LangString S_SECTION_DESKTOP ${LANG_SERBIANLATIN} "Prečica na radnoj površini"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s", want)
		}
	}
	if got := strings.Count(out, "LangString "); got != len(nsisLanguages)*len(nsisMessages) {
		t.Errorf("%d LangStrings, want %d", got, len(nsisLanguages)*len(nsisMessages))
	}
	for _, tc := range []struct{ in, want string }{
		{`say "hi"`, `say $\"hi$\"`},
		{"$INSTDIR", "$$INSTDIR"},
		{"a\nb", `a$\nb`},
	} {
		if got := nsisEscape(tc.in); got != tc.want {
			t.Errorf("nsisEscape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNSISUninstallListsExactlyTheEdition(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "README.md"), "not installed")
	write(t, filepath.Join(dir, "organisation.toml"), "name = \"N\"")
	write(t, filepath.Join(dir, "tpl", "sub", "a.tmpl"), "x")
	write(t, filepath.Join(dir, "tpl", "b$.tmpl"), "x")
	got, err := nsisUninstall(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := "!macro EDITION_UNINSTALL\n" +
		"  Delete \"$INSTDIR\\organisation.toml\"\n" +
		"  Delete \"$INSTDIR\\tpl\\b$$.tmpl\"\n" +
		"  Delete \"$INSTDIR\\tpl\\sub\\a.tmpl\"\n" +
		"  RMDir \"$INSTDIR\\tpl\\sub\"\n" +
		"  RMDir \"$INSTDIR\\tpl\"\n" +
		"!macroend\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if empty, _ := nsisUninstall(""); string(empty) != "!macro EDITION_UNINSTALL\n!macroend\n" {
		t.Errorf("without an edition: %q", empty)
	}
}
