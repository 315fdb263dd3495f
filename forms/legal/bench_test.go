package legal

import (
	"testing"

	"appealdesk/locales"
)

func benchFacts() Facts {
	return Facts{Type: TemporaryResidenceTermination, Issued: d("2026-11-10"), Service: Notice,
		Received: d("2026-11-12"), DepartureDays: 30, EntryBan: true, NoRemedyInstruction: true,
		SecondInstanceReceived: d("2027-01-20"), JudgmentReceived: d("2027-06-01"), FinalDomesticDecision: d("2027-06-01"),
		InspectionRequested: d("2026-11-13")}
}

// BenchmarkCompute: every deadline of a realistic case (termination, notice left,
// departure and ban, later steps known).
func BenchmarkCompute(b *testing.B) {
	f := benchFacts()
	for b.Loop() {
		Compute(f)
	}
}

// BenchmarkComputeAndRender: the deadlines plus every step rendered in Russian, what
// the deadline screen does on each keystroke.
func BenchmarkComputeAndRender(b *testing.B) {
	f := benchFacts()
	tr := locales.New(locales.Russian)
	for b.Loop() {
		r := Compute(f)
		for _, d := range r.Deadlines {
			RenderSteps(tr, d.Steps)
		}
	}
}

// BenchmarkCalendarYear: computing one year's holidays from scratch (uncached).
func BenchmarkCalendarYear(b *testing.B) {
	for b.Loop() {
		computeYear(2025)
	}
}

// BenchmarkCountPeriod: one 15-day count with a move over Statehood Day (cached calendar).
func BenchmarkCountPeriod(b *testing.B) {
	from := d("2025-02-01")
	for b.Loop() {
		CountPeriod(from, Period{15, Days}, Office{}, true)
	}
}
