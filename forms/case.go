// Package forms holds what the person tells us and what follows from it:
// the case record and its .appeal file format, and the interview as data.
// It never imports Fyne; the interface in app/ renders what is described here.
package forms

import "encoding/json"

// FormatName and FormatVersion identify an .appeal file (design.md "The case file").
// Older versions must keep opening; a newer version is refused with a clear message.
const (
	FormatName    = "appealdesk-case"
	FormatVersion = 1
	FileExtension = ".appeal"
)

// Date is an ISO calendar date "YYYY-MM-DD". The empty string means "not known yet".
// Anything else that is not a valid ISO date is kept as typed (nothing a person typed
// is thrown away) and reported by validation.
type Date string

// YesNo is a three-state answer: "" (not answered / do not know), "yes", "no".
type YesNo string

const (
	Unknown YesNo = ""
	Yes     YesNo = "yes"
	No      YesNo = "no"
)

// Case is the single source of truth for one person's matter. JSON field names
// are part of the file format: scripts and lawyers rely on them (design.md).
type Case struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Title is the name the person gives the case on the home screen.
	Title string `json:"title"`
	// Step is the interview step the person was last on, so the app resumes there.
	Step string `json:"step,omitempty"`
	// Seen lists the steps the person has opened: the outline calls a step done only
	// once it has been seen or answered (forms.Outline).
	Seen []string `json:"seen,omitempty"`

	Decision       Decision        `json:"decision"`
	Later          LaterSteps      `json:"later,omitempty"`
	Person         Person          `json:"person"`
	Family         Family          `json:"family"`
	Story          Story           `json:"story"`
	Representative Representative  `json:"representative,omitempty"`
	Arguments      map[string]bool `json:"arguments,omitempty"` // argument id → kept (true) or dropped (false); absent = suggestion stands
	Evidence       []EvidenceItem  `json:"evidence,omitempty"`
	Documents      DocumentOptions `json:"documents,omitempty"`
	Office         OfficeOptions   `json:"office,omitempty"`

	// Unknown holds top-level members of the file this version does not know, so that
	// saving does not drop them (nested unknown members are not kept).
	Unknown map[string]json.RawMessage `json:"-"`
}

// Decision is the paper the person holds.
type Decision struct {
	// Type is one of the decision types of forms.DecisionTypes (their remedies are in forms/legal).
	Type   string `json:"type"`
	Issuer string `json:"issuer,omitempty"` // the body named in the heading, e.g. ПУ за град Београд
	Number string `json:"number,omitempty"` // the case number on the decision, e.g. 26-1234/24
	Issued Date   `json:"issued,omitempty"` // the date on the decision
	// Service is how it was delivered: personal, representative, refused (refused to
	// sign, ZUP Art. 77(2)), refused-to-accept (ZUP Art. 75(4)), notice, household,
	// registered-mail, mail, public (ZUP Art. 66–78).
	Service string `json:"service,omitempty"`
	// Received is the date of that event (handed over, notice left, posted, published,
	// received by the representative …).
	Received Date `json:"received,omitempty"`
	// InHand is the day the paper was actually in the person's hands, where that can
	// differ from the event (collected after a notice, passed on by a household member,
	// a letter that arrived later): the safe date counts from the earliest reading.
	InHand Date `json:"in_hand,omitempty"`
	// FromAbroad: ordinary mail sent to an address outside Serbia counts as received on
	// the 15th day, not the 7th (ZUP Art. 71(2)). The name is kept for old files.
	FromAbroad bool `json:"from_abroad,omitempty"`
	// SignedBy: who signed the registered-mail receipt: "self" or "other" (then it is
	// substitute delivery, ZUP Art. 76).
	SignedBy string `json:"signed_by,omitempty"`
	// SecondAttempt: whether the deliverer came back within 24 hours before leaving the
	// notice (ZUP Art. 75(5)); "no" makes the delivery irregular.
	SecondAttempt YesNo `json:"second_attempt,omitempty"`
	// HasRepresentative: the person has a lawyer or a person named to receive post
	// (ZUP Art. 66(6), 69): papers are served on them.
	HasRepresentative YesNo `json:"has_representative,omitempty"`
	// Abroad: the person is outside Serbia now (ZUP Art. 69(2), 81).
	Abroad bool `json:"abroad,omitempty"`
	// Asylum: whether the person asked for asylum in Serbia: "no", "border" (at a border
	// crossing or an airport transit zone) or "inside" (ZoS Art. 2(1)(1)).
	Asylum string `json:"asylum,omitempty"`
	// InstructionDays and InstructionBody: the period and the body the legal-remedy
	// instruction (поука о правном леку) names, as printed (ZUP Art. 141(5)–(6)).
	InstructionDays int    `json:"instruction_days,omitempty"`
	InstructionBody string `json:"instruction_body,omitempty"`
	// SaysNotSuspensive: the operative part says an appeal does not stop execution (ZUP Art. 141(3)).
	SaysNotSuspensive YesNo `json:"says_not_suspensive,omitempty"`

	SecurityGrounds   YesNo `json:"security_grounds,omitempty"`   // the decision cites national security (ZoS Art. 9)
	GivesReasons      YesNo `json:"gives_reasons,omitempty"`      // the reasoning names concrete facts
	RemedyInstruction YesNo `json:"remedy_instruction,omitempty"` // it contains a поука о правном леку
	Heard             YesNo `json:"heard,omitempty"`              // the person was interviewed / could comment before the decision

	// DepartureDays is the departure period the decision sets, in days (0 = none set).
	DepartureDays int `json:"departure_days,omitempty"`
	// DepartureImmediate: the decision orders departure at once (ZoS Art. 77(7)).
	DepartureImmediate bool `json:"departure_immediate,omitempty"`
	// EntryBan and its length in years (ZoS Art. 78).
	EntryBan      bool `json:"entry_ban,omitempty"`
	EntryBanYears int  `json:"entry_ban_years,omitempty"`
	// RelatedNumbers lists other decisions issued together (e.g. a separate return decision).
	Related string `json:"related,omitempty"`
}

// LaterSteps are the dates of what happened after the first decision, when known;
// they start the later periods (lawsuit, constitutional appeal, ECHR).
type LaterSteps struct {
	AppealLodged Date `json:"appeal_lodged,omitempty"`
	// ReminderReceivedByBody is the day the second-instance body received the reminder
	// (накнадни захтев): the lawsuit for silence lies only after seven more days (ZUS Art. 19(1)).
	ReminderReceivedByBody Date `json:"reminder_received_by_body,omitempty"`
	SecondInstanceReceived Date `json:"second_instance_received,omitempty"` // ZUS Art. 18: lawsuit 30 days
	JudgmentReceived       Date `json:"judgment_received,omitempty"`        // ZUSud Art. 84: constitutional appeal 30 days
	FinalDomesticDecision  Date `json:"final_domestic_decision,omitempty"`  // ECHR: four months, no move
	MissedReasonEnded      Date `json:"missed_reason_ended,omitempty"`      // ZUP Art. 83: restoration 8 days
	// InspectionRequested is the day the person asked to inspect the file (ZUP Art. 65:
	// the body answers within 8 days; if it refuses or stays silent, appeal within 8 days).
	InspectionRequested Date `json:"inspection_requested,omitempty"`
}

// Person is the appellant, as in the passport.
type Person struct {
	FullName        string `json:"full_name,omitempty"`
	FullNameSerbian string `json:"full_name_serbian,omitempty"` // as written in Serbian documents, if known
	Born            Date   `json:"born,omitempty"`
	Birthplace      string `json:"birthplace,omitempty"`
	Citizenship     string `json:"citizenship,omitempty"`
	Passport        string `json:"passport,omitempty"`
	ForeignerNumber string `json:"foreigner_number,omitempty"` // ЕБС, evidencijski broj stranca
	Address         string `json:"address,omitempty"`
	City            string `json:"city,omitempty"`
	Phone           string `json:"phone,omitempty"`
	Email           string `json:"email,omitempty"`
	InSerbiaSince   Date   `json:"in_serbia_since,omitempty"`
	Work            string `json:"work,omitempty"`     // occupation, employer, company
	Property        string `json:"property,omitempty"` // home owned or rented in Serbia
	Health          string `json:"health,omitempty"`
	Community       string `json:"community,omitempty"` // language courses, volunteering, ties
}

// Family is the family life protected by ZoS Art. 65, 75 and ECHR Art. 8.
type Family struct {
	Spouse            YesNo   `json:"spouse,omitempty"`
	SpouseName        string  `json:"spouse_name,omitempty"`
	SpouseCitizenship string  `json:"spouse_citizenship,omitempty"`
	SpouseStatus      string  `json:"spouse_status,omitempty"` // e.g. Serbian citizen, permanent resident
	Children          []Child `json:"children,omitempty"`
	Other             string  `json:"other,omitempty"` // parents or others who depend on the person
}

// Child is one child of the appellant.
type Child struct {
	Name        string `json:"name,omitempty"`
	Born        Date   `json:"born,omitempty"`
	Citizenship string `json:"citizenship,omitempty"`
	School      string `json:"school,omitempty"`
	LivesWith   YesNo  `json:"lives_with,omitempty"`
}

// Story is what happened and what the person fears, in their own words.
type Story struct {
	WhatHappened string `json:"what_happened,omitempty"`
	// Activity: anti-war speech, open letters, assemblies the person took part in.
	Activity        YesNo  `json:"activity,omitempty"`
	ActivityDetails string `json:"activity_details,omitempty"`
	// RiskOnReturn: mobilisation, prosecution for anti-war speech (ZoS Art. 83(3), ECHR Art. 3).
	RiskOnReturn YesNo  `json:"risk_on_return,omitempty"`
	RiskDetails  string `json:"risk_details,omitempty"`
	UseInAppeal  YesNo  `json:"use_in_appeal,omitempty"` // whether WhatHappened may be quoted in the appeal
	PrivateNotes string `json:"private_notes,omitempty"` // never printed in any document
	Detained     bool   `json:"detained,omitempty"`
}

// Representative is the lawyer or other authorised person, if any.
type Representative struct {
	Name    string `json:"name,omitempty"`
	Role    string `json:"role,omitempty"` // e.g. адвокат
	Address string `json:"address,omitempty"`
}

// EvidenceItem is one document offered as proof, with or without a file.
type EvidenceItem struct {
	Title       string   `json:"title"`
	Category    string   `json:"category,omitempty"`
	Date        Date     `json:"date,omitempty"`
	Pages       int      `json:"pages,omitempty"`
	Language    string   `json:"language,omitempty"`    // ISO 639-1: sr, ru, en …
	Translation string   `json:"translation,omitempty"` // attached | needed | not-needed (ZUP Art. 123(2))
	Supports    []string `json:"supports,omitempty"`    // argument ids
	Notes       string   `json:"notes,omitempty"`
	File        *File    `json:"file,omitempty"` // nil for a paper document with no file
}

// File is the fingerprint of an evidence file, so a lawyer can tell the copy is the one listed.
type File struct {
	Name   string `json:"name"`   // base name as the person had it
	Path   string `json:"path"`   // where it was on this computer (absolute, or relative to the .appeal file)
	Size   int64  `json:"size"`   // bytes
	SHA256 string `json:"sha256"` // lower-case hex
	// PathRaw holds the exact bytes of Path when they are not valid UTF-8 (a file name
	// from another system's encoding): JSON cannot carry such bytes in a string, so Path
	// is then only for display and PathRaw (base64 in JSON) is the one opened.
	PathRaw []byte `json:"path_raw,omitempty"`
}

// DocumentOptions are the choices for rendering.
type DocumentOptions struct {
	Script      string `json:"script,omitempty"`        // cyrl (default) | latn
	Copy        string `json:"copy,omitempty"`          // ru | en | none: the reader's copy
	Place       string `json:"place,omitempty"`         // where the appeal is signed, e.g. Београд
	Signed      Date   `json:"signed,omitempty"`        // date written on the appeal; empty = day of rendering
	NoDraftMark bool   `json:"no_draft_mark,omitempty"` // a lawyer switches off the DRAFT — НАЦРТ marking
}

// OfficeOptions say how the authority works, for moving a last day (ZUP Art. 80(5)).
type OfficeOptions struct {
	// SaturdayWorking: the office works on Saturdays, so a last day on a Saturday does not move.
	// Default false: offices work Monday–Friday (legal-reference.md §6, inferred).
	SaturdayWorking bool `json:"saturday_working,omitempty"`
}

// New returns an empty case with the format header set.
func New(title string) *Case {
	return &Case{Format: FormatName, Version: FormatVersion, Title: title}
}
