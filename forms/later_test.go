package forms

import (
	"strings"
	"testing"
	"time"

	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// timelineCase is a termination of temporary residence served in person.
func timelineCase(typ string) *Case {
	c := New("timeline")
	c.Decision.Type = typ
	c.Decision.Issued, c.Decision.Received, c.Decision.Service = "2025-01-06", "2025-01-08", ServiceMethods[0]
	return c
}

func laterAsked(c *Case) map[string]bool {
	out := map[string]bool{}
	s := StepByID(StepLater)
	for _, fl := range s.Fields {
		if fl.Applies(c) {
			out[fl.Path] = true
		}
	}
	return out
}

// TestLaterStep walks timelines a person lives through, answer by answer: each
// answer brings the questions of the next stage, every question of the step is asked
// in some timeline, and no answer is ever cleared or hidden by a later one (the
// step only adds).
func TestLaterStep(t *testing.T) {
	type event struct{ path, value string }
	timelines := []struct {
		name   string
		typ    string
		events []event
		stages []legal.StageID // the stage after each event
	}{
		{"ZUP Art. 174, ZUS Art. 19(1): appeal posted, no answer, reminder, lawsuit for silence, judgment against, constitutional appeal, Strasbourg",
			TypeTemporaryResidenceTermination, []event{
				{"later.appeal_lodged", "2025-01-20"}, {"later.appeal_lodged_how", LodgedRegisteredMail},
				{"later.appeal_receipt_number", "RR123456789RS"}, {"later.appeal_arrived", "2025-01-22"},
				{"later.appeal_received_by_body", "2025-02-03"}, {"later.inspection_requested", "2025-01-21"},
				{"later.reminder_sent", "2025-04-10"}, {"later.reminder_received_by_body", "2025-04-14"},
				{"later.lawsuit_lodged", "2025-04-25"}, {"later.judgment_received", "2025-10-01"},
				{"later.judgment_service", "notice"}, {"later.judgment_representative_served", "2025-09-30"}, {"later.judgment_number", "У 1234/25"},
				{"later.judgment_issued", "2025-09-15"}, {"later.judgment_outcome", "rejected"},
				{"later.full_jurisdiction", "no"}, {"later.constitutional_lodged", "2025-10-20"},
				{"later.constitutional_decision_received", "2026-05-04"}, {"later.final_domestic_decision", "2026-05-04"},
				{"later.reopening_ground_learned", "2026-06-01"},
			}, []legal.StageID{legal.StageAppealPending, legal.StageAppealPending, legal.StageAppealPending, legal.StageAppealPending,
				legal.StageAppealPending, legal.StageAppealPending, legal.StageReminderSent, legal.StageReminderSent,
				legal.StageLawsuitPending, legal.StageJudgment, legal.StageJudgment, legal.StageJudgment, legal.StageJudgment,
				legal.StageJudgment, legal.StageJudgment, legal.StageJudgment, legal.StageConstitutionalPending, legal.StageJudgment,
				legal.StageJudgment, legal.StageJudgment}},
		{"ZUP Art. 162(3): the first instance dismisses the appeal; appeal against the dismissal",
			TypeReturnDecision, []event{
				{"later.appeal_lodged", "2025-01-15"}, {"later.second_instance_received", "2025-02-03"},
				{"later.second_instance_service", "personal"}, {"later.representative_served", "2025-02-01"}, {"later.second_instance_number", "26-1/25"},
				{"later.second_instance_issued", "2025-01-30"}, {"later.second_instance_outcome", "dismissed-first-instance"},
				{"later.dismissal_appeal_lodged", "2025-02-06"},
			}, []legal.StageID{legal.StageAppealPending, legal.StageLawsuit, legal.StageLawsuit, legal.StageLawsuit, legal.StageLawsuit,
				legal.StageLawsuit, legal.StageAppealDismissed, legal.StageDismissalAppealPending}},
		{"ZUS Art. 18(1), 49(2)(2): rejected, lawsuit, full jurisdiction, review, then the Supreme Court decides",
			TypeTemporaryResidenceTermination, []event{
				{"later.appeal_lodged", "2025-01-15"}, {"later.second_instance_received", "2025-03-03"},
				{"later.second_instance_outcome", "rejected"}, {"later.lawsuit_lodged", "2025-03-20"},
				{"later.judgment_received", "2025-10-01"}, {"later.full_jurisdiction", "yes"},
				{"later.review_request_lodged", "2025-10-20"}, {"later.review_decision_received", "2026-02-02"},
				{"later.review_decision_number", "Узп 12/2026"},
			}, []legal.StageID{legal.StageAppealPending, legal.StageLawsuit, legal.StageLawsuit, legal.StageLawsuitPending,
				legal.StageJudgment, legal.StageJudgment, legal.StageReviewPending, legal.StageJudgment, legal.StageJudgment}},
		{"ZoS Art. 90, 77(5), ZUP Art. 82–83: detention lawsuit missed, restoration, and the side requests",
			TypeDetention, []event{
				{"later.missed_deadline", "lawsuit"}, {"later.missed_reason", "В больнице с 3 по 12 февраля."},
				{"later.missed_reason_ended", "2025-02-12"}, {"later.request_translation", "yes"},
				{"later.request_data_access", "yes"}, {"later.removal_planned", "2027-01-15"},
			}, nil},
		{"ZoS Art. 77(5): a return decision with a departure period; Rule 39 with a risk on return",
			TypeReturnDecision, []event{
				{"decision.departure_days", "10"}, {"later.request_departure_extension", "yes"},
				{"later.departure_extension_reason", "Лечение ребёнка до конца месяца."},
				{"story.risk_on_return", "yes"}, {"later.request_rule39", "yes"},
			}, nil},
	}
	asked := map[string]bool{}
	for _, tl := range timelines {
		t.Run(tl.name, func(t *testing.T) {
			c := timelineCase(tl.typ)
			before := laterAsked(c)
			for k := range before {
				asked[k] = true
			}
			for i, e := range tl.events {
				if _, fl := FieldByPath(e.path); fl == nil || !fl.Applies(c) {
					t.Fatalf("event %d: %s is not asked at this point", i, e.path)
				}
				if e.path == "decision.departure_days" {
					if err := SetInt(c, e.path, 10); err != nil {
						t.Fatal(err)
					}
				} else if err := Set(c, e.path, e.value); err != nil {
					t.Fatalf("%s: %v", e.path, err)
				}
				now := laterAsked(c)
				for k := range before {
					if !now[k] {
						if v, _ := Get(c, k); v != "" && v != "no" {
							t.Errorf("after %s, the answered question %s is no longer shown", e.path, k)
						}
					}
				}
				for k := range now {
					asked[k] = true
				}
				before = now
				if tl.stages != nil {
					if got := c.Stage().ID; got != tl.stages[i] {
						t.Errorf("after %s = %s: stage %s, want %s", e.path, e.value, got, tl.stages[i])
					}
				}
			}
			// Every answer given is still in the case, and none is reported as an error.
			for _, e := range tl.events {
				if v, _ := Get(c, e.path); v != e.value && e.path != "decision.departure_days" {
					t.Errorf("%s = %q, want %q", e.path, v, e.value)
				}
			}
			for _, is := range Validate(c, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) {
				if strings.HasPrefix(is.Path, "later.") && is.Severity == SeverityError {
					t.Errorf("%s: %s", is.Path, is.Text(locales.New(locales.English)))
				}
			}
		})
	}
	for _, fl := range StepByID(StepLater).Fields {
		if !asked[fl.Path] {
			t.Errorf("%s is never asked", fl.Path)
		}
	}
}

// TestLaterDatesInOrder: a paper cannot come before the step that caused it.
func TestLaterDatesInOrder(t *testing.T) {
	c := timelineCase(TypeTemporaryResidenceTermination)
	c.Later.AppealLodged = "2025-02-01"
	c.Later.SecondInstanceReceived = "2025-01-20"
	var found bool
	for _, is := range Validate(c, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if is.Path == "later.second_instance_received" && is.Message == "interview.issue.later_before" {
			found = true
			for _, l := range locales.All {
				if txt := is.Text(locales.New(l)); strings.Contains(txt, "interview.field") || strings.Contains(txt, "<no value>") {
					t.Errorf("%s: %q", l, txt)
				}
			}
		}
	}
	if !found {
		t.Fatal("a decision on the appeal before the appeal is not reported")
	}
	// A planned removal is in the future: that is no error.
	c.Later.RemovalPlanned = "2027-05-01"
	for _, is := range Validate(c, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if is.Path == "later.removal_planned" {
			t.Errorf("removal planned in the future reported: %s", is.Message)
		}
	}
}

// TestTimelineOn: the function the home screen calls gives the stage and its next date.
func TestTimelineOn(t *testing.T) {
	c := timelineCase(TypeTemporaryResidenceTermination)
	c.Later.AppealLodged = "2025-01-20"
	c.Later.AppealReceivedByBody = "2025-03-03"
	tl := c.TimelineOn(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC))
	if tl.Stage.ID != legal.StageAppealPending || !tl.NextKnown || tl.Next.ID != legal.IDReminder ||
		tl.Next.Safe.Format("2006-01-02") != "2025-05-06" || !legal.IsNotBefore(tl.Next) {
		t.Fatalf("timeline = %s, next %s %s (%v)", tl.Stage.ID, tl.Next.ID, tl.Next.Safe.Format("2006-01-02"), tl.NextKnown)
	}
}
