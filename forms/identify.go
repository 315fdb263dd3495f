package forms

// "I am not sure which decision I have": a few questions, as data, that narrow the
// decision types down to one or to a short list to choose from. The interface
// shows IdentifyStart, then the question each answer leads to, until an answer
// carries Types. No answer is stored in the Case: the result is decision.type.

// Question is one question of the identification.
type Question struct {
	ID string
	// Text and Help are message ids (Help may be "").
	Text, Help string
	Answers    []IdentifyAnswer
}

// IdentifyAnswer is one answer: it leads to the question Next, or ends with Types
// (one type: that is it; several: let the person choose among them, showing each
// type's Serbian heading).
type IdentifyAnswer struct {
	Label string // message id
	Next  string
	Types []string
}

// IdentifyStart is the id of the first question.
const IdentifyStart = "where"

var identifyQuestions = []*Question{
	{ID: "where", Text: "interview.identify.where.text", Help: "interview.identify.where.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.where.border", Next: "border"},
		{Label: "interview.identify.where.centre", Types: []string{TypeDetention}},
		{Label: "interview.identify.where.inside", Next: "court"},
		{Label: "interview.identify.not_sure", Next: "court"},
	}},
	{ID: "border", Text: "interview.identify.border.text", Help: "interview.identify.border.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.border.entry", Types: []string{TypeEntryRefusal}},
		{Label: "interview.identify.border.visa", Types: []string{TypeVisaRefusal}},
		{Label: "interview.identify.border.asylum", Types: []string{TypeAsylum}},
		{Label: "interview.identify.not_sure", Types: []string{TypeEntryRefusal, TypeVisaRefusal, TypeOther}},
	}},
	{ID: "court", Text: "interview.identify.court.text", Help: "interview.identify.court.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.yes", Types: []string{TypeCourtExpulsion}},
		{Label: "interview.identify.no", Next: "permit"},
		{Label: "interview.identify.not_sure", Next: "permit"},
	}},
	{ID: "permit", Text: "interview.identify.permit.text", Help: "interview.identify.permit.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.permit.permit", Next: "refused-or-ended"},
		{Label: "interview.identify.permit.leave", Types: []string{TypeReturnDecision}},
		{Label: "interview.identify.permit.short-stay", Types: []string{TypeShortStayCancellation}},
		{Label: "interview.identify.permit.removal", Next: "removal"},
		{Label: "interview.identify.permit.document", Next: "document"},
		{Label: "interview.identify.permit.ban", Types: []string{TypeEntryBanLiftingRefusal}},
		{Label: "interview.identify.permit.asylum", Types: []string{TypeAsylum}},
		{Label: "interview.identify.permit.other", Types: []string{TypeOther}},
		{Label: "interview.identify.not_sure", Types: []string{TypeReturnDecision, TypeTemporaryResidenceTermination,
			TypePermanentResidenceTermination, TypeUniquePermitTermination, TypeShortStayCancellation, TypeOther}},
	}},
	{ID: "removal", Text: "interview.identify.removal.text", Help: "interview.identify.removal.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.removal.obligatory", Types: []string{TypeObligatoryResidence}},
		{Label: "interview.identify.removal.postponement", Types: []string{TypeRemovalPostponement}},
		// A refusal to postpone removal is not among the decisions ZoS Art. 85(4) names.
		{Label: "interview.identify.removal.postponement-refused", Types: []string{TypeOther}},
		{Label: "interview.identify.not_sure", Types: []string{TypeObligatoryResidence, TypeRemovalPostponement, TypeOther}},
	}},
	{ID: "document", Text: "interview.identify.document.text", Help: "interview.identify.document.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.document.visa", Types: []string{TypeVisaRefusal}},
		{Label: "interview.identify.document.travel", Types: []string{TypeTravelDocumentRefusal}},
		{Label: "interview.identify.document.invalid", Types: []string{TypePermitDeclaredInvalid}},
		{Label: "interview.identify.not_sure", Types: []string{TypeVisaRefusal, TypeTravelDocumentRefusal, TypePermitDeclaredInvalid}},
	}},
	{ID: "refused-or-ended", Text: "interview.identify.refused-or-ended.text", Help: "interview.identify.refused-or-ended.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.refused-or-ended.refused", Next: "which-refused"},
		{Label: "interview.identify.refused-or-ended.ended", Next: "which-ended"},
		{Label: "interview.identify.not_sure", Next: "which-any"},
	}},
	{ID: "which-refused", Text: "interview.identify.which.text", Help: "interview.identify.which.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.which.temporary", Types: []string{TypeTemporaryResidenceRefusal}},
		{Label: "interview.identify.which.unique", Types: []string{TypeUniquePermitRefusal}},
		{Label: "interview.identify.which.permanent", Types: []string{TypePermanentResidenceRefusal}},
		{Label: "interview.identify.not_sure", Types: []string{TypeTemporaryResidenceRefusal, TypeUniquePermitRefusal, TypePermanentResidenceRefusal}},
	}},
	{ID: "which-ended", Text: "interview.identify.which.text", Help: "interview.identify.which.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.which.temporary", Types: []string{TypeTemporaryResidenceTermination}},
		{Label: "interview.identify.which.unique", Types: []string{TypeUniquePermitTermination}},
		{Label: "interview.identify.which.permanent", Types: []string{TypePermanentResidenceTermination}},
		{Label: "interview.identify.not_sure", Types: []string{TypeTemporaryResidenceTermination, TypeUniquePermitTermination, TypePermanentResidenceTermination}},
	}},
	{ID: "which-any", Text: "interview.identify.which.text", Help: "interview.identify.which.help", Answers: []IdentifyAnswer{
		{Label: "interview.identify.which.temporary", Types: []string{TypeTemporaryResidenceRefusal, TypeTemporaryResidenceTermination}},
		{Label: "interview.identify.which.unique", Types: []string{TypeUniquePermitRefusal, TypeUniquePermitTermination}},
		{Label: "interview.identify.which.permanent", Types: []string{TypePermanentResidenceRefusal, TypePermanentResidenceTermination}},
		{Label: "interview.identify.not_sure", Types: []string{TypeTemporaryResidenceRefusal, TypeTemporaryResidenceTermination,
			TypeUniquePermitRefusal, TypeUniquePermitTermination, TypePermanentResidenceRefusal, TypePermanentResidenceTermination}},
	}},
}

// IdentifyQuestion returns the question with id, or nil.
func IdentifyQuestion(id string) *Question {
	for _, q := range identifyQuestions {
		if q.ID == id {
			return q
		}
	}
	return nil
}

// IdentifyQuestions returns every question (for tests and translation review).
func IdentifyQuestions() []*Question { return identifyQuestions }
