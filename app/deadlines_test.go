package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// A household delivery (ZUP Art. 75(1), 76(1), 66(7)): the big number counts to the safe
// date, from the day the household member received the paper; beneath it the legal last
// day, from the day it reached the person, and why the two differ.
func TestPanelHouseholdCountsToTheSafeDate(t *testing.T) {
	c := forms.Example() // temporary residence ended; fixedToday is Fri 20 Nov 2026
	c.Step = forms.StepPerson
	c.Decision.Service = forms.ServiceHousehold
	c.Decision.Received = "2026-11-12"
	c.Decision.InHand = "2026-11-16"
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			u, s, _ := openTestCase(t, l, c.Clone())
			d, _ := s.c.DeadlinesOn(fixedToday).Deadline(legal.IDAppeal)
			if legal.Day(d.Safe).Format("2006-01-02") != "2026-11-27" || d.LastDay.Format("2006-01-02") != "2026-12-01" {
				t.Fatalf("safe %s last %s", d.Safe, d.LastDay)
			}
			tr := locales.New(l)
			txt := allText(u)
			for _, want := range []string{
				legal.DaysLeftText(tr, fixedToday, d.Safe), // 7 days, not 11
				tr.T("legal.panel.file_by", "Date", tr.Date(d.Safe)),
				tr.T("legal.panel.last_day", "Date", tr.Date(d.LastDay)),
				legal.RenderStep(tr, d.SafeSteps[len(d.SafeSteps)-1]),
			} {
				if !strings.Contains(txt, want) {
					t.Errorf("panel lacks %q", want)
				}
			}
			if strings.Contains(txt, legal.DaysLeftText(tr, fixedToday, d.LastDay)) {
				t.Error("the big number counts to the legal last day, not to the safe date")
			}
		})
	}
}

// Permanent residence ended (ZoS Art. 72(9), ZUP Art. 154): the appeal suspends, so the
// departure date is shown as applying only without an appeal, not as an order.
func TestPanelPermanentResidenceDepartureIsConditional(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepPerson
	c.Decision.Type = forms.TypePermanentResidenceTermination
	u, s, _ := openTestCase(t, locales.English, c)
	dep, ok := s.c.DeadlinesOn(fixedToday).Deadline(legal.IDDeparture)
	if !ok || !dep.Suspended {
		t.Fatalf("departure %+v", dep)
	}
	tr := locales.New(locales.English)
	txt := allText(u)
	if !strings.Contains(txt, tr.T("legal.panel.suspended", "Date", tr.Date(dep.Safe))) {
		t.Errorf("the departure date is not marked as applying only without an appeal:\n%s", txt)
	}
	if strings.Contains(txt, tr.T("legal.panel.leave_by", "Date", tr.Date(dep.Safe))) {
		t.Error("the departure date is shown as an order")
	}
}

// Detention (ZoS Art. 90(2)): counted from the handing over even when a notice was
// given, and urgent.
func TestPanelDetentionFromHandingOver(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepPerson
	c.Decision.Type = forms.TypeDetention
	c.Decision.Service = forms.ServiceNotice
	c.Decision.Received = "2026-11-16"
	u, s, _ := openTestCase(t, locales.Russian, c)
	d, _ := s.c.DeadlinesOn(fixedToday).Primary()
	if d.LastDay.Format("2006-01-02") != "2026-11-24" {
		t.Fatalf("detention lawsuit %s, want 8 days from 16 Nov", d.LastDay)
	}
	tr := locales.New(locales.Russian)
	txt := allText(u)
	if !strings.Contains(txt, tr.T("screen.deadlines.urgent")) || !strings.Contains(txt, legal.DaysLeftText(tr, fixedToday, d.Safe)) {
		t.Errorf("detention panel:\n%s", txt)
	}
}

// When the remedy's last day has passed, the panel says so first and lists what can
// still be done, with dates; nothing passed is shown as live.
func TestPanelSaysWhatRemainsWhenPassed(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepDeadlines
	c.Decision.Received = "2026-10-01"
	u, s, _ := openTestCase(t, locales.English, c)
	res := s.c.DeadlinesOn(fixedToday)
	main, _ := res.Primary()
	tr := locales.New(locales.English)
	txt := allText(u)
	for _, want := range []string{
		tr.T("legal.panel.missed_intro", "Title", tr.T(main.TitleID), "Date", tr.Date(main.LastDay)),
		tr.T("legal.title.restoration"), tr.T("legal.title.other_ways"),
		tr.T("legal.panel.passed", "Date", tr.Date(main.LastDay)),
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("panel lacks %q", want)
		}
	}
	rest, _ := res.Deadline(legal.IDRestoration)
	for _, want := range []string{tr.T("legal.panel.limit", "Date", tr.Date(rest.Safe))} {
		if !strings.Contains(txt, want) {
			t.Errorf("panel lacks %q", want)
		}
	}
	if strings.Contains(txt, tr.T("legal.panel.file_by", "Date", tr.Date(main.Safe))) {
		t.Error("a passed appeal is offered as live")
	}
}

// A reminder to a silent second instance gets a "not before" date (ZUS Art. 19(1)).
func TestPanelNotBefore(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepDeadlines
	c.Later.AppealLodged = "2026-11-13"
	u, s, _ := openTestCase(t, locales.SerbianCyrl, c)
	r, _ := s.c.DeadlinesOn(fixedToday).Deadline(legal.IDReminder)
	tr := locales.New(locales.SerbianCyrl)
	if txt := allText(u); !strings.Contains(txt, tr.T("legal.panel.not_before", "Date", tr.Date(r.Safe))) {
		t.Errorf("no not-before date:\n%s", txt)
	}
}

// The decision step asks the new delivery questions where they apply, and stores them.
func TestDecisionStepAsksTheDeliveryQuestions(t *testing.T) {
	c := newCaseAt(forms.StepDecision)
	c.Decision.Type = forms.TypeReturnDecision
	u, s, _ := openTestCase(t, locales.English, c)
	tapKey(t, s, "decision.asylum=no")
	tapKey(t, s, "decision.has_representative=yes")
	if s.c.Decision.Asylum != forms.AsylumNo || s.c.Decision.HasRepresentative != forms.Yes {
		t.Fatalf("asylum %q representative %q", s.c.Decision.Asylum, s.c.Decision.HasRepresentative)
	}
	tapKey(t, s, "decision.service=notice")
	tapKey(t, s, "decision.second_attempt=no")
	in := entryAt(t, s, "decision.in_hand")
	u.Window().Canvas().Focus(in)
	test.Type(in, "16.11.2026")
	if s.c.Decision.SecondAttempt != forms.No || s.c.Decision.InHand != "2026-11-16" {
		t.Fatalf("second attempt %q in hand %q", s.c.Decision.SecondAttempt, s.c.Decision.InHand)
	}
	tapKey(t, s, "decision.service=registered-mail")
	tapKey(t, s, "decision.signed_by=other")
	if s.c.Decision.SignedBy != forms.SignedByOther {
		t.Fatalf("signed by %q", s.c.Decision.SignedBy)
	}
	focusable(t, s, "decision.in_hand") // asked again: someone else signed
	tapKey(t, s, "decision.service=refused-to-accept")
	tapKey(t, s, "decision.remedy_instruction=yes")
	days := entryAt(t, s, "decision.instruction_days")
	u.Window().Canvas().Focus(days)
	test.Type(days, "8")
	body := entryAt(t, s, "decision.instruction_body")
	u.Window().Canvas().Focus(body)
	test.Type(body, "Управном суду")
	if s.c.Decision.InstructionDays != 8 || s.c.Decision.InstructionBody != "Управном суду" || s.c.Decision.Service != forms.ServiceRefusedToAccept {
		t.Errorf("instruction %d %q service %q", s.c.Decision.InstructionDays, s.c.Decision.InstructionBody, s.c.Decision.Service)
	}
	// The return decision does not suspend: the "says it does not suspend" question is not asked.
	for _, f := range s.focusables {
		if strings.HasPrefix(f.path, "decision.says_not_suspensive") {
			t.Error("says_not_suspensive asked for a non-suspensive appeal")
		}
	}
}
