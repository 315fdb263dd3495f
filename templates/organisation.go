package templates

import (
	"strings"

	"appealdesk/assets"
)

// WithOrganisation applies an NGO edition to the options: its template overrides, and
// its name and contact line in the footer of every page where the organisation asked
// for it (organisation.toml, contact_in_footer). A nil organisation changes nothing.
func (o Options) WithOrganisation(org *assets.Organisation) Options {
	if org == nil {
		return o
	}
	if org.Templates != nil && o.Templates == nil {
		o.Templates = org.Templates
	}
	if org.ContactInFooter && o.OrgFooter == "" {
		parts := []string{org.Name}
		for _, p := range []string{org.Contact, org.Website} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		o.OrgFooter = strings.Join(parts, " · ")
	}
	return o
}
