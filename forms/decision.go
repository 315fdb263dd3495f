package forms

import "appealdesk/forms/legal"

// The decision types ("decision.type"). Their remedies and periods are in forms/legal;
// here is what the interview needs to let a person find theirs.
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
	TypeShortStayCancellation         = "short-stay-cancellation"
	TypeObligatoryResidence           = "obligatory-residence"
	TypeRemovalPostponement           = "removal-postponement"
	TypeVisaRefusal                   = "visa-refusal"
	TypeTravelDocumentRefusal         = "travel-document-refusal"
	TypeEntryBanLiftingRefusal        = "entry-ban-lifting-refusal"
	TypePermitDeclaredInvalid         = "permit-declared-invalid"
	TypeAsylum                        = "asylum"
	TypeOther                         = "other"
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
	// (read in the article); false means the wording is inferred from the article and
	// may differ on the actual paper.
	HeadingFromLaw bool
	// LawTerm is, where no heading printed on such a paper is known (Heading is ""),
	// the statute's own words for the act, in Cyrillic, and LawTermCites the articles
	// they are taken from. The interface says "the law calls it …", never that it is
	// printed on the paper.
	LawTerm      string
	LawTermCites []legal.Citation
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

// DecisionTypes lists the types in the order the first question shows them: the most
// frequent security cases first, then the rarer decisions of the Law on Foreigners,
// asylum, and "another decision".
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
		// Inferred wording: ZoS Art. 87(1) names it "решење … о смештају странца у
		// прихватилиште"; the heading printed on the paper is not given by statute.
		Heading: "РЕШЕЊЕ о смештају у прихватилиште за странце", Article: "ZoS Art. 87, 90",
	},
	{
		ID: TypeCourtExpulsion, Title: "interview.type.residence-cancellation-court-expulsion.title",
		Description: "interview.type.residence-cancellation-court-expulsion.description",
		// Law's term: ZoS Art. 81(2) „решење о отказу боравка и забрани уласка“.
		Heading: "РЕШЕЊЕ о отказу боравка и забрани уласка", HeadingFromLaw: true, Article: "ZoS Art. 81(2)",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "81", DepartureCapPara: "2",
	},
	// The types below have no sample paper: no heading is claimed, only the law's words.
	{
		ID: TypeShortStayCancellation, Title: "interview.type.short-stay-cancellation.title",
		Description: "interview.type.short-stay-cancellation.description",
		LawTerm:     "решење о отказу краткотрајног боравка и забрани уласка", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "39", "5")},
		Article:       "ZoS Art. 39",
		SetsDeparture: true, DepartureCap: 30, DepartureCapArticle: "39", DepartureCapPara: "3",
	},
	{
		ID: TypeObligatoryResidence, Title: "interview.type.obligatory-residence.title",
		Description: "interview.type.obligatory-residence.description",
		LawTerm:     "решење о обавезном боравку у одређеном месту", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "87", "3"), legal.Cite(legal.ZoS, "93", "1")},
		Article: "ZoS Art. 93",
	},
	{
		ID: TypeRemovalPostponement, Title: "interview.type.removal-postponement.title",
		Description: "interview.type.removal-postponement.description",
		LawTerm:     "решење о одлагању принудног удаљења / решење којим се укида одлагање принудног удаљења", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "85", "4")},
		Article: "ZoS Art. 84, 85",
	},
	{
		ID: TypeVisaRefusal, Title: "interview.type.visa-refusal.title",
		Description: "interview.type.visa-refusal.description",
		LawTerm:     "одлука о одбијању захтева за визу / одлука о укидању или поништавању визе", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "37", "5"), legal.Cite(legal.ZoS, "38", "1")},
		Article: "ZoS Art. 37, 38",
	},
	{
		ID: TypeTravelDocumentRefusal, Title: "interview.type.travel-document-refusal.title",
		Description: "interview.type.travel-document-refusal.description",
		LawTerm:     "решење о одбијању захтева за издавање путне исправе за странца", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "99", "3")},
		Article: "ZoS Art. 99",
	},
	{
		ID: TypeEntryBanLiftingRefusal, Title: "interview.type.entry-ban-lifting-refusal.title",
		Description: "interview.type.entry-ban-lifting-refusal.description",
		LawTerm:     "одлука о одбијању захтева за укидање, односно скраћивање забране уласка", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "79", "2")},
		Article: "ZoS Art. 79",
	},
	{
		ID: TypePermitDeclaredInvalid, Title: "interview.type.permit-declared-invalid.title",
		Description: "interview.type.permit-declared-invalid.description",
		LawTerm:     "решење о проглашавању неважећом личне карте за странца / дозволе за привремени боравак, односно јединствене дозволе", LawTermCites: []legal.Citation{legal.Cite(legal.ZoS, "108", "3"), legal.Cite(legal.ZoS, "109", "2")},
		Article: "ZoS Art. 108, 109",
	},
	{
		ID: TypeAsylum, Title: "interview.type.asylum.title",
		Description: "interview.type.asylum.description",
		Article:     "ZoS Art. 2(1)(1)",
	},
	{
		ID: TypeOther, Title: "interview.type.other.title",
		Description: "interview.type.other.description",
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

// Delivery methods of "decision.service" (ZUP Art. 66–78; the rules are in forms/legal).
const (
	ServicePersonal        = "personal"          // handed over in person (ZUP Art. 75(3))
	ServiceRepresentative  = "representative"    // served on the person's lawyer or representative for receipt (ZUP Art. 66(6), 69(3))
	ServiceRefused         = "refused"           // refused to SIGN the delivery slip: served that day (ZUP Art. 77(2)); old files keep this meaning
	ServiceRefusedToAccept = "refused-to-accept" // refused to TAKE the paper: a notice is left (ZUP Art. 75(4), 75(6))
	ServiceNotice          = "notice"            // not found; a notice was left (ZUP Art. 75(5)–(6))
	ServiceHousehold       = "household"         // given to an adult household member (ZUP Art. 76)
	ServiceRegMail         = "registered-mail"   // registered mail, return receipt (ZUP Art. 71(3))
	ServiceMail            = "mail"              // ordinary mail (ZUP Art. 71(2))
	ServicePublic          = "public"            // public notice (ZUP Art. 78)
)

// ServiceMethods lists the delivery methods in the order the interview offers them.
var ServiceMethods = []string{ServicePersonal, ServiceRepresentative, ServiceRefused, ServiceRefusedToAccept,
	ServiceNotice, ServiceHousehold, ServiceRegMail, ServiceMail, ServicePublic}

// Who signed a registered-mail receipt (decision.signed_by).
const (
	SignedBySelf  = "self"
	SignedByOther = "other"
)

// What a decision on the postponement of forced removal did (decision.postponement).
const (
	PostponementGranted = "granted" // ZoS Art. 84, 85(1)
	PostponementRevoked = "revoked" // ZoS Art. 85(2)
)

// What a decision on obligatory residence did (decision.obligatory).
const (
	ObligatoryOrdered      = legal.ObligatoryOrdered      // ZoS Art. 93(1), (2)
	ObligatoryLeaveRefused = legal.ObligatoryLeaveRefused // ZoS Art. 93(4)
)

// Where asylum was asked (decision.asylum).
const (
	AsylumNo     = "no"
	AsylumBorder = "border"
	AsylumInside = "inside"
)
