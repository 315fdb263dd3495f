package templates

import (
	"sync"
	"text/template"
)

// parsed caches parsed templates by their source text: every document of every
// rendering parses the same few files, and parsing costs more than running them.
// A cached template is cloned for each run and given that run's functions (the
// section counter of {{next}} is per document), so runs never share state.
var parsed sync.Map // name + "\x00" + source + "\x00" + common source → *template.Template

// parseCached parses the document template src (named name) together with the
// language's shared definitions common (named commonName), which it may call with
// {{template "…"}}; the result is executed by name.
func parseCached(name, src, commonName, common string, funcs template.FuncMap) (*template.Template, error) {
	key := name + "\x00" + src + "\x00" + common
	if t, ok := parsed.Load(key); ok {
		c, err := t.(*template.Template).Clone()
		if err != nil {
			return nil, err
		}
		return c.Funcs(funcs), nil
	}
	// The shared definitions are the root, the document an associated template: a
	// clone maps the root's name to the root, so the two names must differ.
	t := template.New(commonName).Funcs(funcs).Option("missingkey=error")
	if _, err := t.Parse(common); err != nil {
		return nil, err
	}
	if _, err := t.New(name).Parse(src); err != nil {
		return nil, err
	}
	parsed.Store(key, t)
	return parseCached(name, src, commonName, common, funcs)
}
