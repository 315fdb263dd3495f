package legal

// Counting rules cited by every appeal and every lawsuit.
var (
	zupCounting = []Citation{Cite(ZUP, "80", ""), Cite(ZUP, "81", "")}
	// Lawsuits: ZUS Art. 74 sends counting to ZPP; ZPP Art. 103(4) moves a last day on a
	// holiday, a Sunday or another day the court does not work (legal-reference.md §3).
	zusCounting = []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "103", "4")}
)

// remedies is the table of legal-reference.md §8, one row per decision type.
var remedies = map[DecisionType]Remedy{
	EntryRefusal: {
		Kind: Appeal, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "38", "1"),
		Counting:      zupCounting,
		FirstInstance: BorderPolice, LodgedWith: BorderPolice, DecidedBy: MUP,
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
		PeriodBasis:   Cite(ZoS, "45", ""),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, DecidedBy: MUP,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "45", ""),
		Articles:     []Citation{Cite(ZoS, "45", "2–6"), Cite(ZoS, "41", "7")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "45", ""),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.stay_during_appeal"},
	},
	TemporaryResidenceTermination: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "66", "5"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, DecidedBy: MUP,
		Suspensive: SuspendsUnlessDeparture, SuspensiveBasis: Cite(ZoS, "66", "8"),
		SuspensiveExceptionID: "legal.suspensive.except_departure",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "66", "2"), From: FromReceipt,
			MaxDays: 30, Confidence: Seen},
		Articles: []Citation{Cite(ZoS, "66", "1"), Cite(ZoS, "66", "2"), Cite(ZoS, "66", "4"),
			Cite(ZoS, "66", "5"), Cite(ZoS, "66", "7"), Cite(ZoS, "66", "8")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "66", "9"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.departure_exception_inferred"},
	},
	UniquePermitRefusal: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "46ђ", "2–5"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, DecidedBy: MUP,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "46ђ", "2–5"),
		Articles:     []Citation{Cite(ZoS, "46ђ", "2–5")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "46ђ", "2–5"),
		Confidence: Seen,
	},
	UniquePermitTermination: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "46ж", "6–9"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, DecidedBy: MUP,
		Suspensive: SuspendsUnlessDeparture, SuspensiveBasis: Cite(ZoS, "46ж", "6–9"),
		SuspensiveExceptionID: "legal.suspensive.except_departure",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "46ж", "2"), From: FromReceipt,
			MaxDays: 30, Confidence: Seen},
		Articles:     []Citation{Cite(ZoS, "46ж", "2"), Cite(ZoS, "46ж", "6–9")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "46ж", "6–9"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.departure_exception_inferred"},
	},
	PermanentResidenceRefusal: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "71", "4"),
		Counting:      zupCounting,
		FirstInstance: MUP, LodgedWith: MUP, DecidedBy: Government,
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
		FirstInstance: MUP, LodgedWith: MUP, DecidedBy: Government,
		Suspensive: Suspends, SuspensiveBasis: Cite(ZoS, "72", "9"),
		// 72(4) sets "at most 30 days" without saying from when: from receipt is inferred.
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "72", "4"), From: FromReceipt,
			MaxDays: 30, Confidence: Inferred},
		Articles: []Citation{Cite(ZoS, "72", "3"), Cite(ZoS, "72", "4"), Cite(ZoS, "72", "6"),
			Cite(ZoS, "72", "7"), Cite(ZoS, "72", "9"), Cite(ZoS, "72", "10")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "72", "11"),
		Confidence: Seen,
	},
	ReturnDecision: {
		Kind: Appeal, Period: Period{15, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "80", "1"),
		Counting:      zupCounting,
		FirstInstance: FirstInstance, LodgedWith: FirstInstance, DecidedBy: MUP,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "80", "3"),
		SuspensiveExceptionID: "legal.suspensive.except_art83_humanitarian",
		PostponeAtCourt:       true,
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "77", "4"), From: FromIssuance,
			MinDays: 7, MaxDays: 30, Confidence: Seen},
		Articles: []Citation{Cite(ZoS, "74", "2"), Cite(ZoS, "75", ""), Cite(ZoS, "77", "4"),
			Cite(ZoS, "80", "1"), Cite(ZoS, "80", "2"), Cite(ZoS, "80", "3"), Cite(ZoS, "83", "3")},
		LaterLawsuit: true, LaterLawsuitBasis: Cite(ZoS, "80", "4"),
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.immediate_departure"},
	},
	Detention: {
		Kind: Lawsuit, Period: Period{8, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZoS, "90", ""),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZoS, "90", ""),
		Articles:   []Citation{Cite(ZoS, "87", ""), Cite(ZoS, "90", ""), Cite(ZUS, "18", "1")},
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.detention_court_15_days"},
	},
	CourtExpulsionCancellation: {
		Kind: Lawsuit, Period: Period{30, Days}, From: FromReceipt,
		PeriodBasis:   Cite(ZUS, "18", "1"),
		Counting:      zusCounting,
		FirstInstance: FirstInstance, LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt,
		Suspensive: DoesNotSuspend, SuspensiveBasis: Cite(ZUS, "23", "1"),
		// 81(2) sets "at most 30 days" without saying from when: from receipt is inferred.
		Departure: &DeparturePeriod{Basis: Cite(ZoS, "81", "2"), From: FromReceipt,
			MaxDays: 30, Confidence: Inferred},
		Articles:   []Citation{Cite(ZoS, "81", "2"), Cite(ZUS, "18", "1"), Cite(ZUS, "23", "2")},
		Confidence: Seen,
		NoteIDs:    []string{"legal.note.no_appeal_lawsuit"},
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

// Other remedies and requests, with their articles (legal-reference.md §2.4, §2.6, §3, §4, §5).
var (
	// PostponeBasis: request to the Administrative Court to postpone execution before a
	// lawsuit, while a non-suspensive appeal is pending; decided within 5 days.
	PostponeBasis = []Citation{Cite(ZUS, "23", "3"), Cite(ZUS, "23", "4")}
	// InspectFileBasis: request to inspect the file; answer in 8 days, appeal 8 days.
	InspectFileBasis = []Citation{Cite(ZUP, "64", ""), Cite(ZUP, "65", "")}
	// RestorationBasis: restoration of the previous state after a missed deadline.
	RestorationBasis = []Citation{Cite(ZUP, "82", ""), Cite(ZUP, "83", "")}
	// LawsuitBasis: lawsuit 30 days from delivery of the second-instance act.
	LawsuitBasis = []Citation{Cite(ZUS, "18", "1")}
	// ConstitutionalBasis: constitutional appeal 30 days from delivery.
	ConstitutionalBasis = []Citation{Cite(ZUSud, "84", "1")}
	// RemedyInstructionBasis: request to supplement a decision without a legal-remedy instruction.
	RemedyInstructionBasis = []Citation{Cite(ZUP, "141", "6")}
)
