// Command edition is the build-time helper of packaging.mk (issue 7). It is run
// inside the temporary copy of the source tree that a package is built from:
//
//	go run ./packaging/edition check ORGFILE        validate an organisation file
//	go run ./packaging/edition stage ORGFILE DIR    validate it, then copy it and its
//	                                                templates folder into DIR
//	                                                (assets/edition, embedded at build)
//	go run ./packaging/edition show                 what assets.LoadOrganisation finds in
//	                                                this build (proves the bundling worked)
//	go run ./packaging/edition nsis OUT.nsh [DIR]   the Windows installer's own words,
//	                                                from the catalogues, as NSIS LangStrings,
//	                                                and the macro EDITION_UNINSTALL that
//	                                                removes what DIR (assets/edition) installs
//
// A build is where an organisation can still fix its file, so any problem, even
// one the program would only warn about, fails check and stage (exit 1).
package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"appealdesk/assets"
	"appealdesk/locales"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	usage := func() int {
		fmt.Fprintln(stderr, "usage: edition check ORGFILE | stage ORGFILE DIR | show | nsis OUT.nsh [DIR]")
		return 2
	}
	if len(args) == 0 {
		return usage()
	}
	switch {
	case args[0] == "check" && len(args) == 2:
		org, err := check(args[1], stderr)
		if err != nil {
			return 1
		}
		fmt.Fprintf(stdout, "%s: %q, contact %q, website %q, contact in footer: %v, templates: %q\n",
			args[1], org.Name, org.Contact, org.Website, org.ContactInFooter, org.TemplatesDir)
		return 0
	case args[0] == "stage" && len(args) == 3:
		if err := stage(args[1], args[2], stderr); err != nil {
			fmt.Fprintln(stderr, "edition:", err)
			return 1
		}
		fmt.Fprintf(stdout, "bundled %s into %s\n", args[1], args[2])
		return 0
	case args[0] == "show" && len(args) == 1:
		org, err := assets.LoadOrganisation()
		if err != nil {
			fmt.Fprintln(stderr, "edition:", err)
		}
		if org == nil {
			fmt.Fprintln(stdout, "no organisation: the plain edition")
		} else {
			fmt.Fprintf(stdout, "organisation %q from %s\n", org.Name, org.Source)
		}
		if err != nil {
			return 1
		}
		return 0
	case args[0] == "nsis" && (len(args) == 2 || len(args) == 3):
		out := nsisStrings()
		edition := ""
		if len(args) == 3 {
			edition = args[2]
		}
		un, err := nsisUninstall(edition)
		if err == nil {
			err = os.WriteFile(args[1], append(out, un...), 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "edition:", err)
			return 1
		}
		return 0
	}
	return usage()
}

// nsisUninstall writes the macro EDITION_UNINSTALL: Delete for every file the
// installer copies from the edition folder (all but README.md) and RMDir for its
// folders, deepest first, so the uninstaller removes exactly those and no more.
func nsisUninstall(dir string) ([]byte, error) {
	var files, dirs []string
	if dir != "" {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, err := filepath.Rel(dir, p)
			if err != nil || rel == "." {
				return err
			}
			win := strings.ReplaceAll(filepath.ToSlash(rel), "/", `\`)
			switch {
			case d.IsDir():
				dirs = append(dirs, win)
			case rel != "README.md":
				files = append(files, win)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	b.WriteString("!macro EDITION_UNINSTALL\n")
	for _, f := range files {
		fmt.Fprintf(&b, "  Delete \"$INSTDIR\\%s\"\n", nsisEscape(f))
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "  RMDir \"$INSTDIR\\%s\"\n", nsisEscape(dirs[i]))
	}
	b.WriteString("!macroend\n")
	return []byte(b.String()), nil
}

// check parses the file as the program will, printing every problem.
func check(orgFile string, stderr io.Writer) (*assets.Organisation, error) {
	data, err := os.ReadFile(orgFile)
	if err != nil {
		fmt.Fprintln(stderr, "edition:", err)
		return nil, err
	}
	org, problems := assets.ParseOrganisation(data, orgFile, os.DirFS(filepath.Dir(orgFile)))
	for _, p := range problems {
		fmt.Fprintln(stderr, "edition:", p.Error())
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return org, nil
}

// stage copies a valid organisation file, and the templates folder it names, into
// dir (the copy's assets/edition), where go:embed picks them up.
func stage(orgFile, dir string, stderr io.Writer) error {
	org, err := check(orgFile, stderr)
	if err != nil {
		return fmt.Errorf("%s is not used: fix the problems above", orgFile)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := copyFile(orgFile, filepath.Join(dir, assets.OrganisationFile)); err != nil {
		return err
	}
	if org.Templates == nil {
		return nil
	}
	rel, err := filepath.Rel(filepath.Dir(orgFile), org.TemplatesDir)
	if err != nil {
		return err
	}
	return fs.WalkDir(org.Templates, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil // links and devices are not bundled
		}
		return copyFile(filepath.Join(org.TemplatesDir, filepath.FromSlash(p)), dst)
	})
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// nsisLanguages are the installer's languages: NSIS language name → ours.
var nsisLanguages = []struct {
	nsis string
	lang locales.Lang
}{
	{"ENGLISH", locales.English},
	{"RUSSIAN", locales.Russian},
	{"SERBIAN", locales.SerbianCyrl},
	{"SERBIANLATIN", locales.SerbianLatin},
}

// nsisMessages are the installer's own words (NSIS translates its standard pages).
var nsisMessages = []struct{ name, id string }{
	{"S_SECTION_APP", "edition.installer.section_app"},
	{"S_SECTION_STARTMENU", "edition.installer.section_startmenu"},
	{"S_SECTION_DESKTOP", "edition.installer.section_desktop"},
	{"S_DESC_APP", "edition.installer.desc_app"},
	{"S_DESC_STARTMENU", "edition.installer.desc_startmenu"},
	{"S_DESC_DESKTOP", "edition.installer.desc_desktop"},
}

// nsisStrings renders the LangString lines, UTF-8 with a byte order mark (which is
// how makensis recognises UTF-8 source).
func nsisStrings() []byte {
	var b strings.Builder
	b.WriteString("\ufeff; Generated by packaging/edition from locales/edition.*.toml. Do not edit.\n")
	for _, l := range nsisLanguages {
		tr := locales.New(l.lang)
		texts := map[string]string{
			"edition.installer.section_app":       tr.T("edition.installer.section_app"),
			"edition.installer.section_startmenu": tr.T("edition.installer.section_startmenu"),
			"edition.installer.section_desktop":   tr.T("edition.installer.section_desktop"),
			"edition.installer.desc_app":          tr.T("edition.installer.desc_app"),
			"edition.installer.desc_startmenu":    tr.T("edition.installer.desc_startmenu"),
			"edition.installer.desc_desktop":      tr.T("edition.installer.desc_desktop"),
		}
		for _, m := range nsisMessages {
			fmt.Fprintf(&b, "LangString %s ${LANG_%s} \"%s\"\n", m.name, l.nsis, nsisEscape(texts[m.id]))
		}
	}
	return []byte(b.String())
}

// nsisEscape quotes s for a double-quoted NSIS string.
func nsisEscape(s string) string {
	r := strings.NewReplacer("$", "$$", `"`, `$\"`, "\n", `$\n`, "\r", "", "\t", `$\t`)
	return r.Replace(s)
}
