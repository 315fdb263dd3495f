package desk

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// knownHooks are the package variables a test still assigns ("dir.name" → why it is
// still one). It is empty, and only shrinks: an entry no test assigns any more fails
// too. The last three (lawyerpack's scrypt work factor and free-space probe, forms'
// file system under Save) became an option and a parameter.
var knownHooks = map[string]string{}

// A test replaces only what it is given: a field of the value under test or a
// parameter, never a package-level variable of production code (a hook a reader
// takes for behaviour, and shared by every test running at once). An assignment in a
// test file to a package-level variable declared outside the tests fails here.
func TestNoTestHooksInProductionGlobals(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	found, err := testHooks(root)
	if err != nil {
		t.Fatal(err)
	}
	for hook, where := range found {
		if knownHooks[hook] == "" {
			t.Errorf("%s: a test assigns the package variable %s: make it a field or a parameter", where, hook)
		}
	}
	for hook := range knownHooks {
		if found[hook] == "" {
			t.Errorf("no test assigns %s any more: remove it from knownHooks", hook)
		}
	}
}

// testHooks finds the package variables of production code under root that a test of
// the same package assigns: "dir.name" → the first such assignment's position.
func testHooks(root string) (map[string]string, error) {
	type pkgFiles struct{ prod, tests []*ast.File }
	dirs := map[string]*pkgFiles{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "tools" || name == "e2e") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") {
			return nil
		}
		// Resolved objects tell a local variable (declared in the file) from a
		// package one (declared in another file: unresolved).
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		p := dirs[rel]
		if p == nil {
			p = &pkgFiles{}
			dirs[rel] = p
		}
		if strings.HasSuffix(name, "_test.go") {
			p.tests = append(p.tests, f)
		} else {
			p.prod = append(p.prod, f)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	found := map[string]string{}
	for dir, p := range dirs {
		globals := map[string]bool{}
		for _, f := range p.prod {
			for _, decl := range f.Decls {
				if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
					for _, spec := range g.Specs {
						for _, n := range spec.(*ast.ValueSpec).Names {
							globals[n.Name] = n.Name != "_"
						}
					}
				}
			}
		}
		var tests []*ast.File
		for _, f := range p.tests {
			if !strings.HasSuffix(f.Name.Name, "_test") { // an external test package sees no unexported variable
				tests = append(tests, f)
			}
		}
		sort.Slice(tests, func(i, j int) bool { return tests[i].Pos() < tests[j].Pos() })
		for _, f := range tests {
			ast.Inspect(f, func(n ast.Node) bool {
				as, ok := n.(*ast.AssignStmt)
				if !ok || as.Tok != token.ASSIGN {
					return true
				}
				for _, lhs := range as.Lhs {
					id := rootIdent(lhs)
					if id == nil || id.Obj != nil || !globals[id.Name] {
						continue
					}
					hook := dir + "." + id.Name
					if found[hook] == "" {
						pos := fset.Position(as.Pos())
						rel, _ := filepath.Rel(root, pos.Filename)
						found[hook] = filepath.ToSlash(rel) + ":" + strconv.Itoa(pos.Line)
					}
				}
				return true
			})
		}
	}
	return found, nil
}

// rootIdent is the variable an assignment's left side changes: v in v, v.f, v[i], *v.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil
		}
	}
}
