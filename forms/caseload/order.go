package caseload

import (
	"sort"
	"strings"

	"appealdesk/locales"
)

// SortKey is an order of the caseload.
type SortKey string

const (
	// ByUrgency (the default): urgent cases first, then by how soon the next safe date
	// comes (passed first), cases without a date last.
	ByUrgency SortKey = "urgency"
	// ByDate: by the next last day, soonest first; cases without a date last.
	ByDate SortKey = "date"
	// ByTitle: alphabetically by title.
	ByTitle SortKey = "title"
	// ByChanged: most recently changed first.
	ByChanged SortKey = "changed"
)

// SortKeys lists the orders in the order a chooser offers them.
var SortKeys = []SortKey{ByUrgency, ByDate, ByTitle, ByChanged}

// Valid reports whether k is one of SortKeys.
func (k SortKey) Valid() bool {
	for _, x := range SortKeys {
		if x == k {
			return true
		}
	}
	return false
}

// Sort orders list by key in place. Ties fall back to the title and then to the
// file name, so the order never depends on the directory's.
func Sort(list []Summary, key SortKey) {
	sort.SliceStable(list, func(i, j int) bool { return less(&list[i], &list[j], key) })
}

func less(a, b *Summary, key SortKey) bool {
	switch key {
	case ByUrgency:
		if a.Urgent != b.Urgent {
			return a.Urgent
		}
		if c := compareNext(a, b, true); c != 0 {
			return c < 0
		}
	case ByDate:
		if c := compareNext(a, b, false); c != 0 {
			return c < 0
		}
	case ByChanged:
		if !a.Modified.Equal(b.Modified) {
			return a.Modified.After(b.Modified)
		}
	}
	if ta, tb := titleKey(a), titleKey(b); ta != tb {
		return ta < tb
	}
	return a.File < b.File
}

// compareNext orders by the next date (the safe date when safe is set, else the
// last day); a case without one comes after every case with one.
func compareNext(a, b *Summary, safe bool) int {
	switch {
	case a.Next == nil && b.Next == nil:
		return 0
	case a.Next == nil:
		return 1
	case b.Next == nil:
		return -1
	}
	da, db := a.Next.LastDay, b.Next.LastDay
	if safe {
		da, db = a.Next.Safe, b.Next.Safe
	}
	return da.Compare(db)
}

func sortStrings(s []string) { sort.Strings(s) }

func titleKey(s *Summary) string { return collationKey(s.Title) }

// afterBase follows a letter's base letter in a collation key, so that the letter
// sorts after every word of its base letter and before the next letter.
const afterBase = "\U0010FFFD"

// letterKeys places the letters that Unicode code order puts out of alphabetical
// order: Serbian Latin č ć after c, đ after d, š after s, ž after z (the order of
// the Serbian alphabet); Russian ё after е; Serbian Cyrillic ђ after д, ј after и,
// љ after л, њ after н, ћ after т, џ after ч.
var letterKeys = map[rune]string{
	'č': "c" + afterBase + "1", 'ć': "c" + afterBase + "2", 'đ': "d" + afterBase + "2",
	'š': "s" + afterBase + "1", 'ž': "z" + afterBase + "1",
	'ё': "е" + afterBase + "1",
	'ђ': "д" + afterBase + "1", 'ј': "и" + afterBase + "1", 'љ': "л" + afterBase + "1",
	'њ': "н" + afterBase + "1", 'ћ': "т" + afterBase + "1", 'џ': "ч" + afterBase + "1",
}

// collationKey is a title as it sorts: case-insensitively, each script in its
// alphabet's order (Latin titles before Cyrillic ones). A full collation library
// would add megabytes of tables to the program for this one list.
func collationKey(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		if k, ok := letterKeys[r]; ok {
			b.WriteString(k)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fold is the form text is compared in: lower case, Serbian Cyrillic as Latin (so
// "Đorđe" finds "Ђорђе" and the other way round).
func fold(s string) string { return strings.ToLower(locales.ToLatin(s)) }

// Filter returns the summaries matching query: every word of it occurs in the
// title, the person's name (either spelling), the decision number, or one of the
// words extra gives for the summary (the interface passes the decision type and
// stage in the person's language). An empty query matches everything. With
// urgentOnly, only urgent cases are kept.
func Filter(list []Summary, query string, urgentOnly bool, extra func(Summary) []string) []Summary {
	words := strings.Fields(fold(query))
	out := make([]Summary, 0, len(list))
	for _, s := range list {
		if urgentOnly && !s.Urgent {
			continue
		}
		if len(words) > 0 && !matches(s, words, extra) {
			continue
		}
		out = append(out, s)
	}
	return out
}

func matches(s Summary, words []string, extra func(Summary) []string) bool {
	fields := []string{s.Title, s.Person, s.PersonSerbian, s.DecisionNumber}
	if extra != nil {
		fields = append(fields, extra(s)...)
	}
	hay := fold(strings.Join(fields, "\n"))
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}
