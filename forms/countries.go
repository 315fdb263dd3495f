package forms

import (
	"strconv"
	"strings"
)

// Countries are the citizenships the interview offers, by ISO 3166-1 alpha-2 code, in
// the order the list shows them: those of the people the app is made for first, then
// the others alphabetically by code. Their names, in every language and in the
// Serbian form a filing prints (Руска Федерација), are the messages docs.country.<code>.
// StatelessCode is the person without citizenship (лице без држављанства).
var Countries = []string{
	"RU", "BY", "UA", "RS", "KZ", "AM", "GE", "AZ", "KG", "UZ", "TJ", "TM", "MD",
	"AL", "AT", "BA", "BG", "CA", "CH", "CN", "CY", "CZ", "DE", "EE", "ES", "FI", "FR",
	"GB", "GR", "HR", "HU", "IL", "IN", "IR", "IT", "LT", "LV", "ME", "MK", "NL", "NO",
	"PL", "RO", "SE", "SI", "SK", "TR", "US",
	StatelessCode,
}

// StatelessCode is the "country" of a person without any citizenship.
const StatelessCode = "XX"

// CountryNameID is the message id of a country's name, "" for a code not in Countries.
func CountryNameID(code string) string {
	if IsCountry(code) {
		return "docs.country." + code
	}
	return ""
}

// IsCountry reports whether code is one of Countries.
func IsCountry(code string) bool {
	for _, c := range Countries {
		if c == code {
			return true
		}
	}
	return false
}

// countryAliases maps what people typed before citizenship was a list (in Serbian,
// Russian or English) to its code, so an older file gets a one-key suggestion.
var countryAliases = map[string]string{
	"руска федерација": "RU", "русија": "RU", "россия": "RU", "российская федерация": "RU",
	"russia": "RU", "russian federation": "RU", "ruska federacija": "RU", "rusija": "RU", "рф": "RU",
	"република србија": "RS", "србија": "RS", "сербия": "RS", "serbia": "RS", "srbija": "RS", "republika srbija": "RS",
	"белорусија": "BY", "беларусь": "BY", "belarus": "BY", "украјина": "UA", "украина": "UA", "ukraine": "UA",
	"казахстан": "KZ", "kazakhstan": "KZ",
}

// CountryFromText returns the code for a citizenship typed as text, "" if unknown.
func CountryFromText(s string) string {
	return countryAliases[strings.ToLower(strings.TrimSpace(s))]
}

// ResidenceGrounds are the grounds of temporary residence of ZoS Art. 40(1), items 1–14,
// and the categories the Government sets under Art. 40(4) (investors, digital nomads …).
// Their names are messages docs.ground.<id> ("по основу запошљавања" in Serbian).
var ResidenceGrounds = []string{
	"employment", "schooling", "study", "exchange", "training", "research", "family",
	"religious", "medical", "real-estate", "humanitarian", "presumed-trafficking-victim",
	"trafficking-victim", "other-justified", "government-category",
}

// IsResidenceGround reports whether g is one of ResidenceGrounds (not text from an older
// or hand-edited file, which Validate reports and the documents do not print).
func IsResidenceGround(g string) bool {
	for _, x := range ResidenceGrounds {
		if x == g {
			return true
		}
	}
	return false
}

// ResidenceGroundItem is the item of ZoS Art. 40(1) a ground is, "" for Art. 40(4).
func ResidenceGroundItem(ground string) string {
	for i, g := range ResidenceGrounds[:14] {
		if g == ground {
			return strconv.Itoa(i + 1)
		}
	}
	return ""
}

// Spouse statuses in Serbia (Family.SpouseStatus); messages docs.spouse_status.<id>.
var SpouseStatuses = []string{"serbian-citizen", "permanent-residence", "temporary-residence"}

// IsSpouseStatus reports whether s is one of SpouseStatuses (not text from an older file).
func IsSpouseStatus(s string) bool {
	for _, x := range SpouseStatuses {
		if x == s {
			return true
		}
	}
	return false
}

// Representative roles (Representative.Role); messages docs.role.<id>.
const (
	RoleLawyer   = "lawyer"    // адвокат
	RoleRelative = "relative"  // крвни сродник у правој линији (ZPP Art. 85(3))
	RoleSibling  = "sibling"   // брат или сестра (ZPP Art. 85(3))
	RoleSpouse   = "spouse"    // брачни друг (ZPP Art. 85(3))
	RoleLegalAid = "legal-aid" // службa правне помоћи јединице локалне самоуправе (ZPP Art. 85(3))
	RoleOther    = "other"     // anyone fully capable: enough before MUP (ZUP Art. 49(3)), not before a court
)

// RepresentativeRoles lists the roles in the order the interview offers them.
var RepresentativeRoles = []string{RoleLawyer, RoleRelative, RoleSibling, RoleSpouse, RoleLegalAid, RoleOther}

// RepresentativeRole is the role of c's representative as one of RepresentativeRoles:
// text from older files is read ("адвокат", "advokat", "lawyer" are a lawyer); "" when
// there is no representative; RoleOther for any other text.
func RepresentativeRole(c *Case) string {
	if strings.TrimSpace(c.Representative.Name) == "" {
		return ""
	}
	role := strings.TrimSpace(c.Representative.Role)
	for _, r := range RepresentativeRoles {
		if role == r {
			return r
		}
	}
	switch low := strings.ToLower(role); {
	case strings.HasPrefix(low, "адвокат"), strings.HasPrefix(low, "advokat"), strings.HasPrefix(low, "lawyer"), strings.HasPrefix(low, "attorney"):
		return RoleLawyer
	}
	return RoleOther
}

// Forum is where a document is lodged, which decides who may sign it for the person.
type Forum string

const (
	ForumAdministrative Forum = "administrative" // MUP, the border police, the Government: ZUP Art. 49
	ForumCourt          Forum = "court"          // the Administrative Court: ZPP Art. 85 through ZUS Art. 74
	ForumReview         Forum = "review"         // request for review to the Supreme Court: ZUS Art. 50(2)
	ForumConstitutional Forum = "constitutional" // constitutional appeal: ZUSud Art. 30(2), 85, a special power of attorney
)

// MayRepresent reports whether a representative of role may sign a document lodged
// before forum: before MUP anyone fully capable (ZUP Art. 49(3)); before the
// Administrative Court a lawyer, a relative in the direct line, a brother, sister or
// spouse, or the local legal-aid service (ZPP Art. 85(3), through ZUS Art. 74); the
// request for review only through a lawyer (ZUS Art. 50(2)); the constitutional appeal
// anyone the person authorises by a special power of attorney (ZUSud Art. 30(2), 85).
func MayRepresent(forum Forum, role string) bool {
	switch forum {
	case ForumAdministrative, ForumConstitutional:
		return role != ""
	case ForumCourt:
		return role == RoleLawyer || role == RoleRelative || role == RoleSibling || role == RoleSpouse || role == RoleLegalAid
	case ForumReview:
		return role == RoleLawyer
	}
	return false
}
