// Package forms holds what the person tells us and what follows from it:
// the case record and its .appeal file format, and the interview as data.
// It never imports Fyne; the interface in app/ renders what is described here.
package forms

import "encoding/json"

// FormatName and FormatVersion identify an .appeal file (README "Case files").
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
// are part of the file format: scripts and lawyers rely on them (README "Case files").
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
	// Related are the cases of related decisions (forms/related.go), each linking back.
	Related []RelatedCase `json:"related_cases,omitempty"`

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
	// HeldResidence: the person held a valid Serbian residence permit when the decision
	// was made (an entry refusal on return, a refused extension, a return decision after
	// a permit ended). It decides whether Art. 1 of Protocol No. 7 to the ECHR, which
	// protects an alien lawfully resident, can be pleaded (Nolan and K. v. Russia).
	HeldResidence YesNo `json:"held_residence,omitempty"`
	// Postponement: what a decision on the postponement of forced removal did, "granted"
	// (ZoS Art. 84, 85(1)) or "revoked" (85(2)); both are appealed under 85(4).
	Postponement string `json:"postponement,omitempty"`
	// Obligatory: what a decision on obligatory residence did, "ordered" (ZoS Art. 93(1),
	// an extension under 93(2) alike) or "leave-refused" (a permit to leave the place
	// refused, 93(4)); both are appealed under 93(7).
	Obligatory string `json:"obligatory,omitempty"`
	// LongStayVisa: the short stay cancelled was a stay on a long-stay (D) visa, to which
	// ZoS Art. 39(3)–(7) apply by analogy (39(8)); the act is then a cancellation of that stay.
	LongStayVisa YesNo `json:"long_stay_visa,omitempty"`
	// VisaAct: which visa act a visa-refusal is (legal.VisaActs: refused, border,
	// extension, annulled, revoked; ZoS Art. 34–37).
	VisaAct string `json:"visa_act,omitempty"`
	// ByMission: a Serbian embassy or consulate issued the decision, so the ministry of
	// foreign affairs decides the appeal (ZoS Art. 38(2), 99(5)); asked where the act
	// does not already say who issued it (legal.VisaActByMission).
	ByMission YesNo `json:"by_mission,omitempty"`
	// InvalidDocument: the document a permit-declared-invalid declares invalid
	// (legal.InvalidDocuments; ZoS Art. 108(2), 109(1)).
	InvalidDocument string `json:"invalid_document,omitempty"`
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

	// What happened next, stage by stage (forms/later.go; the rules in forms/legal/stages.go).
	// Stages only ever add: an answer is never cleared when a later one is given.

	// AppealLodgedHow: in-person | registered-mail; AppealReceiptNumber the number on the
	// receipt; AppealArrived the day on the return receipt; AppealReceivedByBody the day
	// the body deciding on the appeal received it (ZUS Art. 19(1)), if the person learnt it.
	AppealLodgedHow      string `json:"appeal_lodged_how,omitempty"`
	AppealReceiptNumber  string `json:"appeal_receipt_number,omitempty"`
	AppealArrived        Date   `json:"appeal_arrived,omitempty"`
	AppealReceivedByBody Date   `json:"appeal_received_by_body,omitempty"`
	// ReminderSent: the day the reminder (накнадни захтев, ZUS Art. 19(1)) was sent; the
	// day the body received it is ReminderReceivedByBody above.
	ReminderSent Date `json:"reminder_sent,omitempty"`
	// The decision on the appeal: delivered on SecondInstanceReceived (above), to the
	// representative on RepresentativeServed (ZUP Art. 66(6), 69(3)), its number, date
	// and outcome (legal.Outcomes).
	RepresentativeServed Date `json:"representative_served,omitempty"`
	// SecondInstanceService and JudgmentService: how each was delivered (the values of
	// decision.service); "" = handed over on the day given.
	SecondInstanceService string `json:"second_instance_service,omitempty"`
	JudgmentService       string `json:"judgment_service,omitempty"`
	SecondInstanceNumber  string `json:"second_instance_number,omitempty"`
	SecondInstanceIssued  Date   `json:"second_instance_issued,omitempty"`
	SecondInstanceOutcome string `json:"second_instance_outcome,omitempty"`
	// DismissalAppealLodged: the appeal against a first-instance dismissal (ZUP Art. 162(3)).
	DismissalAppealLodged Date `json:"dismissal_appeal_lodged,omitempty"`
	// LawsuitLodged: the lawsuit was filed with the Administrative Court.
	LawsuitLodged Date `json:"lawsuit_lodged,omitempty"`
	// The judgment: delivered on JudgmentReceived (above), to the lawyer on
	// JudgmentRepresentativeServed (ZPP Art. 141(1)), its number, date and outcome
	// (legal.JudgmentOutcomes); FullJurisdiction: the court decided the matter itself.
	JudgmentRepresentativeServed Date   `json:"judgment_representative_served,omitempty"`
	JudgmentNumber               string `json:"judgment_number,omitempty"`
	JudgmentIssued               Date   `json:"judgment_issued,omitempty"`
	JudgmentOutcome              string `json:"judgment_outcome,omitempty"`
	FullJurisdiction             YesNo  `json:"full_jurisdiction,omitempty"`
	// The request for review (ZUS Art. 49–51) and the constitutional appeal (ZUSud Art. 82–86).
	ReviewRequestLodged            Date   `json:"review_request_lodged,omitempty"`
	ReviewDecisionReceived         Date   `json:"review_decision_received,omitempty"`
	ReviewDecisionNumber           string `json:"review_decision_number,omitempty"`
	ConstitutionalLodged           Date   `json:"constitutional_lodged,omitempty"`
	ConstitutionalDecisionReceived Date   `json:"constitutional_decision_received,omitempty"`
	// MissedDeadline: appeal | lawsuit | constitutional; MissedReason: why, in the person's
	// words (the restoration proposal is offered only with a reason).
	MissedDeadline string `json:"missed_deadline,omitempty"`
	MissedReason   string `json:"missed_reason,omitempty"`
	// ReopeningGroundLearned: the day the person learnt of a ground for reopening (ZUP Art. 178(1)).
	ReopeningGroundLearned Date `json:"reopening_ground_learned,omitempty"`
	// Side requests the person wants to make now, none of which stops a period.
	RequestTranslation        bool   `json:"request_translation,omitempty"`
	RequestDepartureExtension bool   `json:"request_departure_extension,omitempty"`
	DepartureExtensionReason  string `json:"departure_extension_reason,omitempty"`
	RequestDataAccess         bool   `json:"request_data_access,omitempty"`
	// RemovalPlanned: the day removal is planned; RequestRule39: prepare the Rule 39 sheet.
	RemovalPlanned Date `json:"removal_planned,omitempty"`
	RequestRule39  bool `json:"request_rule39,omitempty"`
}

// Person is the appellant, as in the passport.
type Person struct {
	FullName        string `json:"full_name,omitempty"`
	FullNameSerbian string `json:"full_name_serbian,omitempty"` // as written in Serbian documents, if known
	// Gender chooses the Serbian forms (жалилац or жалиља): female, male, or "" (not
	// said: the law's masculine forms cover both, ZoS Art. 4).
	Gender     string `json:"gender,omitempty"`
	Born       Date   `json:"born,omitempty"`
	Birthplace string `json:"birthplace,omitempty"`
	// Citizenship is a country code of Countries (RU, RS …) or, in older files, text.
	Citizenship string `json:"citizenship,omitempty"`
	// CitizenshipOther is a second citizenship, a code of Countries; "" if none.
	CitizenshipOther string `json:"citizenship_other,omitempty"`
	// ResidenceGround is the ground the temporary residence was granted on (ZoS Art.
	// 40(1)): one of ResidenceGrounds.
	ResidenceGround string `json:"residence_ground,omitempty"`
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
	Spouse            YesNo  `json:"spouse,omitempty"`
	SpouseName        string `json:"spouse_name,omitempty"`
	SpouseCitizenship string `json:"spouse_citizenship,omitempty"` // a code of Countries, or text in older files
	// SpouseStatus is one of SpouseStatuses (serbian-citizen, permanent-residence,
	// temporary-residence) or, in older files, text.
	SpouseStatus string  `json:"spouse_status,omitempty"`
	Children     []Child `json:"children,omitempty"`
	Other        string  `json:"other,omitempty"` // parents or others who depend on the person
}

// Child is one child of the appellant.
type Child struct {
	Name        string `json:"name,omitempty"`
	Born        Date   `json:"born,omitempty"`
	Citizenship string `json:"citizenship,omitempty"` // a code of Countries, or text in older files
	// CitizenshipOther is a second citizenship (a code of Countries), "" if none.
	CitizenshipOther string `json:"citizenship_other,omitempty"`
	School           string `json:"school,omitempty"`
	LivesWith        YesNo  `json:"lives_with,omitempty"`
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
	Name string `json:"name,omitempty"`
	// Role is one of RepresentativeRoles (lawyer, relative, sibling, spouse, legal-aid,
	// other) or, in older files, text such as „адвокат“: who may represent before which
	// body depends on it (ZUP Art. 49; ZPP Art. 85 through ZUS Art. 74; ZUS Art. 50(2)).
	Role    string `json:"role,omitempty"`
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
	NoDraftMark bool   `json:"no_draft_mark,omitempty"` // a lawyer switches off the DRAFT — НАЦРТ marking: the final copy
	// Lodging is the day the appeal will be handed in, or posted by registered mail
	// (that day counts as lodging: ZUP Art. 81(2), ZUS Art. 20(4)); empty = the day of
	// signing. A lodging after the last day makes the documents claim no timeliness.
	Lodging Date `json:"lodging,omitempty"`
	// Constitution holds the article numbers of the Constitution the lawyer has
	// confirmed; its text is not among the app's sources, so none is filled in by it.
	Constitution ConstitutionArticles `json:"constitution,omitempty"`
}

// ConstitutionArticles are the Constitution's provisions a document may plead, as the
// lawyer confirmed them ("36. ст. 2."): the documents print a visible blank for one
// not entered, and a constitutional appeal, which must name them (ZUSud Art. 85),
// cannot be made final without them (ConstitutionIssues).
type ConstitutionArticles struct {
	Foreigners  string `json:"foreigners,omitempty"`   // the position of foreigners
	Treaties    string `json:"treaties,omitempty"`     // direct application and interpretation of ratified treaties
	Equality    string `json:"equality,omitempty"`     // prohibition of discrimination
	Liberty     string `json:"liberty,omitempty"`      // right to liberty and security
	LegalRemedy string `json:"legal_remedy,omitempty"` // right to a legal remedy
	Expulsion   string `json:"expulsion,omitempty"`    // expulsion of a foreigner only by a lawful decision with a remedy
	Expression  string `json:"expression,omitempty"`   // freedom of thought and expression
	Association string `json:"association,omitempty"`  // freedom of association
	FamilyLife  string `json:"family_life,omitempty"`  // protection of the family
	FairTrial   string `json:"fair_trial,omitempty"`   // right to a fair trial
}

// OfficeOptions say how the authority works, for moving a last day (ZUP Art. 80(5)).
type OfficeOptions struct {
	// SaturdayWorking: the office works on Saturdays, so a last day on a Saturday does not move.
	// Default false: offices work Monday–Friday (inferred: no statute says whether an
	// office works on Saturday; ZUP Art. 80(5) moves a last day off a day it does not work).
	SaturdayWorking bool `json:"saturday_working,omitempty"`
}

// New returns an empty case with the format header set.
func New(title string) *Case {
	return &Case{Format: FormatName, Version: FormatVersion, Title: title}
}
