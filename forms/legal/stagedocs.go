package legal

import (
	"strings"

	"appealdesk/locales"
)

// DocumentID names a document of the later stages (templates/ renders it).
type DocumentID string

// The documents of the later stages and the side requests.
const (
	DocLawsuit             DocumentID = "lawsuit"               // тужба Управном суду против решења о жалби, with the request to postpone execution
	DocDismissalAppeal     DocumentID = "dismissal-appeal"      // жалба против закључка / решења о одбацивању жалбе (ZUP Art. 162(3))
	DocReminder            DocumentID = "reminder"              // накнадни захтев другостепеном органу (ZUS Art. 19(1))
	DocSilenceLawsuit      DocumentID = "silence-lawsuit"       // тужба због ћутања управе (ZUS Art. 19, 22(3))
	DocReview              DocumentID = "review-request"        // захтев за преиспитивање судске одлуке (ZUS Art. 49–51)
	DocConstitutional      DocumentID = "constitutional-appeal" // уставна жалба са предлогом за одлагање (ZUSud Art. 82–86)
	DocRestoration         DocumentID = "restoration"           // предлог за враћање у пређашње стање
	DocPowerAdmin          DocumentID = "power-administrative"  // пуномоћје у управном поступку (ZUP Art. 49)
	DocPowerCourt          DocumentID = "power-court"           // пуномоћје за управни спор (ZPP Art. 85 through ZUS Art. 74)
	DocPowerReview         DocumentID = "power-review"          // пуномоћје адвокату за захтев за преиспитивање (ZUS Art. 50(2))
	DocPowerConstitutional DocumentID = "power-constitutional"  // специјално пуномоћје за уставну жалбу (ZUSud Art. 85)
	DocSupplement          DocumentID = "supplement-request"    // захтев за допуну решења (ZUP Art. 141(6))
	DocTranslation         DocumentID = "translation-request"   // захтев за писани превод (ZoS Art. 75(6); ZUP Art. 55(1))
	DocDepartureExtension  DocumentID = "departure-extension"   // захтев за продужење рока за добровољни повратак (ZoS Art. 77(5))
	DocDataAccess          DocumentID = "data-access"           // захтев за приступ подацима о личности
	DocRule39              DocumentID = "rule39-sheet"          // information sheet for a Rule 39 request, in English
)

// DocumentIDs lists every later-stage document, in the order they are rendered.
var DocumentIDs = []DocumentID{DocLawsuit, DocDismissalAppeal, DocReminder, DocSilenceLawsuit, DocReview,
	DocConstitutional, DocRestoration, DocSupplement, DocTranslation, DocDepartureExtension, DocDataAccess,
	DocRule39, DocPowerAdmin, DocPowerCourt, DocPowerReview, DocPowerConstitutional}

// Forum is where a document is filed: the representation rules differ by forum.
type Forum string

const (
	ForumAdministrative Forum = "administrative" // MUP, the Government: anyone capable may represent (ZUP Art. 49(3))
	ForumCourt          Forum = "court"          // the Administrative Court: a lawyer or a close relative (ZPP Art. 85 through ZUS Art. 74)
	ForumSupreme        Forum = "supreme"        // the Supreme Court: only through a lawyer (ZUS Art. 50(2))
	ForumConstitutional Forum = "constitutional" // the Constitutional Court: a special power of attorney (ZUSud Art. 85)
	ForumECHR           Forum = "echr"           // the European Court of Human Rights
)

// DocumentInfo is what the rules say about one document: its stage, its forum and the
// articles it rests on, and the deadline that dates it.
type DocumentInfo struct {
	ID         DocumentID `json:"id"`
	Stage      StageID    `json:"stage,omitempty"` // "" for side requests, which belong to no one stage
	Forum      Forum      `json:"forum"`
	DeadlineID string     `json:"deadline_id,omitempty"`
	Basis      []Citation `json:"basis"`
}

// TitleID is the catalogue id of the document's name in the interface.
func (d DocumentID) TitleID() string { return "stages.doc." + string(d) }

// Documents is the table of the later stages' documents.
var documents = map[DocumentID]DocumentInfo{
	DocLawsuit: {Stage: StageLawsuit, Forum: ForumCourt, DeadlineID: IDLawsuit,
		Basis: []Citation{Cite(ZUS, "12", ""), Cite(ZUS, "14", "1"), Cite(ZUS, "18", "1"), Cite(ZUS, "20", "4"),
			Cite(ZUS, "22", ""), Cite(ZUS, "23", "2"), Cite(ZUS, "33", "2")}},
	DocDismissalAppeal: {Stage: StageAppealDismissed, Forum: ForumAdministrative, DeadlineID: IDDismissalAppeal,
		Basis: []Citation{Cite(ZUP, "162", "3")}},
	DocReminder: {Stage: StageAppealPending, Forum: ForumAdministrative, DeadlineID: IDReminder,
		Basis: []Citation{Cite(ZUS, "19", "1"), Cite(ZUP, "174", "")}},
	DocSilenceLawsuit: {Stage: StageReminderSent, Forum: ForumCourt, DeadlineID: IDSilenceLawsuit,
		Basis: []Citation{Cite(ZUS, "12", ""), Cite(ZUS, "19", "1"), Cite(ZUS, "22", "3"), CiteItem(ZUS, "26", "1", "1")}},
	DocReview: {Stage: StageJudgment, Forum: ForumSupreme, DeadlineID: IDReview,
		Basis: []Citation{Cite(ZUS, "49", "2"), Cite(ZUS, "50", "2"), Cite(ZUS, "51", "1"), Cite(ZUS, "52", "")}},
	DocConstitutional: {Stage: StageJudgment, Forum: ForumConstitutional, DeadlineID: IDConstitutional,
		Basis: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1"), Cite(ZUSud, "85", ""), Cite(ZUSud, "86", "")}},
	DocRestoration: {Forum: ForumAdministrative, DeadlineID: IDRestoration,
		Basis: []Citation{Cite(ZUP, "82", ""), Cite(ZUP, "83", "")}},
	DocSupplement: {Forum: ForumAdministrative, DeadlineID: IDRemedyInstruction,
		Basis: []Citation{Cite(ZUP, "141", "6")}},
	DocTranslation: {Forum: ForumAdministrative, DeadlineID: IDTranslation,
		Basis: []Citation{Cite(ZoS, "75", "6"), Cite(ZUP, "55", "1")}},
	DocDepartureExtension: {Forum: ForumAdministrative, DeadlineID: IDDepartureExtension,
		Basis: []Citation{Cite(ZoS, "77", "5")}},
	DocDataAccess: {Forum: ForumAdministrative, DeadlineID: IDDataAccess,
		Basis: []Citation{CiteItem(FeesLaw, "19", "1", "6а")}},
	DocRule39: {Forum: ForumECHR, DeadlineID: IDRule39,
		Basis: []Citation{Cite(ECHRConv, "3", ""), Cite(ECHRConv, "34", "")}},
	DocPowerAdmin:          {Forum: ForumAdministrative, Basis: []Citation{Cite(ZUP, "49", "")}},
	DocPowerCourt:          {Forum: ForumCourt, Basis: []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "85", ""), Cite(ZUS, "22", "4")}},
	DocPowerReview:         {Forum: ForumSupreme, Basis: []Citation{Cite(ZUS, "50", "2"), Cite(ZPP, "85", "")}},
	DocPowerConstitutional: {Forum: ForumConstitutional, Basis: []Citation{Cite(ZUSud, "83", "2"), Cite(ZUSud, "85", "")}},
}

// Document returns what the rules say about document id.
func Document(id DocumentID) (DocumentInfo, bool) {
	d, ok := documents[id]
	d.ID = id
	d.Basis = append([]Citation(nil), d.Basis...)
	return d, ok
}

// RestorationForum is the forum and articles of the restoration proposal for a missed
// remedy: the body where the act was due for an appeal (ZUP Art. 83(4)), the court with
// the lawsuit (ZPP Art. 110(1), (4) through ZUS Art. 74: inferred), the Constitutional
// Court with the appeal (ZUSud Art. 84(2)).
func RestorationForum(m Missed) (Forum, string, []Citation) {
	switch m {
	case MissedLawsuit:
		return ForumCourt, IDRestorationLawsuit, []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "109", ""), Cite(ZPP, "110", ""), Cite(ZPP, "112", "")}
	case MissedConstitutional:
		return ForumConstitutional, IDRestorationConstitution, []Citation{Cite(ZUSud, "84", "2"), Cite(ZUSud, "84", "3")}
	}
	return ForumAdministrative, IDRestoration, []Citation{Cite(ZUP, "82", ""), Cite(ZUP, "83", "")}
}

// stageDocuments: the documents a case at stage id is offered, each only where its
// conditions hold (the stage's own document first, the side requests the person asked
// for, then one power of attorney per forum a document goes to, where a representative acts).
func stageDocuments(f Facts, rem Remedy, id StageID) []DocumentID {
	sf := f.Stages
	var out []DocumentID
	switch id {
	case StageLawsuit:
		out = append(out, DocLawsuit)
	case StageAppealDismissed:
		out = append(out, DocDismissalAppeal)
	case StageAppealPending:
		out = append(out, DocReminder)
	case StageReminderSent:
		out = append(out, DocSilenceLawsuit)
	case StageJudgment:
		if ReviewLies(rem, sf) && sf.ReviewLodged.IsZero() && !f.JudgmentReceived.IsZero() {
			out = append(out, DocReview)
		}
		if sf.ConstitutionalLodged.IsZero() {
			out = append(out, DocConstitutional)
		}
	case StageReviewPending:
		// The lawyer may lodge the constitutional appeal as a precaution (ZUSud Art. 82(1)).
		out = append(out, DocConstitutional)
	}
	if sf.Missed != "" && sf.MissedReason {
		out = append(out, DocRestoration)
	}
	if f.NoRemedyInstruction && rem.Kind != Lawsuit && id == StageFirstRemedy {
		out = append(out, DocSupplement)
	}
	if sf.WantsTranslation {
		out = append(out, DocTranslation)
	}
	if sf.WantsDepartureExtension && rem.Departure != nil && (f.DepartureDays > 0 || f.DepartureImmediate) {
		out = append(out, DocDepartureExtension)
	}
	if sf.WantsDataAccess {
		out = append(out, DocDataAccess)
	}
	if sf.RiskOnReturn && (sf.WantsRule39 || !sf.RemovalPlanned.IsZero()) {
		out = append(out, DocRule39)
	}
	return out
}

// ForumOf is the forum a document is filed in; the restoration proposal's depends on
// the remedy missed.
func ForumOf(id DocumentID, m Missed) Forum {
	if id == DocRestoration {
		fo, _, _ := RestorationForum(m)
		return fo
	}
	return documents[id].Forum
}

// PowersOfAttorney: one power of attorney per forum the given documents go to. For the
// request for review it is always given (only a lawyer may lodge it, ZUS Art. 50(2));
// for the others only where a representative acts.
func PowersOfAttorney(docs []DocumentID, m Missed, representative bool) []DocumentID {
	seen := map[Forum]bool{}
	for _, d := range docs {
		seen[ForumOf(d, m)] = true
	}
	var out []DocumentID
	if representative && seen[ForumAdministrative] {
		out = append(out, DocPowerAdmin)
	}
	if representative && seen[ForumCourt] {
		out = append(out, DocPowerCourt)
	}
	if seen[ForumSupreme] {
		out = append(out, DocPowerReview)
	}
	if representative && seen[ForumConstitutional] {
		out = append(out, DocPowerConstitutional)
	}
	return out
}

// stageRulebook writes the stages, their deadlines and their documents into the
// rulebook (docs/RULES.md), from the same tables CurrentStage and stageDeadlines use.
func stageRulebook(tr *locales.Translator, line func(string), bullet func(id string, inferred bool, cs ...Citation), cites func(cs ...Citation) string) {
	t := func(id string, kv ...any) string { return tr.T(id, kv...) }
	line("## " + t("stages.rules.h"))
	line("")
	line(t("stages.rules.intro"))
	line("")
	line("| " + t("stages.rules.col.stage") + " | " + t("stages.rules.col.when") + " | " + t("stages.rules.col.documents") + " |")
	line("| --- | --- | --- |")
	for _, s := range Stages {
		var docs []string
		for _, id := range DocumentIDs {
			if documents[id].Stage == s {
				docs = append(docs, t(id.TitleID())+" ("+cites(documents[id].Basis...)+")")
			}
		}
		if len(docs) == 0 {
			docs = append(docs, "—")
		}
		line("| " + t(s.TitleID()) + " | " + t("stages.rules.when."+string(s)) + " | " + strings.Join(docs, "; ") + " |")
	}
	line("")
	bullet("stages.rules.dismissal", false, Cite(ZUP, "162", "1"), Cite(ZUP, "162", "3"))
	bullet("stages.rules.dismissal_stay", true, CiteItem(ZUP, "190", "2", "5"), CiteItem(ZUS, "23", "3", "1"))
	bullet("stages.rules.annulled", false, Cite(ZUP, "171", "3"), Cite(ZUS, "14", "1"))
	bullet("stages.rules.changed", false, Cite(ZUP, "167", "2"), Cite(ZUP, "171", "5"), Cite(ZUS, "14", "1"))
	bullet("stages.rules.representative", false, Cite(ZUP, "66", "6"), Cite(ZUP, "69", "3"), Cite(ZPP, "141", "1"))
	bullet("stages.rules.reminder_start", true, Cite(ZUS, "19", "1"), Cite(ZUP, "166", "1"), Cite(ZUP, "81", "2"), Cite(ZUP, "64", "8"))
	bullet("stages.rules.review", false, Cite(ZUS, "49", "2"), Cite(ZUS, "50", "1"), Cite(ZUS, "50", "2"), Cite(ZUS, "51", "1"))
	bullet("stages.rules.review_name", true, Cite(ZUS, "49", "1"))
	bullet("stages.rules.constitutional_review", true, Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1"))
	bullet("stages.rules.constitutional_content", false, Cite(ZUSud, "85", ""), Cite(ZoS, "7", "2"))
	bullet("stages.rules.echr_pending", false, Cite(ECHRConv, "35", "1"))
	bullet("stages.rules.won", false, Cite(ZUS, "69", "1"), Cite(ZUS, "69", "2"), Cite(ZUS, "71", "1"), Cite(ZUS, "71", "2"))
	bullet("stages.rules.restoration_later", true, Cite(ZUS, "74", ""), Cite(ZPP, "110", ""), Cite(ZUSud, "84", "2"), Cite(ZUSud, "84", "3"))
	bullet("stages.rules.reopening", false, Cite(ZUP, "176", "1"), Cite(ZUP, "178", "1"), Cite(ZUP, "179", "2"), Cite(ZUP, "180", "1"))
	bullet("stages.rules.translation", false, Cite(ZoS, "75", "6"), Cite(ZUP, "55", "1"))
	bullet("stages.rules.extension", false, Cite(ZoS, "77", "5"), Cite(ZoS, "77", "3"))
	bullet("stages.rules.extension_other", true, Cite(ZUP, "79", "3"))
	bullet("stages.rules.data_access", false, CiteItem(FeesLaw, "19", "1", "6а"), Cite(ZUP, "64", ""), Cite(ZUP, "65", ""), Cite(ZoS, "9", "9"))
	bullet("stages.rules.rule39", false, Cite(ECHRConv, "3", ""), Cite(ECHRConv, "34", ""))
	bullet("stages.rules.powers", false, Cite(ZUP, "49", "3"), Cite(ZUS, "74", ""), Cite(ZPP, "85", ""), Cite(ZUS, "22", "4"), Cite(ZUS, "50", "2"), Cite(ZUSud, "85", ""))
	bullet("stages.rules.final", false, CiteItem(ZUS, "26", "1", "1"), Cite(ZUSud, "85", ""))
	line("")
}
