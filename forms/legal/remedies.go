package legal

// Counting rules cited by every appeal and every lawsuit.
var (
	zupCounting = []Citation{Cite(ZUP, "80", ""), Cite(ZUP, "81", "")}
	// Lawsuits: ZUS Art. 74 sends counting to ZPP; ZPP Art. 103(4) moves a last day on a
	// holiday, a Sunday or another day the court does not work.
	zusCounting = []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "103", "")}
)

func citep(l Law, article, para string) *Citation { c := Cite(l, article, para); return &c }

// The second instance of the Law on Foreigners decides within 60 days of receiving a
// proper appeal (ZUP Art. 174; ZoS Art. 38(2) says so itself for visas and entry).
var zup174 = citep(ZUP, "174", "")

// remedies is the table of remedies, one row per decision type. Every citation was read
// in the consolidated text of the law it names; InferredPoints marks what is not.
var remedies = map[DecisionType]Remedy{
	EntryRefusal: {
		Kind: Appeal, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "38", "1"),
		Counting:      zupCounting,
		FirstInstance: BorderPolice, LodgedWith: BorderPolice, LodgedWithBasis: Cite(ZoS, "38", "1"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "38", "2"),
		DecidedWithinDays: 60, DecidedWithinBasis: citep(ZoS, "38", "2"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "38", "3"),
		SuspensiveExceptionID: "legal.suspensive.except_art83",
		PostponeAtCourt:       true,
		Articles: []Citation{Cite(ZoS, "15", "6"), Cite(ZoS, "38", "1"), Cite(ZoS, "38", "2"),
			Cite(ZoS, "38", "3"), Cite(ZoS, "83", "3")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "38", "4"),
		Confidence: Seen,
	},
	TemporaryResidenceRefusal: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "45", "2"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "45", "2"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "45", "4"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "45", "5"),
		Articles:     []Citation{Cite(ZoS, "45", "2"), Cite(ZoS, "45", "5"), Cite(ZoS, "45", "6"), Cite(ZoS, "41", "7")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "45", "6"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.stay_during_appeal"},
	},
	TemporaryResidenceTermination: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "66", "5"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "66", "5"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "66", "7"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: SuspendsUnlessDeparture, SuspensiveBasis: Cite(ZoS, "66", "8"),
		SuspensiveExceptionID: "legal.suspensive.except_departure",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "66", "2"), From: FromDelivery,
			MaxDays: 30, Confidence: Seen},
		Articles: []Citation{Cite(ZoS, "66", "1"), Cite(ZoS, "66", "2"), Cite(ZoS, "66", "4"),
			Cite(ZoS, "66", "5"), Cite(ZoS, "66", "7"), Cite(ZoS, "66", "8")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "66", "9"),
		Confidence:     Seen,
		InferredPoints: []string{"suspensive"},
		NoteIDs:        []string{"legal.note.departure_exception_inferred"},
	},
	UniquePermitRefusal: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "46ђ", "2"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "46ђ", "2"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "46ђ", "4"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "46ђ", "5"),
		Articles:     []Citation{Cite(ZoS, "46ђ", "2"), Cite(ZoS, "46ђ", "5"), Cite(ZoS, "46ђ", "6")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "46ђ", "6"),
		Confidence: Seen,
	},
	UniquePermitTermination: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "46ж", "6"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "46ж", "6"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "46ж", "8"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: SuspendsUnlessDeparture, SuspensiveBasis: Cite(ZoS, "46ж", "9"),
		SuspensiveExceptionID: "legal.suspensive.except_departure",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "46ж", "2"), From: FromDelivery,
			MaxDays: 30, Confidence: Seen},
		Articles:     []Citation{Cite(ZoS, "46ж", "2"), Cite(ZoS, "46ж", "5"), Cite(ZoS, "46ж", "6"), Cite(ZoS, "46ж", "9")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "46ж", "10"),
		Confidence:     Seen,
		InferredPoints: []string{"suspensive"},
		NoteIDs:        []string{"legal.note.departure_exception_inferred"},
	},
	PermanentResidenceRefusal: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "71", "4"),
		Counting:      zupCounting,
		FirstInstance: MUP, LodgedWith: MUP, LodgedWithBasis: Cite(ZoS, "71", "4"),
		DecidedBy: Government, DecidedByBasis: Cite(ZoS, "71", "6"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "71", "7"),
		Articles: []Citation{Cite(ZoS, "69", "2"), Cite(ZoS, "71", "2"), Cite(ZoS, "71", "3"),
			Cite(ZoS, "71", "4"), Cite(ZoS, "71", "6"), Cite(ZoS, "71", "7")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "71", "8"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.temporary_residence_unaffected"},
	},
	PermanentResidenceTermination: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "72", "7"),
		Counting:      zupCounting,
		FirstInstance: MUP, LodgedWith: MUP, LodgedWithBasis: Cite(ZoS, "72", "7"),
		DecidedBy: Government, DecidedByBasis: Cite(ZoS, "72", "10"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "72", "9"),
		// 72(4) sets "at most 30 days" without saying from when.
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "72", "4"), From: FromUnstated,
			MaxDays: 30, Confidence: Inferred},
		Articles: []Citation{Cite(ZoS, "72", "3"), Cite(ZoS, "72", "4"), Cite(ZoS, "72", "6"),
			Cite(ZoS, "72", "7"), Cite(ZoS, "72", "9"), Cite(ZoS, "72", "10")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "72", "11"),
		Confidence:     Seen,
		InferredPoints: []string{"departure"},
		NoteIDs:        []string{"legal.note.pr_termination_suspends"},
	},
	ReturnDecision: {
		Kind: Appeal, Period: Period{15, Days}, From: FromDelivery,
		PeriodBasis:   Cite(ZoS, "80", "1"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "80", "1"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "80", "2"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "80", "3"),
		SuspensiveExceptionID: "legal.suspensive.except_art83_humanitarian",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "77", "4"), From: FromIssuance,
			MinDays: 7, MaxDays: 30, Shortened: citep(ZoS, "77", "7"), Extension: citep(ZoS, "77", "5"), Confidence: Seen},
		Articles: []Citation{Cite(ZoS, "74", "2"), Cite(ZoS, "75", ""), Cite(ZoS, "77", "4"),
			Cite(ZoS, "80", "1"), Cite(ZoS, "80", "2"), Cite(ZoS, "80", "3"), Cite(ZoS, "83", "3")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "80", "4"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.immediate_departure", "legal.note.translation"},
	},
	Detention: {
		Kind: Lawsuit, Period: Period{8, Days}, From: FromHanding,
		PeriodBasis:   Cite(ZoS, "90", "2"),
		NoAppeal:      citep(ZoS, "90", "1"),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, LodgedWithBasis: Cite(ZUS, "20", ""),
		DecidedBy: AdministrativeCourt, DecidedByBasis: Cite(ZoS, "90", "2"),
		DecidedWithinDays: 15, DecidedWithinBasis: citep(ZoS, "90", "4"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "90", "3"),
		Articles:   []Citation{Cite(ZoS, "87", ""), Cite(ZoS, "90", "1"), Cite(ZoS, "90", "2"), Cite(ZoS, "90", "3"), Cite(ZUS, "14", "")},
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.detention_court_15_days", "legal.note.detention_filing"},
	},
	CourtExpulsionCancellation: {
		Kind: Lawsuit, Period: Period{30, Days}, From: FromDelivery,
		PeriodBasis:   Cite(ZUS, "18", "1"),
		NoAppeal:      citep(ZoS, "81", "2"),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, LodgedWithBasis: Cite(ZUS, "20", ""),
		DecidedBy: AdministrativeCourt, DecidedByBasis: Cite(ZoS, "81", "2"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZUS, "23", "1"),
		PostponeAtCourt: true,
		// 81(2) sets "at most 30 days" without saying from when.
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "81", "2"), From: FromUnstated,
			MaxDays: 30, Confidence: Inferred},
		Articles:       []Citation{Cite(ZoS, "81", "2"), Cite(ZUS, "14", ""), Cite(ZUS, "18", "1"), Cite(ZUS, "23", "2")},
		Confidence:     Seen,
		InferredPoints: []string{"departure"},
		NoteIDs:        []string{"legal.note.no_appeal_lawsuit", "legal.note.court_measure_stands"},
	},
	ShortStayCancellation: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "39", "5"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "39", "5"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "39", "6"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "39", "7"),
		PostponeAtCourt: true,
		// 39(3) sets "at most 30 days" without saying from when.
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "39", "3"), From: FromUnstated,
			MaxDays: 30, Confidence: Inferred},
		Articles: []Citation{Cite(ZoS, "39", "3"), Cite(ZoS, "39", "4"), Cite(ZoS, "39", "5"),
			Cite(ZoS, "39", "6"), Cite(ZoS, "39", "7"), Cite(ZoS, "39", "8")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZUS, "14", ""),
		Confidence:     Seen,
		InferredPoints: []string{"departure"},
		NoteIDs:        []string{"legal.note.short_stay_d_visa"},
	},
	ObligatoryResidence: {
		Kind: Appeal, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "93", "7"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "93", "7"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "93", "8"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "93", "9"),
		PostponeAtCourt: true,
		Articles: []Citation{Cite(ZoS, "93", "1"), Cite(ZoS, "93", "4"), Cite(ZoS, "93", "7"),
			Cite(ZoS, "93", "8"), Cite(ZoS, "93", "9")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "93", "10"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.obligatory_extension"},
	},
	RemovalPostponement: {
		Kind: Appeal, Period: Period{8, Days}, From: FromDelivery,
		PeriodBasis:   Cite(ZoS, "85", "4"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, LodgedWithBasis: Cite(ZoS, "85", "4"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "85", "7"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "85", "6"),
		Articles:     []Citation{Cite(ZoS, "84", "1"), Cite(ZoS, "85", "1"), Cite(ZoS, "85", "2"), Cite(ZoS, "85", "4"), Cite(ZoS, "85", "6")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "85", "8"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.postponement_refusal_not_named"},
	},
	VisaRefusal: {
		Kind: Appeal, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "38", "1"),
		Counting:      zupCounting,
		FirstInstance: Issuer, LodgedWith: Issuer, LodgedWithBasis: Cite(ZoS, "38", "1"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "38", "2"),
		DecidedWithinDays: 60, DecidedWithinBasis: citep(ZoS, "38", "2"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "38", "3"),
		SuspensiveExceptionID: "legal.suspensive.except_art83",
		PostponeAtCourt:       true,
		Articles: []Citation{Cite(ZoS, "37", "6"), Cite(ZoS, "38", "1"), Cite(ZoS, "38", "2"),
			Cite(ZoS, "38", "3"), Cite(ZoS, "83", "3")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "38", "4"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.visa_consulate", "legal.note.visa_own_request"},
	},
	TravelDocumentRefusal: {
		Kind: Appeal, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "99", "3"),
		Counting:      zupCounting,
		FirstInstance: Issuer, LodgedWith: Issuer, LodgedWithBasis: Cite(ZoS, "99", "3"),
		DecidedBy: MUP, DecidedByBasis: Cite(ZoS, "99", "5"),
		DecidedWithinDays: 60, DecidedWithinBasis: zup174,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "99", "6"),
		Articles:     []Citation{Cite(ZoS, "99", "1"), Cite(ZoS, "99", "3"), Cite(ZoS, "99", "5"), Cite(ZoS, "99", "6")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "99", "7"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.travel_document_ministry"},
	},
	EntryBanLiftingRefusal: {
		Kind: Lawsuit, Period: Period{30, Days}, From: FromDelivery,
		PeriodBasis:   Cite(ZUS, "18", "1"),
		NoAppeal:      citep(ZoS, "79", "2"),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, LodgedWithBasis: Cite(ZUS, "20", ""),
		DecidedBy: AdministrativeCourt, DecidedByBasis: Cite(ZoS, "79", "2"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZUS, "23", "1"),
		Articles:   []Citation{Cite(ZoS, "79", "1"), Cite(ZoS, "79", "2"), Cite(ZUS, "14", ""), Cite(ZUS, "18", "1")},
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.no_appeal_lawsuit_generic", "legal.note.ban_lifting_again"},
	},
	PermitDeclaredInvalid: {
		Kind: Lawsuit, Period: Period{30, Days}, From: FromDelivery,
		PeriodBasis:   Cite(ZUS, "18", "1"),
		NoAppeal:      citep(ZoS, "108", "3"),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, LodgedWithBasis: Cite(ZUS, "20", ""),
		DecidedBy: AdministrativeCourt, DecidedByBasis: Cite(ZoS, "108", "3"),
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZUS, "23", "1"),
		Articles:   []Citation{Cite(ZoS, "108", "2"), Cite(ZoS, "108", "3"), Cite(ZoS, "109", "1"), Cite(ZoS, "109", "2"), Cite(ZUS, "18", "1")},
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.no_appeal_lawsuit_generic", "legal.note.permit_invalid_109"},
	},
	// Asylum: the Law on Foreigners does not apply (ZoS Art. 2(1)(1)). The row gives the
	// shortest period of the asylum law (5 days at the border or in a transit zone, Art.
	// 41); Compute uses 8 days (Art. 40, 42) where the application was made inside the
	// country. Appeals are addressed to the Asylum Commission (Art. 21); where they are
	// handed in follows ZUP Art. 160(1) through Art. 3 of the asylum law (inferred).
	Asylum: {
		Kind: Appeal, Period: Period{5, Days}, From: FromHanding,
		PeriodBasis:   Cite(ZAPZ, "41", "7"),
		Counting:      zupCounting,
		FirstInstance: AsylumOffice, LodgedWith: AsylumOffice, LodgedWithBasis: Cite(ZUP, "160", "1"),
		DecidedBy: AsylumCommission, DecidedByBasis: Cite(ZAPZ, "21", "1"),
		Suspensive: Suspends, SuspensiveBasis: Cite(ZAPZ, "95", "2"),
		Articles:     []Citation{CiteItem(ZoS, "2", "1", "1"), Cite(ZAPZ, "40", "5"), Cite(ZAPZ, "41", "7"), Cite(ZAPZ, "42", "4"), Cite(ZAPZ, "95", "")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZAPZ, "22", ""),
		Confidence:     Inferred,
		InferredPoints: []string{"lodged_with", "period"},
		NoteIDs:        []string{"legal.note.asylum_lawyer", "legal.note.asylum_legal_aid"},
	},
	// Other: the period and the body come from the legal-remedy instruction (ZUP Art.
	// 141(5)); without one, the shortest period that could apply (8 days; 5 where asylum
	// was asked at the border). Whether it suspends depends on the law behind it.
	Other: {
		Kind: AnyRemedy, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZUP, "141", "5"),
		Counting:      zupCounting,
		FirstInstance: Issuer, LodgedWith: InstructionBody, LodgedWithBasis: Cite(ZUP, "141", "5"),
		DecidedBy: InstructionBody, DecidedByBasis: Cite(ZUP, "141", "5"),
		Suspensive: SuspensiveUnknown, SuspensiveBasis: Cite(ZUP, "154", ""),
		PostponeAtCourt: true,
		Articles:        []Citation{Cite(ZUP, "141", "5"), Cite(ZUP, "141", "6"), Cite(ZUP, "153", "1"), Cite(ZUP, "154", "")},
		Confidence:      Inferred,
		InferredPoints:  []string{"period", "lodged_with", "decided_by", "suspensive"},
		NoteIDs:         []string{"legal.note.other_lawyer"},
	},
}

// RemedyFor returns the remedy against a decision of type t; ok is false for an
// unknown type. The returned value is a copy the caller may keep.
func RemedyFor(t DecisionType) (r Remedy, ok bool) {
	r, ok = remedies[t]
	if !ok {
		return Remedy{}, false
	}
	r.Decision = t
	r.Counting = append([]Citation(nil), r.Counting...)
	r.Articles = append([]Citation(nil), r.Articles...)
	r.NoteIDs = append([]string(nil), r.NoteIDs...)
	r.InferredPoints = append([]string(nil), r.InferredPoints...)
	if r.Departure != nil {
		d := *r.Departure
		r.Departure = &d
	}
	return r, true
}

// Remedies returns the remedy of every decision type, in DecisionTypes order.
func Remedies() []Remedy {
	out := make([]Remedy, 0, len(DecisionTypes))
	for _, t := range DecisionTypes {
		r, _ := RemedyFor(t)
		out = append(out, r)
	}
	return out
}

// Other remedies and requests, with their articles.
var (
	// PostponeBasis: request to the Administrative Court to postpone execution before a
	// lawsuit, while a non-suspensive appeal is pending; decided within 5 days.
	PostponeBasis = []Citation{CiteItem(ZUS, "23", "3", "2"), Cite(ZUS, "23", "4")}
	// PostponeWithLawsuitBasis: with the lawsuit (ZUS Art. 23(2)), or before it in
	// urgency (23(3)(1)); decided within 5 days (23(4)).
	PostponeWithLawsuitBasis = []Citation{Cite(ZUS, "23", "2"), CiteItem(ZUS, "23", "3", "1"), Cite(ZUS, "23", "4")}
	// InspectFileBasis: request to inspect the file (ZUP Art. 64); answer in 8 days,
	// appeal 8 days against a refusal or silence (Art. 65(2)–(3)).
	InspectFileBasis = []Citation{Cite(ZUP, "64", ""), Cite(ZUP, "65", "")}
	// RestorationBasis: restoration of the previous state after a missed appeal deadline.
	RestorationBasis = []Citation{Cite(ZUP, "82", ""), Cite(ZUP, "83", "")}
	// CourtRestorationBasis: restoration after a missed lawsuit deadline (ZPP through ZUS Art. 74).
	CourtRestorationBasis = []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "109", ""), Cite(ZPP, "110", ""), Cite(ZPP, "111", "")}
	// ConstitutionalRestorationBasis: restoration of the constitutional appeal deadline.
	ConstitutionalRestorationBasis = []Citation{Cite(ZUSud, "84", "2"), Cite(ZUSud, "84", "3")}
	// ReopeningBasis: reopening of a final decision (90 days from learning of the ground).
	ReopeningBasis = []Citation{Cite(ZUP, "176", "1"), Cite(ZUP, "177", "1"), Cite(ZUP, "178", "1")}
	// BanLiftingBasis: lifting or shortening an entry ban after half of it has run.
	BanLiftingBasis = []Citation{Cite(ZoS, "79", "1")}
	// LawsuitBasis: lawsuit 30 days from delivery of the second-instance act.
	LawsuitBasis = []Citation{Cite(ZUS, "18", "1")}
	// SilenceBasis: the reminder and the lawsuit for silence of the second instance.
	SilenceBasis = []Citation{Cite(ZUS, "19", "1"), CiteItem(ZUS, "26", "1", "1")}
	// ConstitutionalBasis: constitutional appeal 30 days from delivery.
	ConstitutionalBasis = []Citation{Cite(ZUSud, "84", "1")}
	// RemedyInstructionBasis: request to supplement a decision without a legal-remedy instruction.
	RemedyInstructionBasis = []Citation{Cite(ZUP, "141", "6")}
)
