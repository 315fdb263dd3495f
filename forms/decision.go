package forms

// The ten decision types of design.md ("decision.type"). Their remedies and periods
// are in forms/legal; here is what the interview needs to let a person find theirs.
const (
	TypeEntryRefusal                  = "entry-refusal"
	TypeTemporaryResidenceRefusal     = "temporary-residence-refusal"
	TypeTemporaryResidenceTermination = "temporary-residence-termination"
	TypeUniquePermitRefusal           = "unique-permit-refusal"
	TypeUniquePermitTermination       = "unique-permit-termination"
	TypePermanentResidenceRefusal     = "permanent-residence-refusal"
	TypePermanentResidenceTermination = "permanent-residence-termination"
	TypeReturnDecision                = "return-decision"
	TypeDetention                     = "detention"
	TypeCourtExpulsion                = "residence-cancellation-court-expulsion"
)

// DecisionType describes one kind of paper a person may hold.
type DecisionType struct {
	ID string
	// Title and Description are message ids: a short plain-language name
	// ("My temporary residence was ended") and a sentence or two on what it is.
	Title, Description string
	// Heading is the Serbian heading printed on that kind of paper, in Cyrillic
	// (the interface transliterates it for Serbian Latin). It is printed Serbian text,
	// the same in every interface language, so it is not a message id.
	Heading string
	// HeadingFromLaw: the words of the heading are the law's own term for the act
	// (legal-reference.md §1.2, seen); false means the wording is inferred from the
	// article and may differ on the actual paper.
	HeadingFromLaw bool
	// Article is the article of the Law on Foreigners (ZoS) the decision rests on.
	Article string
	// SetsDeparture: the decision may set a period to leave Serbia and an entry ban
	// (ZoS Art. 66(2), 46ж(2), 72(4), 77(4), 78, 81(2)).
	SetsDeparture bool
	// DepartureCap is the statutory maximum departure period in days, 0 if none;
	// DepartureCapArticle and DepartureCapPara the article of the Law on Foreigners
	// and its paragraph that set it ("66", "2").
	DepartureCap                          int
	DepartureCapArticle, DepartureCapPara string
}

// DecisionTypes lists the ten types in the order the first question shows them:
// the most frequent security cases first.
var DecisionTypes = []DecisionType{
	{
		ID: TypeTemporaryResidenceTermination, Title: "interview.type.temporary-residence-termination.title",
		Description: "interview.type.temporary-residence-termination.description",
		// Law's term: ZoS Art. 66 „престанак права на привремени боравак“.
		Heading: "РЕШЕЊЕ о престанку права на привремени боравак", HeadingFromLaw: true, Article: "ZoS Art. 66",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "66", DepartureCapPara: "2",
	},
	{
		ID: TypeEntryRefusal, Title: "interview.type.entry-refusal.title",
		Description: "interview.type.entry-refusal.description",
		// Law's term: ZoS Art. 15(2) „одлуке о одбијању уласка издате на прописаном обрасцу“.
		Heading: "ОДЛУКА о одбијању уласка", HeadingFromLaw: true, Article: "ZoS Art. 15, 38",
	},
	{
		ID: TypeReturnDecision, Title: "interview.type.return-decision.title",
		Description: "interview.type.return-decision.description",
		// Law's term: ZoS Art. 77, 80 „решење о враћању“.
		Heading: "РЕШЕЊЕ о враћању", HeadingFromLaw: true, Article: "ZoS Art. 77, 80",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "77", DepartureCapPara: "4",
	},
	{
		ID: TypeTemporaryResidenceRefusal, Title: "interview.type.temporary-residence-refusal.title",
		Description: "interview.type.temporary-residence-refusal.description",
		// Inferred wording: ZoS Art. 45 speaks of refusing the application
		// (одбијање захтева за привремени боравак / продужење); the heading is not quoted.
		Heading: "РЕШЕЊЕ о одбијању захтева за одобрење привременог боравка", Article: "ZoS Art. 45",
	},
	{
		ID: TypePermanentResidenceRefusal, Title: "interview.type.permanent-residence-refusal.title",
		Description: "interview.type.permanent-residence-refusal.description",
		// Law's term: ZoS Art. 71 „одбијање захтева за стално настањење“.
		Heading: "РЕШЕЊЕ о одбијању захтева за стално настањење", HeadingFromLaw: true, Article: "ZoS Art. 71",
	},
	{
		ID: TypePermanentResidenceTermination, Title: "interview.type.permanent-residence-termination.title",
		Description: "interview.type.permanent-residence-termination.description",
		// Law's term: ZoS Art. 72 „престанак права на стално настањење“.
		Heading: "РЕШЕЊЕ о престанку права на стално настањење", HeadingFromLaw: true, Article: "ZoS Art. 72",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "72", DepartureCapPara: "4",
	},
	{
		ID: TypeUniquePermitRefusal, Title: "interview.type.unique-permit-refusal.title",
		Description: "interview.type.unique-permit-refusal.description",
		// Inferred wording: ZoS Art. 46ђ (refusal of the unique permit); heading not quoted.
		Heading: "РЕШЕЊЕ о одбијању захтева за издавање јединствене дозволе", Article: "ZoS Art. 46ђ",
	},
	{
		ID: TypeUniquePermitTermination, Title: "interview.type.unique-permit-termination.title",
		Description: "interview.type.unique-permit-termination.description",
		// Inferred wording: ZoS Art. 46ж (termination of the unique permit, as Art. 66);
		// heading not quoted.
		Heading: "РЕШЕЊЕ о престанку важења јединствене дозволе", Article: "ZoS Art. 46ж",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "46ж", DepartureCapPara: "2",
	},
	{
		ID: TypeDetention, Title: "interview.type.detention.title",
		Description: "interview.type.detention.description",
		// Inferred wording: ZoS Art. 87 (placement in the Shelter for foreigners);
		// the heading's exact words are not quoted in legal-reference.md.
		Heading: "РЕШЕЊЕ о смештају у прихватилиште за странце", Article: "ZoS Art. 87, 90",
	},
	{
		ID: TypeCourtExpulsion, Title: "interview.type.residence-cancellation-court-expulsion.title",
		Description: "interview.type.residence-cancellation-court-expulsion.description",
		// Law's term: ZoS Art. 81(2) „решење о отказу боравка и забрани уласка“.
		Heading: "РЕШЕЊЕ о отказу боравка и забрани уласка", HeadingFromLaw: true, Article: "ZoS Art. 81(2)",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "81", DepartureCapPara: "2",
	},
}

// LookupDecisionType returns the description of id, or false for an unknown id.
func LookupDecisionType(id string) (DecisionType, bool) {
	for _, t := range DecisionTypes {
		if t.ID == id {
			return t, true
		}
	}
	return DecisionType{}, false
}

// Delivery methods of "decision.service" (legal-reference.md §2.5, ZUP Art. 71, 75–78).
const (
	ServicePersonal  = "personal"        // handed over in person (ZUP Art. 75)
	ServiceRefused   = "refused"         // refused to sign or accept (ZUP Art. 75(4), 77(2))
	ServiceNotice    = "notice"          // not found; a notice was left (ZUP Art. 75(5)–(6))
	ServiceHousehold = "household"       // given to an adult household member (ZUP Art. 76)
	ServiceRegMail   = "registered-mail" // registered mail, return receipt (ZUP Art. 71)
	ServiceMail      = "mail"            // ordinary mail (ZUP Art. 71)
	ServicePublic    = "public"          // public notice (ZUP Art. 78)
)

// ServiceMethods lists the delivery methods in the order the interview offers them.
var ServiceMethods = []string{ServicePersonal, ServiceRefused, ServiceNotice, ServiceHousehold, ServiceRegMail, ServiceMail, ServicePublic}
