package legal

import (
	"strings"

	"appealdesk/locales"
)

// Rulebook renders every rule of this package as Markdown in tr's language, from the
// same tables the engine counts with: the counting rules, every decision type's
// remedy, the delivery rules of each authority, what remains after a missed deadline
// and the later steps, each with its article and marked where it is an interpretation.
// docs/RULES.md is Rulebook in English (a test fails when it is out of date);
// `appealdesk rules --lang L` prints it in any language.
func Rulebook(tr *locales.Translator) string {
	var b strings.Builder
	t := func(id string, kv ...any) string { return tr.T(id, kv...) }
	// The rulebook is a reference: every citation by its abbreviation, explained once
	// in the legend below.
	cites := func(cs ...Citation) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = CiteText(tr, c)
		}
		return strings.Join(parts, tr.T("legal.cite.join"))
	}
	mark := func(inferred bool) string {
		if inferred {
			return " " + t("legal.rules.inferred_mark")
		}
		return ""
	}
	line := func(s string) { b.WriteString(s + "\n") }
	bullet := func(id string, inferred bool, cs ...Citation) {
		line("- " + t(id) + " (" + cites(cs...) + ")" + mark(inferred))
	}

	line("# " + t("legal.rules.title"))
	line("")
	line(t("legal.rules.generated"))
	line("")
	line(t("legal.rules.intro"))
	line("")
	line(t("legal.rules.legend", "Mark", t("legal.rules.inferred_mark")))
	line("")
	var abbrevs []string
	for _, l := range []Law{ZoS, ZUP, ZUS, ZPP, ZUSud, ZAPZ, HolidaysLaw, ZBPP, ECHRConv} {
		abbrevs = append(abbrevs, t("legal.abbr."+string(l))+" — "+t(l.NameID()))
	}
	line(t("legal.rules.abbreviations") + " " + strings.Join(abbrevs, "; ") + ".")
	line("")

	line("## " + t("legal.rules.h.counting"))
	line("")
	bullet("legal.rules.count.days", false, Cite(ZUP, "80", "2"), Cite(ZUS, "74", ""), Cite(ZPP, "103", "2"))
	bullet("legal.rules.count.months", false, Cite(ZUP, "80", "2"), Cite(ZPP, "103", "3"))
	bullet("legal.rules.count.move", false, Cite(ZUP, "80", "5"), Cite(ZPP, "103", "4"), Cite(ZPP, "103", "5"))
	bullet("legal.rules.count.saturday", true, Cite(ZUP, "80", "5"), Cite(ZPP, "103", "4"))
	bullet("legal.rules.count.holidays", false, Cite(HolidaysLaw, "1", ""), Cite(HolidaysLaw, "1а", ""), Cite(HolidaysLaw, "2", ""), Cite(HolidaysLaw, "3а", ""))
	bullet("legal.rules.count.post", false, Cite(ZUP, "81", "1"), Cite(ZUP, "81", "2"), Cite(ZUS, "20", ""), Cite(ZPP, "104", "2"))
	bullet("legal.rules.count.safe", false, Cite(ZUP, "80", "5"), Cite(ZUP, "141", "6"))
	bullet("legal.rules.count.deemed", true, Cite(ZUP, "75", "6"), Cite(ZUP, "71", "2"))
	bullet("legal.rules.count.departure", true, Cite(ZoS, "77", "4"), Cite(ZoS, "66", "2"))
	bullet("legal.rules.count.not_before", false, Cite(ZUS, "19", "1"), CiteItem(ZUS, "26", "1", "1"))
	bullet("legal.rules.count.zusud", true, Cite(ZUSud, "84", "1"), Cite(ZPP, "103", ""), Cite(ZUP, "80", ""))
	bullet("legal.rules.count.echr", false, Cite(ECHRConv, "35", "1"), Cite(ECHRCase, "Sabri Güneş v. Turkey [GC], 2012", ""))
	line("- " + t("legal.rules.count.urgent", "Days", UrgentDays))
	line("- " + t("legal.rules.count.side_requests") + " (" + cites(Cite(ZUP, "141", "6"), Cite(ZoS, "75", "6"), Cite(ZUP, "65", ""),
		Cite(ZoS, "77", "5"), Cite(ZUP, "82", "7"), Cite(ZPP, "112", "")) + ")")
	line("")

	line("## " + t("legal.rules.h.types"))
	line("")
	for _, r := range Remedies() {
		line("### " + t(r.Decision.NameID()) + " (`" + string(r.Decision) + "`)")
		line("")
		line("| | |")
		line("| --- | --- |")
		row := func(label, value string) { line("| " + t(label) + " | " + value + " |") }
		kind := t(r.KindNameID())
		if r.NoAppeal != nil {
			kind += "; " + t("legal.rules.value.no_appeal", "Cites", cites(*r.NoAppeal))
		}
		row("legal.rules.row.remedy", kind)
		row("legal.rules.row.period", t("legal.rules.value.period", "Period", PeriodText(tr, r.Period), "From", t(r.From.NameID()))+
			" — "+cites(r.PeriodBasis)+mark(r.IsInferred("period") || r.From == FromUnstated))
		row("legal.rules.row.counting", cites(r.Counting...))
		row("legal.rules.row.lodged", t(r.LodgedWith.NameID())+" — "+cites(r.LodgedWithBasis)+mark(r.IsInferred("lodged_with")))
		decided := t(r.DecidedBy.NameID()) + " — " + cites(r.DecidedByBasis)
		if r.DecidedWithinDays > 0 && r.DecidedWithinBasis != nil {
			decided += "; " + t("legal.rules.value.within", "Days", r.DecidedWithinDays) + " — " + cites(*r.DecidedWithinBasis)
		}
		row("legal.rules.row.decided", decided+mark(r.IsInferred("decided_by")))
		// The sentence for a case with a departure order speaks to the person ("yours
		// does"): the rulebook states the rule and its exception instead.
		var susp string
		if r.Suspensive == SuspendsUnlessDeparture {
			susp = RenderStep(tr, Step{ID: r.SuspensiveExceptionID})
		} else {
			susp = RenderStep(tr, Step{ID: r.SuspensiveID(), Cites: []Citation{r.SuspensiveBasis}})
			if r.SuspensiveExceptionID != "" {
				susp += " " + RenderStep(tr, Step{ID: r.SuspensiveExceptionID})
			}
		}
		if r.PostponeAtCourt {
			basis := PostponeBasis
			if r.Kind == Lawsuit {
				basis = PostponeWithLawsuitBasis
			}
			susp += " " + t("legal.rules.value.postpone", "Cites", cites(basis...))
		}
		row("legal.rules.row.suspensive", susp+mark(r.IsInferred("suspensive")))
		if dp := r.Departure; dp != nil {
			dep := t("legal.rules.value.departure", "Max", dp.MaxDays, "Min", dp.MinDays, "From", t(dp.From.NameID())) + " — " + cites(dp.Basis)
			if dp.Shortened != nil {
				dep += "; " + t("legal.rules.value.departure_shortened", "Cites", cites(*dp.Shortened))
			}
			if dp.Extension != nil {
				dep += "; " + t("legal.rules.value.departure_extension", "Cites", cites(*dp.Extension))
			}
			if r.Suspensive == Suspends {
				dep += "; " + t("legal.rules.value.departure_suspended", "Cites", cites(Cite(ZUP, "154", "1"), Cite(ZUP, "154", "2")))
			}
			row("legal.rules.row.departure", dep+mark(dp.Confidence == Inferred))
		} else {
			row("legal.rules.row.departure", t("legal.rules.value.none"))
		}
		later := t("legal.rules.value.none")
		if r.LaterLawsuit {
			later = t("legal.rules.value.later") + " — " + cites(r.LaterLawsuitBasis, Cite(ZUS, "18", "1"))
		}
		row("legal.rules.row.later", later)
		var notes []string
		switch r.Decision {
		case Asylum:
			notes = append(notes, RenderStep(tr, Step{ID: "legal.step.asylum_periods",
				Cites: []Citation{Cite(ZAPZ, "41", "7"), Cite(ZAPZ, "40", "5"), Cite(ZAPZ, "42", "4"), Cite(ZAPZ, "95", "1")}}))
		case Other:
			notes = append(notes, RenderStep(tr, Step{ID: "legal.step.other_no_instruction",
				Params: map[string]string{"Period": r.Period.String()}, Cites: []Citation{Cite(ZUP, "141", "6")}}))
		}
		for _, n := range r.NoteIDs {
			notes = append(notes, RenderStep(tr, Step{ID: n}))
		}
		if len(notes) > 0 {
			row("legal.rules.row.notes", strings.Join(notes, " "))
		}
		line("")
	}

	line("## " + t("legal.rules.h.delivery"))
	line("")
	line(t("legal.rules.delivery.intro"))
	line("")
	for _, a := range Authorities {
		line("### " + t(a.NameID()))
		line("")
		line("| " + t("legal.rules.col.way") + " | " + t("legal.rules.col.rule") + " | " + t("legal.rules.col.articles") + " |")
		line("| --- | --- | --- |")
		for _, sr := range ServiceRules() {
			if sr.Authority != a {
				continue
			}
			line("| " + t(sr.Service.NameID()) + " | " + t(sr.RuleID) + mark(sr.Confidence == Inferred) + " | " + cites(sr.Basis...) + " |")
		}
		line("")
	}
	line("### " + t("legal.rules.h.start"))
	line("")
	for _, s := range []struct {
		from  From
		cites []Citation
		inf   bool
	}{
		{FromReceipt, []Citation{Cite(ZoS, "38", "1"), Cite(ZoS, "45", "2"), Cite(ZoS, "66", "5"), Cite(ZoS, "93", "7"), Cite(ZoS, "99", "3")}, false},
		{FromDelivery, []Citation{Cite(ZoS, "80", "1"), Cite(ZoS, "85", "4"), Cite(ZoS, "66", "2"), Cite(ZoS, "46ж", "2"), Cite(ZUS, "18", "1")}, false},
		{FromHanding, []Citation{Cite(ZoS, "90", "2"), Cite(ZUP, "68", "3"), Cite(ZUP, "68", "4"), Cite(ZAPZ, "41", "7")}, false},
		{FromIssuance, []Citation{Cite(ZoS, "77", "4")}, false},
		{FromUnstated, []Citation{Cite(ZoS, "39", "3"), Cite(ZoS, "72", "4"), Cite(ZoS, "81", "2")}, true},
	} {
		line("- **" + t(s.from.NameID()) + "**: " + t("legal.rules.start."+string(s.from)) + " (" + cites(s.cites...) + ")" + mark(s.inf))
	}
	bullet("legal.rules.delivery.in_hand", false, Cite(ZUP, "66", "7"), Cite(ZUP, "75", "1"), Cite(ZUP, "75", "3"), Cite(ZUP, "79", "3"))
	bullet("legal.rules.delivery.detention", true, Cite(ZoS, "90", "2"), Cite(ZUP, "68", "3"), Cite(ZUP, "68", "4"), Cite(ZPP, "104", "6"))
	bullet("legal.rules.delivery.abroad", true, Cite(ZUP, "69", "2"), Cite(ZUP, "69", "3"), Cite(ZUP, "60", "2"), Cite(ZUP, "81", "1"), Cite(ZUP, "81", "2"))
	bullet("legal.rules.delivery.instruction", false, Cite(ZUP, "141", "5"), Cite(ZUP, "141", "6"), Cite(ZUP, "160", "3"), Cite(ZUP, "82", "2"))
	line("")

	line("## " + t("legal.rules.h.missed"))
	line("")
	bullet("legal.rules.missed.appeal", false, RestorationBasis...)
	bullet("legal.rules.missed.slip", false, Cite(ZUP, "82", "3"))
	bullet("legal.rules.missed.lawsuit", true, CourtRestorationBasis...)
	bullet("legal.rules.missed.constitutional", false, ConstitutionalRestorationBasis...)
	bullet("legal.rules.missed.stops", false, Cite(ZUP, "82", "7"), Cite(ZPP, "112", ""))
	bullet("legal.rules.missed.reopening", false, ReopeningBasis...)
	bullet("legal.rules.missed.ban", false, Cite(ZoS, "79", "1"), Cite(ZoS, "79", "2"))
	bullet("legal.rules.missed.legal_aid", false, Cite(ZBPP, "4", ""))
	line("")

	line("## " + t("legal.rules.h.later"))
	line("")
	bullet("legal.rules.later.lawsuit", false, Cite(ZUS, "14", ""), Cite(ZUS, "18", "1"))
	bullet("legal.rules.later.suspension", false, Cite(ZUP, "154", "2"), CiteItem(ZUP, "190", "2", "5"), Cite(ZUS, "23", "1"), Cite(ZUS, "23", "2"), CiteItem(ZUS, "23", "3", "1"))
	bullet("legal.rules.later.reminder", true, Cite(ZUS, "19", "1"), Cite(ZUP, "166", "1"), Cite(ZUP, "174", ""))
	bullet("legal.rules.later.silence", false, Cite(ZUS, "19", "1"), Cite(ZUS, "22", "3"), CiteItem(ZUS, "26", "1", "1"), CiteItem(ZUS, "26", "1", "3"))
	bullet("legal.rules.later.constitutional", false, Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1"), Cite(ZUSud, "86", ""))
	bullet("legal.rules.later.echr", false, Cite(ECHRConv, "35", "1"))
	return strings.TrimRight(b.String(), "\n") + "\n"
}
