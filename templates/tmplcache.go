package templates

import (
	"sync"
	"text/template"
)

// parsed caches parsed templates by their source text: every document of every
// rendering parses the same few files, and parsing costs more than running them.
// A cached template is cloned for each run and given that run's functions (the
// section counter of {{next}} is per document), so runs never share state.
var parsed sync.Map // name + "\x00" + source → *template.Template

func parseCached(name, src string, funcs template.FuncMap) (*template.Template, error) {
	key := name + "\x00" + src
	if t, ok := parsed.Load(key); ok {
		c, err := t.(*template.Template).Clone()
		if err != nil {
			return nil, err
		}
		return c.Funcs(funcs), nil
	}
	t, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(src)
	if err != nil {
		return nil, err
	}
	parsed.Store(key, t)
	return parseCached(name, src, funcs)
}
