package templates

import (
	"strings"

	"appealdesk/assets"
)

// WithOrganisation applies an NGO edition to the options: its template overrides, and
// its name and contact line in the footer of every page where the organisation asked
// for it (organisation.toml, contact_in_footer). The website stays in the app: with it
// the footer line of the sample organisation no longer fit the page and was cut.
// A nil organisation changes nothing.
func (o Options) WithOrganisation(org *assets.Organisation) Options {
	if org == nil {
		return o
	}
	if org.Templates != nil && o.Templates == nil {
		o.Templates = org.Templates
		o.Edition = org.Name
		o.Overrides = Overrides(org.Templates)
	}
	if org.ContactInFooter && o.OrgFooter == "" {
		parts := []string{org.Name}
		if org.Contact != "" {
			parts = append(parts, org.Contact)
		}
		o.OrgFooter = strings.Join(parts, " · ")
	}
	return o
}
