package forms

import (
	"slices"
	"strings"

	"appealdesk/forms/legal"
)

// The interview as data (README "Using the app"; the
// language is a setting of the interface, not a step). The interface in app/ renders
// Steps(): each step's fields by kind, their labels, help and choices by message id,
// and reads and writes answers through Get/Set by path. Nothing here imports Fyne.

// Kind says how a field is asked and which accessor reads it.
type Kind string

const (
	KindText     Kind = "text"         // one line; Get/Set
	KindLongText Kind = "long-text"    // several lines; Get/Set
	KindDate     Kind = "date"         // ISO YYYY-MM-DD; Get/Set (locales.ParseDate turns typed dates into ISO)
	KindChoice   Kind = "choice"       // one of Choices (Value); Get/Set
	KindYesNo    Kind = "yes-no"       // "yes", "no" or "" (not answered / do not know); Get/Set
	KindSwitch   Kind = "switch"       // on/off, stored as true/false: Get gives "yes"/"no"; Set("yes") = on
	KindNumber   Kind = "number"       // whole number, 0 = not set; GetInt/SetInt (Get/Set also work)
	KindGroup    Kind = "group"        // a repeated group: Fields are per item; Len/AddItem/RemoveItem/MoveItem
	KindMulti    Kind = "multi-choice" // a set of Choices; GetList/SetList
	KindFile     Kind = "file"         // an evidence file (name, path, size, SHA-256); GetFile/SetFile
	KindArgument Kind = "argument"     // an appeal argument: show ArgumentKept and ArgumentSuggested; Set "yes"/"no"/"" (= back to the suggestion)
)

// Choice is one option of a choice or multi-choice field.
type Choice struct {
	Value string
	// Label and Help are message ids (Help may be "").
	Label, Help string
	// Heading is the Serbian heading printed on the paper, for decision types only.
	Heading string
	// Term and TermCites: where no printed heading is known, the statute's words for
	// the act and their articles (decision types only); shown as "the law calls it …".
	Term      string
	TermCites []legal.Citation
}

// HasCard reports whether a choice is shown as a card with a heading or a law term.
func (c Choice) HasCard() bool { return c.Heading != "" || c.Term != "" }

// Field is one question.
type Field struct {
	// Path into the Case; items of a repeated group use "[]": "family.children[].born".
	// Fill the index with ItemPath before calling Get/Set.
	Path string
	Kind Kind
	// Label, Help and Placeholder are message ids; Help and Placeholder may be "".
	Label, Help, Placeholder string
	Choices                  []Choice
	// OpenChoice: a value outside Choices is allowed (e.g. a language code not listed).
	OpenChoice bool
	// Required: leaving it empty is a gap (severity "missing") while the field applies.
	// For a group: at least one item.
	Required bool
	// Min and Max bound a number (Max 0 = no bound).
	Min, Max int
	// Fields are the fields of one item of a group, with full template paths.
	Fields []*Field
	// ItemLabel ("Child {{.N}}", N from 1) and AddLabel ("Add a child") are message ids of a group.
	ItemLabel, AddLabel string
	// Private: never printed in any document (private notes).
	Private bool
	// Printed: the answer is printed in the Serbian documents, so it must be in Serbian
	// (the label says so; PrintedFields lists them and how each is checked).
	Printed bool
	// LifeDate: a date of a life (birth, arrival), up to 120 years back; other dates
	// are of the matter (the last 50 years). The interface reads a two-digit year by it.
	LifeDate bool
	// Default is the value used when the answer is empty (documents.script: cyrl).
	Default string
	// Future: a date in the future is expected (a planned removal), not an error.
	Future bool

	when         func(c *Case) bool
	requiredWhen func(c *Case) bool
}

// RequiredFor reports whether leaving the field empty is a gap for these answers.
func (f *Field) RequiredFor(c *Case) bool {
	return f.Required || (f.requiredWhen != nil && f.requiredWhen(c))
}

// Applies reports whether the field is asked, given the answers so far. Answers of a
// field that does not apply are kept in the Case but not validated and not printed.
func (f *Field) Applies(c *Case) bool { return f.when == nil || f.when(c) }

// Step is one screen of the interview and one line of the outline.
type Step struct {
	ID string
	// Title and Intro are message ids.
	Title, Intro string
	Fields       []*Field
	// Computed: the step shows what follows from the answers (deadlines, review) and
	// asks nothing.
	Computed bool

	when func(c *Case) bool
}

// Applies reports whether the step is part of the interview for these answers.
func (s *Step) Applies(c *Case) bool { return s.when == nil || s.when(c) }

// FieldsFor is the step's fields in the order to show them for these answers: on the
// arguments step, the arguments that fit the decision first, then those that do not
// (shown switched off with the reason, ArgumentInfoFor).
func (s *Step) FieldsFor(c *Case) []*Field {
	if s.ID != StepArguments {
		return s.Fields
	}
	var fit, not []*Field
	for _, f := range s.Fields {
		if ok, _ := ArgumentApplies(c, strings.TrimPrefix(f.Path, "arguments.")); ok {
			fit = append(fit, f)
		} else {
			not = append(not, f)
		}
	}
	return append(fit, not...)
}

// Step ids, in order.
const (
	StepIdentify  = "identify"
	StepDecision  = "decision"
	StepDeadlines = "deadlines"
	StepPerson    = "person"
	StepFamily    = "family"
	StepStory     = "story"
	StepArguments = "arguments"
	StepEvidence  = "evidence"
	StepReview    = "review"
	StepDocuments = "documents"
)

// Steps returns the interview in order. The slice and the steps are shared: do not modify.
func Steps() []*Step { return interview }

// StepByID returns the step with id, or nil.
func StepByID(id string) *Step {
	for _, s := range interview {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// FieldByPath finds the field for a path or path template ("family.children[1].born"
// and "family.children[].born" both find the child's birth date) and its step.
func FieldByPath(path string) (*Step, *Field) {
	tmpl := templateOf(path)
	for _, s := range interview {
		for _, f := range s.Fields {
			if f.Path == tmpl {
				return s, f
			}
			for _, sub := range f.Fields {
				if sub.Path == tmpl {
					return s, sub
				}
			}
		}
	}
	return nil, nil
}

// templateOf replaces every index in path by "[]".
func templateOf(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			b.WriteString("[]")
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// msgKey turns a path template into the part of a message id: "family.children[].born"
// → "family.children.born".
func msgKey(path string) string { return strings.ReplaceAll(path, "[]", "") }

// f builds a field whose label id is interview.field.<path>.label.
func f(path string, kind Kind) *Field {
	return &Field{Path: path, Kind: kind, Label: "interview.field." + msgKey(path) + ".label"}
}

func (x *Field) req() *Field  { x.Required = true; return x }
func (x *Field) life() *Field { x.LifeDate = true; return x }

// reqIf: the answer is required only where required(c) holds (checked by validation).
func (x *Field) reqIf(required func(c *Case) bool) *Field { x.requiredWhen = required; return x }
func (x *Field) withHelp() *Field {
	x.Help = "interview.field." + msgKey(x.Path) + ".help"
	return x
}
func (x *Field) withPlaceholder() *Field {
	x.Placeholder = "interview.field." + msgKey(x.Path) + ".placeholder"
	return x
}
func (x *Field) only(when func(c *Case) bool) *Field { x.when = when; return x }
func (x *Field) printed() *Field                     { x.Printed = true; return x }

// countryChoices: the citizenships of Countries, labelled with their names in the
// interface language (the same messages the documents print). A value typed in an
// older file stays (OpenChoice) and validation offers the code.
func (x *Field) countryChoices() *Field {
	x.Choices = nil
	for _, c := range Countries {
		x.Choices = append(x.Choices, Choice{Value: c, Label: CountryNameID(c)})
	}
	x.OpenChoice = true
	return x
}
func (x *Field) choices(values ...string) *Field {
	for _, v := range values {
		x.Choices = append(x.Choices, Choice{Value: v, Label: "interview.choice." + msgKey(x.Path) + "." + v})
	}
	return x
}
func (x *Field) choiceHelp() *Field {
	for i := range x.Choices {
		x.Choices[i].Help = x.Choices[i].Label + ".help"
	}
	return x
}

// setsDeparture: the decision type may set a departure period and an entry ban.
func setsDeparture(c *Case) bool {
	t, ok := LookupDecisionType(c.Decision.Type)
	return ok && t.SetsDeparture
}

// inHandAsked: the day the paper was in the person's hands can differ from the
// delivery event (collected after a notice or a refusal, passed on, posted, published,
// a receipt signed by someone else), and for a detention it is the day that counts
// (ZoS Art. 90(2)).
func inHandAsked(c *Case) bool {
	switch c.Decision.Service {
	case ServiceRefusedToAccept, ServiceNotice, ServiceHousehold, ServiceMail, ServicePublic:
		return true
	case ServiceRegMail:
		return c.Decision.SignedBy == SignedByOther || c.Decision.Type == TypeDetention
	}
	return false
}

// instructionAsked: the period and the body of the legal-remedy instruction are asked
// when the decision has one, and always for "another decision", whose period they are.
func instructionAsked(c *Case) bool {
	return c.Decision.RemedyInstruction == Yes || c.Decision.Type == TypeOther
}

// missionAsked: who issued a visa act or a refused travel document is asked where the
// act does not say it (legal.VisaActByMission; ZoS Art. 98(1), 99(5)).
func missionAsked(c *Case) bool {
	switch c.Decision.Type {
	case TypeTravelDocumentRefusal:
		return true
	case TypeVisaRefusal:
		_, asked := legal.VisaActByMission(c.Decision.VisaAct)
		return asked && c.Decision.VisaAct != ""
	}
	return false
}

// RemedyOf is the remedy against the case's decision with the act the person holds
// (legal.RemedyForAct): who decides a visa or travel-document appeal, which article
// excludes the appeal against a permit declared invalid. The deadlines (Facts.Act)
// use the same act, so the panel and the documents name one body.
func RemedyOf(c *Case) (legal.Remedy, bool) {
	return legal.RemedyForAct(legal.DecisionType(c.Decision.Type), c.act())
}

// act is the act within the decision type the person holds (legal.Act).
func (c *Case) act() legal.Act {
	d := &c.Decision
	a := legal.Act{Mission: d.ByMission == Yes}
	switch d.Type {
	case TypeVisaRefusal:
		a.Kind = d.VisaAct
		if m, asked := legal.VisaActByMission(d.VisaAct); !asked {
			a.Mission = m
		}
	case TypePermitDeclaredInvalid:
		a.Kind = d.InvalidDocument
	case TypeObligatoryResidence:
		a.Kind, a.Mission = d.Obligatory, false
	case TypeTravelDocumentRefusal:
	default:
		a.Mission = false
	}
	return a
}

// saysSuspends: the law says the appeal suspends (ZoS Art. 45(5), 46ђ(5), 66(8), 46ж(9),
// 71(7), 72(9), 85(6)): ask whether the decision says otherwise (ZUP Art. 141(3)).
func saysSuspends(c *Case) bool {
	r, ok := legal.RemedyFor(legal.DecisionType(c.Decision.Type))
	return ok && r.Kind == legal.Appeal && (r.Suspensive == legal.Suspends || r.Suspensive == legal.SuspendsUnlessDeparture)
}

func decisionTypeChoices() []Choice {
	out := make([]Choice, len(DecisionTypes))
	for i, t := range DecisionTypes {
		out[i] = Choice{Value: t.ID, Label: t.Title, Help: t.Description, Heading: t.Heading, Term: t.LawTerm, TermCites: t.LawTermCites}
	}
	return out
}

func argumentFields() []*Field {
	out := make([]*Field, len(AllArguments))
	for i, id := range AllArguments {
		a := ArgumentInfo(id)
		out[i] = &Field{Path: "arguments." + id, Kind: KindArgument, Label: a.Title, Help: a.Explain}
	}
	return out
}

func argumentChoices() []Choice {
	out := make([]Choice, len(AllArguments))
	for i, id := range AllArguments {
		out[i] = Choice{Value: id, Label: ArgumentInfo(id).Title}
	}
	return out
}

// Evidence categories and translation states (EvidenceItem.Category, .Translation).
var (
	EvidenceCategories  = []string{"decision", "identity", "family", "children", "work", "home", "stay", "activity", "risk", "health", "other"}
	TranslationStates   = []string{"not-needed", "needed", "attached"}
	EvidenceLanguages   = []string{"sr", "ru", "en", "uk", "be"}
	DocumentScripts     = []string{"cyrl", "latn"}
	ReaderCopyLanguages = []string{"ru", "en", "none"}
)

var interview = buildInterview()

func buildInterview() []*Step {
	typeField := f("decision.type", KindChoice).req().withHelp()
	typeField.Choices = decisionTypeChoices()

	children := f("family.children", KindGroup)
	children.ItemLabel, children.AddLabel = "interview.group.children.item", "interview.group.children.add"
	children.Fields = []*Field{
		f("family.children[].name", KindText).req().withHelp().printed(),
		f("family.children[].born", KindDate).req().life(),
		f("family.children[].citizenship", KindChoice).countryChoices().printed(),
		f("family.children[].citizenship_other", KindChoice).countryChoices().printed(),
		f("family.children[].school", KindText).withHelp().printed(),
		f("family.children[].lives_with", KindYesNo),
	}

	evidence := f("evidence", KindGroup).req().withHelp()
	evidence.ItemLabel, evidence.AddLabel = "interview.group.evidence.item", "interview.group.evidence.add"
	supports := f("evidence[].supports", KindMulti).withHelp()
	supports.Choices = argumentChoices()
	lang := f("evidence[].language", KindChoice).choices(EvidenceLanguages...)
	lang.OpenChoice = true
	evidence.Fields = []*Field{
		f("evidence[].title", KindText).req().withPlaceholder().printed(),
		f("evidence[].file", KindFile).withHelp(),
		f("evidence[].category", KindChoice).choices(EvidenceCategories...).printed(),
		f("evidence[].date", KindDate),
		f("evidence[].pages", KindNumber),
		lang,
		f("evidence[].translation", KindChoice).choices(TranslationStates...).withHelp(),
		supports,
		f("evidence[].notes", KindLongText),
	}
	evidence.Fields[4].Max = 10000

	departureDays := f("decision.departure_days", KindNumber).withHelp().only(func(c *Case) bool {
		return setsDeparture(c) && !c.Decision.DepartureImmediate
	})
	departureDays.Max = 3650
	banYears := f("decision.entry_ban_years", KindNumber).withHelp().req().only(func(c *Case) bool {
		return setsDeparture(c) && c.Decision.EntryBan
	})
	banYears.Max = 100
	instructionDays := f("decision.instruction_days", KindNumber).withHelp().only(instructionAsked)
	instructionDays.Max = 365
	script := f("documents.script", KindChoice).choices(DocumentScripts...).withHelp()
	script.Default = "cyrl"
	readerCopy := f("documents.copy", KindChoice).choices(ReaderCopyLanguages...).withHelp()
	readerCopy.Default = "none"
	role := f("representative.role", KindChoice).choices(RepresentativeRoles...).withHelp().printed().only(hasRepresentative)
	role.OpenChoice = true
	spouseStatus := f("family.spouse_status", KindChoice).choices(SpouseStatuses...).withHelp().printed()
	spouseStatus.OpenChoice = true

	yes := func(get func(c *Case) YesNo) func(c *Case) bool {
		return func(c *Case) bool { return get(c) == Yes }
	}

	return []*Step{
		{ID: StepIdentify, Title: "interview.step.identify.title", Intro: "interview.step.identify.intro",
			Fields: []*Field{typeField}},
		{ID: StepDecision, Title: "interview.step.decision.title", Intro: "interview.step.decision.intro",
			// Delivery and departure first: together with the type they give the deadlines
			// (the panel beside the step fills in as they are answered).
			Fields: []*Field{
				f("decision.asylum", KindChoice).withHelp().choices(AsylumNo, AsylumBorder, AsylumInside).choiceHelp().only(func(c *Case) bool {
					return c.Decision.Type != ""
				}).reqIf(func(c *Case) bool { return c.Decision.Type == TypeAsylum }),
				f("decision.has_representative", KindYesNo).withHelp(),
				f("decision.service", KindChoice).req().withHelp().choices(ServiceMethods...).choiceHelp(),
				f("decision.received", KindDate).req().withHelp(),
				f("decision.signed_by", KindChoice).withHelp().choices(SignedBySelf, SignedByOther).only(func(c *Case) bool {
					return c.Decision.Service == ServiceRegMail
				}),
				f("decision.second_attempt", KindYesNo).withHelp().only(func(c *Case) bool { return c.Decision.Service == ServiceNotice }),
				f("decision.in_hand", KindDate).withHelp().only(inHandAsked),
				f("decision.from_abroad", KindSwitch).withHelp().only(func(c *Case) bool { return c.Decision.Service == ServiceMail }),
				f("decision.abroad", KindSwitch).withHelp(),
				f("decision.departure_immediate", KindSwitch).withHelp().only(setsDeparture),
				departureDays,
				f("decision.entry_ban", KindSwitch).withHelp().only(setsDeparture),
				banYears,
				f("decision.issuer", KindText).req().withHelp().withPlaceholder().printed(),
				f("decision.number", KindText).req().withHelp().withPlaceholder(),
				f("decision.issued", KindDate).req().withHelp(),
				f("decision.remedy_instruction", KindYesNo).req().withHelp(),
				instructionDays,
				f("decision.instruction_body", KindText).withHelp().withPlaceholder().only(instructionAsked),
				f("decision.says_not_suspensive", KindYesNo).withHelp().only(saysSuspends),
				f("decision.security_grounds", KindYesNo).req().withHelp(),
				f("decision.gives_reasons", KindYesNo).req().withHelp(),
				f("decision.heard", KindYesNo).req().withHelp(),
				f("decision.related", KindText).withHelp().printed(),
				f("decision.held_residence", KindYesNo).withHelp().only(Protocol7Asked),
				f("decision.postponement", KindChoice).withHelp().choices(PostponementGranted, PostponementRevoked).only(func(c *Case) bool {
					return c.Decision.Type == TypeRemovalPostponement
				}),
				f("decision.long_stay_visa", KindYesNo).withHelp().only(func(c *Case) bool {
					return c.Decision.Type == TypeShortStayCancellation
				}),
				f("decision.obligatory", KindChoice).withHelp().choices(ObligatoryOrdered, ObligatoryLeaveRefused).only(func(c *Case) bool {
					return c.Decision.Type == TypeObligatoryResidence
				}),
				f("decision.visa_act", KindChoice).req().withHelp().choices(legal.VisaActs...).only(func(c *Case) bool {
					return c.Decision.Type == TypeVisaRefusal
				}),
				f("decision.by_mission", KindYesNo).withHelp().only(missionAsked),
				f("decision.invalid_document", KindChoice).req().withHelp().choices(legal.InvalidDocuments...).only(func(c *Case) bool {
					return c.Decision.Type == TypePermitDeclaredInvalid
				}),
				f("office.saturday_working", KindSwitch).withHelp(),
			}},
		{ID: StepDeadlines, Title: "interview.step.deadlines.title", Intro: "interview.step.deadlines.intro", Computed: true,
			when: func(c *Case) bool { return c.Decision.Type != "" }},
		{ID: StepPerson, Title: "interview.step.person.title", Intro: "interview.step.person.intro",
			Fields: []*Field{
				f("person.full_name", KindText).req().withHelp().printed(),
				f("person.full_name_serbian", KindText).withHelp().printed(),
				f("person.gender", KindChoice).choices("female", "male").withHelp(),
				f("person.born", KindDate).req().life(),
				f("person.birthplace", KindText).withHelp().printed(),
				f("person.citizenship", KindChoice).countryChoices().req().printed(),
				f("person.citizenship_other", KindChoice).countryChoices().withHelp().printed(),
				f("person.residence_ground", KindChoice).choices(ResidenceGrounds...).withHelp().printed().only(residenceGroundAsked),
				f("person.passport", KindText).req().withHelp(),
				f("person.foreigner_number", KindText).withHelp(),
				f("person.address", KindText).req().withHelp().printed(),
				f("person.city", KindText).req().printed(),
				f("person.phone", KindText),
				f("person.email", KindText),
				f("person.in_serbia_since", KindDate).req().withHelp().life(),
				f("person.work", KindLongText).withHelp().printed(),
				f("person.property", KindLongText).withHelp().printed(),
				f("person.health", KindLongText).withHelp().printed(),
				f("person.community", KindLongText).withHelp().printed(),
			}},
		{ID: StepFamily, Title: "interview.step.family.title", Intro: "interview.step.family.intro",
			Fields: []*Field{
				f("family.spouse", KindYesNo).req().withHelp(),
				f("family.spouse_name", KindText).req().withHelp().printed().only(yes(func(c *Case) YesNo { return c.Family.Spouse })),
				f("family.spouse_citizenship", KindChoice).countryChoices().printed().only(yes(func(c *Case) YesNo { return c.Family.Spouse })),
				spouseStatus.only(yes(func(c *Case) YesNo { return c.Family.Spouse })),
				children,
				f("family.other", KindLongText).withHelp().printed(),
			}},
		{ID: StepStory, Title: "interview.step.story.title", Intro: "interview.step.story.intro",
			Fields: []*Field{
				f("story.what_happened", KindLongText).req().withHelp().printed(),
				f("story.use_in_appeal", KindYesNo).req().withHelp(),
				f("story.activity", KindYesNo).req().withHelp(),
				f("story.activity_details", KindLongText).req().printed().only(yes(func(c *Case) YesNo { return c.Story.Activity })),
				f("story.risk_on_return", KindYesNo).req().withHelp(),
				f("story.risk_details", KindLongText).req().printed().only(yes(func(c *Case) YesNo { return c.Story.RiskOnReturn })),
				f("story.detained", KindSwitch).withHelp().only(func(c *Case) bool { return c.Decision.Type != TypeDetention }),
				privateNotes(),
			}},
		{ID: StepArguments, Title: "interview.step.arguments.title", Intro: "interview.step.arguments.intro",
			Fields: argumentFields()},
		{ID: StepEvidence, Title: "interview.step.evidence.title", Intro: "interview.step.evidence.intro",
			Fields: []*Field{evidence}},
		laterStep(),
		{ID: StepReview, Title: "interview.step.review.title", Intro: "interview.step.review.intro", Computed: true},
		{ID: StepDocuments, Title: "interview.step.documents.title", Intro: "interview.step.documents.intro",
			Fields: []*Field{
				script,
				readerCopy,
				f("documents.place", KindText).req().withHelp().printed(),
				f("documents.signed", KindDate).withHelp(),
				f("documents.lodging", KindDate).withHelp(),
				f("representative.name", KindText).withHelp().printed(),
				role,
				f("representative.address", KindText).printed().only(hasRepresentative),
				constitution("foreigners"), constitution("treaties"), constitution("equality"),
				constitution("liberty"), constitution("legal_remedy"), constitution("expulsion"),
				constitution("expression"), constitution("association"), constitution("fair_trial"),
				f("documents.no_draft_mark", KindSwitch).withHelp(),
			}},
	}
}

// constitution is the field where the lawyer enters the confirmed article of the
// Constitution for one right (documents.constitution.<right>), asked only where the
// case's documents plead that right (ConstitutionRightsPleaded); the help, one text for
// all of them, stands under the first, the foreigners' position, which every case pleads.
func constitution(right string) *Field {
	x := f("documents.constitution."+right, KindText).only(func(c *Case) bool {
		return slices.Contains(ConstitutionRightsPleaded(c), right)
	})
	if right == ConstitutionRights[0] {
		x.Help = "interview.field.documents.constitution.help"
	}
	return x
}

func hasRepresentative(c *Case) bool {
	return c.Representative.Name != "" || c.Representative.Role != ""
}

// residenceGroundAsked: the decision concerns a residence the person holds or asked for.
func residenceGroundAsked(c *Case) bool {
	switch c.Decision.Type {
	case TypeTemporaryResidenceRefusal, TypeTemporaryResidenceTermination, TypeUniquePermitRefusal,
		TypeUniquePermitTermination, TypePermanentResidenceRefusal:
		return true
	}
	return false
}

func privateNotes() *Field {
	x := f("story.private_notes", KindLongText).withHelp()
	x.Private = true
	return x
}
