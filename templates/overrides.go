package templates

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"strings"
)

// An NGO edition can replace the legal text of every document (assets: templates
// beside organisation.toml). Nobody may be left to think such a text is the app's
// own: About and the documents step list the replaced files, and every draft carries
// a note for the lawyer naming the edition and each replaced template with its
// SHA-256. The note is added here, in code, so no template can leave it out.

// Override is one template file an edition replaces.
type Override struct {
	Name   string // as in TemplateNames, e.g. "sr/zalba.tmpl"
	SHA256 string // of the replacing file's bytes, lower-case hex
}

// Overrides lists the files of fsys that replace a built-in template, in the order of
// TemplateNames; nil for none. Files of other names change nothing and are not listed.
func Overrides(fsys fs.FS) []Override {
	if fsys == nil {
		return nil
	}
	var out []Override
	for _, name := range TemplateNames() {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		out = append(out, Override{Name: name, SHA256: hex.EncodeToString(sum[:])})
	}
	return out
}

// OverrideList is "sr/zalba.tmpl (SHA-256 …), …" for a note or a dialog.
func OverrideList(list []Override) string {
	parts := make([]string, len(list))
	for i, o := range list {
		parts[i] = o.Name + " (SHA-256 " + o.SHA256 + ")"
	}
	return strings.Join(parts, "; ")
}

// overrideNote is the lawyer's note ("? …" markup) that opens every draft made with
// replaced templates, "" otherwise.
func (b *builder) overrideNote() string {
	if !b.r.draft || len(b.r.opts.Overrides) == 0 {
		return ""
	}
	edition := b.r.opts.Edition
	if edition == "" {
		edition = "—"
	}
	note := b.tr.T("docs.note.overrides", "Edition", edition, "List", OverrideList(b.r.opts.Overrides))
	return "? " + strings.ReplaceAll(note, "\n", " ") + "\n\n"
}
