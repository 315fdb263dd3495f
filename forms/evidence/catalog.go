package evidence

import (
	"strings"

	"appealdesk/forms"
)

// Evidence categories: the kinds of document a person usually offers. They are
// stored in EvidenceItem.Category; each has the message "evidence.category.<id>".
const (
	CatResidencePermit    = "residence-permit"
	CatDecision           = "decision" // the contested decision itself (with its delivery slip or envelope)
	CatMarriage           = "marriage-certificate"
	CatBirth              = "birth-certificate"
	CatSchool             = "school-certificate"
	CatEmployment         = "employment-contract"
	CatProperty           = "property-deed" // title deed or lease of the home in Serbia
	CatTax                = "tax-records"
	CatPublicStatement    = "open-letter" // open letter, public statement, publication
	CatMedical            = "medical-report"
	CatOther              = "other"
	categoryMessagePrefix = "evidence.category."
)

// Categories lists the category ids in the order a picker shows them.
var Categories = []string{
	CatDecision, CatResidencePermit, CatMarriage, CatBirth, CatSchool, CatEmployment,
	CatProperty, CatTax, CatPublicStatement, CatMedical, CatOther,
}

// CategoryMessageID is the catalogue id of a category's name ("" for an unknown id).
func CategoryMessageID(id string) string {
	for _, c := range Categories {
		if c == id {
			return categoryMessagePrefix + id
		}
	}
	return ""
}

// Suggestion is what usually proves one appeal argument: the categories to offer
// first and a message ("evidence.suggest.<argument>") that says it in plain words.
type Suggestion struct {
	Argument   string
	Categories []string
	MessageID  string
}

// suggestions follows the typical appeal arguments (forms/arguments.go): what each
// argument rests on, and so which papers show it. These are practical hints for the
// person, not rules of law.
var suggestions = map[string][]string{
	// ZUP Art. 141(4): the decision's own text shows the missing reasons.
	forms.ArgNoReasons: {CatDecision},
	// ZUP Art. 11, 64, 65: the decision and any written request to see the file or reply.
	forms.ArgNotHeard: {CatDecision, CatOther},
	// ZoS Art. 65(3), 75; ECHR Art. 8: marriage, children, their schools.
	forms.ArgFamily: {CatMarriage, CatBirth, CatSchool, CatResidencePermit},
	// ZoS Art. 65(2), 66(4), 71(2), 72(3): years of lawful stay and ties.
	forms.ArgLengthOfStay: {CatResidencePermit, CatEmployment, CatProperty, CatTax},
	// ECHR Art. 10, 11, 14: what the person said or signed in public.
	forms.ArgSpeech: {CatPublicStatement, CatOther},
	// ZoS Art. 83(3); ECHR Art. 3: statements, summonses, reports of prosecution.
	forms.ArgRiskOnReturn: {CatPublicStatement, CatOther},
	// ZUP Art. 6; ZoS Art. 78(5): everything the decision costs the person.
	forms.ArgProportionality: {CatEmployment, CatProperty, CatTax, CatSchool, CatMedical},
	// ZUP Art. 64–65: the decision.
	forms.ArgInspectFile: {CatDecision},
	// ZUS Art. 23(3): harm that cannot be undone — family, children, health (§7 lesson).
	forms.ArgPostponeExecution: {CatMedical, CatBirth, CatSchool, CatEmployment},
	// ZoS Art. 87(6): the detention decision shows whether reasons were given, and in what language.
	forms.ArgDetentionReasons: {CatDecision},
	// ZoS Art. 87(2)–(5): identity papers, a fixed address, lawful stay until now — no risk of absconding.
	forms.ArgDetentionGrounds: {CatResidencePermit, CatProperty, CatEmployment},
	// ZoS Art. 87(2), 93(1): a home where the person can be reached instead of the shelter.
	forms.ArgAlternatives: {CatProperty, CatEmployment},
	// ZoS Art. 88(1); ECHR Art. 5(1)(f): why removal cannot happen soon (risk on return, no papers, a pending case).
	forms.ArgRemovalProspect: {CatPublicStatement, CatOther},
	// ZoS Art. 81(2): the court's judgment that ordered the measure, and the decision that carries it out.
	forms.ArgCourtMeasure: {CatDecision, CatOther},
}

// SuggestionFor returns what usually proves argument; ok is false for an unknown id.
func SuggestionFor(argument string) (Suggestion, bool) {
	cats, ok := suggestions[argument]
	if !ok {
		return Suggestion{}, false
	}
	return Suggestion{
		Argument:   argument,
		Categories: append([]string(nil), cats...),
		MessageID:  "evidence.suggest." + argument,
	}, true
}

// Translation values of EvidenceItem.Translation (ZUP Art. 123(2)).
const (
	TranslationAttached  = "attached"
	TranslationNeeded    = "needed"
	TranslationNotNeeded = "not-needed"
)

// TranslationBasisID is the message that explains the proposal with its article:
// ZUP Art. 123(2) „Уз исправу састављену на страном језику прилаже се оверени превод,
// ако је потребно." The law says "if needed"; the app proposes a certified
// translation for every document not in Serbian and says the lawyer decides.
const TranslationBasisID = "evidence.translation.basis"

// ProposeTranslation proposes the translation flag for a document in language
// (ISO 639-1, as stored in EvidenceItem.Language): "not-needed" for Serbian (either
// script), "needed" for any other language, and current unchanged when the person
// already said a translation is attached or the language is not known.
func ProposeTranslation(language, current string) string {
	lang := strings.ToLower(strings.TrimSpace(language))
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		lang = lang[:i]
	}
	switch {
	case lang == "":
		return current
	case lang == "sr":
		return TranslationNotNeeded
	case current == TranslationAttached:
		return current
	}
	return TranslationNeeded
}
