package templates

import (
	"testing"
	"testing/fstest"

	"appealdesk/assets"
)

func TestWithOrganisation(t *testing.T) {
	over := fstest.MapFS{"sr/zalba.tmpl": {Data: []byte("x")}}
	cases := []struct {
		name       string
		org        *assets.Organisation
		wantFooter string
		wantTmpl   bool
	}{
		{"no organisation", nil, "", false},
		{"contact in footer", &assets.Organisation{Name: "Most", Contact: "+381 11 000", Website: "https://most.example.org", ContactInFooter: true}, "Most · +381 11 000", false},
		{"contact only in the app", &assets.Organisation{Name: "Most", Contact: "+381 11 000"}, "", false},
		{"template overrides", &assets.Organisation{Name: "Most", Templates: over}, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := Options{}.WithOrganisation(c.org)
			if o.OrgFooter != c.wantFooter {
				t.Errorf("footer %q, want %q", o.OrgFooter, c.wantFooter)
			}
			if (o.Templates != nil) != c.wantTmpl {
				t.Errorf("templates set = %v", o.Templates != nil)
			}
		})
	}
}
