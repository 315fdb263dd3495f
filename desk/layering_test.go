package desk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sourceFiles parses the non-test Go files of the repository, keyed by their path
// relative to its root (desk's parent).
func sourceFiles(t *testing.T) map[string]*ast.File {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*ast.File{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "tools" || name == "e2e") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files[filepath.ToSlash(rel)] = f
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// importName is the name f uses for the package imported as path ("" if not imported).
func importName(f *ast.File, path string) string {
	for _, im := range f.Imports {
		if p, _ := strconv.Unquote(im.Path.Value); p == path {
			if im.Name != nil {
				return im.Name.Name
			}
			return path[strings.LastIndex(path, "/")+1:]
		}
	}
	return ""
}

// The window and the command line open a case, make documents, write them, export
// and import packages and check evidence only through desk: each of these exists once. A call
// to one of the functions below from app/ or the root package fails this test.
func TestWindowAndCommandLineUseTheCore(t *testing.T) {
	owned := map[string][]string{ // package path → functions only desk calls
		"appealdesk/forms":            {"Load"},
		"appealdesk/templates":        {"Render", "WriteDocuments", "WriteFiles", "WriteBundle"},
		"appealdesk/forms/lawyerpack": {"Export", "Import"},
		"appealdesk/forms/evidence":   {"Verify"},
	}
	for rel, f := range sourceFiles(t) {
		if strings.Contains(rel, "/") && !strings.HasPrefix(rel, "app/") {
			continue // only the window (app/) and the command line (the root) are checked
		}
		for pkg, funcs := range owned {
			name := importName(f, pkg)
			if name == "" {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == name {
					for _, fn := range funcs {
						if sel.Sel.Name == fn {
							t.Errorf("%s calls %s.%s: call desk instead", rel, pkg, fn)
						}
					}
				}
				return true
			})
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "WithOrganisation" {
				t.Errorf("%s adds the organisation's edition itself: desk does", rel)
			}
			return true
		})
	}
}

// Below the window nothing imports Fyne: the command line builds without it
// (-tags nowindow) and the rules and documents can be tested without a display.
func TestNoFyneBelowTheWindow(t *testing.T) {
	for rel, f := range sourceFiles(t) {
		if strings.HasPrefix(rel, "app/") || !strings.Contains(rel, "/") {
			continue
		}
		for _, im := range f.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); strings.HasPrefix(p, "fyne.io/") {
				t.Errorf("%s imports %s", rel, p)
			}
		}
	}
}
