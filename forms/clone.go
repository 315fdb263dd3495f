package forms

import "encoding/json"

// Clone returns a deep copy of c: changing one never changes the other. The interface
// hands a clone to the Autosaver on each change, so saving never races with typing.
func (c *Case) Clone() *Case {
	if c == nil {
		return nil
	}
	d := *c
	if c.Seen != nil {
		d.Seen = append([]string(nil), c.Seen...)
	}
	if c.Arguments != nil {
		d.Arguments = make(map[string]bool, len(c.Arguments))
		for k, v := range c.Arguments {
			d.Arguments[k] = v
		}
	}
	if c.Family.Children != nil {
		d.Family.Children = append([]Child(nil), c.Family.Children...)
	}
	if c.Evidence != nil {
		d.Evidence = make([]EvidenceItem, len(c.Evidence))
		for i, e := range c.Evidence {
			if e.Supports != nil {
				e.Supports = append([]string(nil), e.Supports...)
			}
			if e.File != nil {
				f := *e.File
				if f.PathRaw != nil {
					f.PathRaw = append([]byte(nil), f.PathRaw...)
				}
				e.File = &f
			}
			d.Evidence[i] = e
		}
	}
	if c.Related != nil {
		d.Related = append([]RelatedCase(nil), c.Related...)
	}
	if c.Unknown != nil {
		d.Unknown = make(map[string]json.RawMessage, len(c.Unknown))
		for k, v := range c.Unknown {
			d.Unknown[k] = append(json.RawMessage(nil), v...)
		}
	}
	return &d
}
