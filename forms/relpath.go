package forms

import (
	"path/filepath"
)

// Evidence paths in a saved case are relative to the case's folder wherever they can
// be: an absolute path names the person's user account and folders
// ("/home/ivan.petrov/Documents/…") in every copy of the file, and a relative one
// still finds the files when the folders move together. Files on another drive
// (Windows) keep their absolute path. Old files with absolute paths load as before.

// relativeTo returns c with each absolute evidence path made relative to dir (c
// itself when none changes). dir is made absolute first.
func relativeTo(c *Case, dir string) *Case {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return c
	}
	var out *Case
	for i := range c.Evidence {
		f := c.Evidence[i].File
		if f == nil {
			continue
		}
		p := f.Path
		if len(f.PathRaw) > 0 {
			p = string(f.PathRaw)
		}
		if p == "" || !filepath.IsAbs(p) {
			continue
		}
		rel, err := filepath.Rel(abs, p)
		if err != nil || filepath.IsAbs(rel) || len(rel) > MaxPathLen || filepath.Join(abs, rel) != filepath.Clean(p) {
			continue
		}
		if out == nil {
			out = c.Clone()
		}
		g := out.Evidence[i].File
		g.Path = filepath.ToSlash(rel)
		if len(g.PathRaw) > 0 {
			g.PathRaw = []byte(filepath.ToSlash(rel))
		}
	}
	if out == nil {
		return c
	}
	return out
}

// absoluteFrom returns c with each relative evidence path resolved against dir (the
// folder of the file c was read from), for copying c somewhere else.
func absoluteFrom(c *Case, dir string) (*Case, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return c, false
	}
	var out *Case
	for i := range c.Evidence {
		f := c.Evidence[i].File
		if f == nil {
			continue
		}
		p := f.Path
		if len(f.PathRaw) > 0 {
			p = string(f.PathRaw)
		}
		if p == "" || filepath.IsAbs(p) {
			continue
		}
		if out == nil {
			out = c.Clone()
		}
		g := out.Evidence[i].File
		g.Path = filepath.Join(abs, filepath.FromSlash(p))
		if len(g.PathRaw) > 0 {
			g.PathRaw = []byte(g.Path)
		}
	}
	if out == nil {
		return c, false
	}
	return out, true
}
