package caseload

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// refusal is a refusal of temporary residence handed over in person on received:
// 15 days to appeal from receipt (ZoS Art. 45(2)), counted by ZUP Art. 80.
func refusal(title, received string) *forms.Case {
	c := forms.New(title)
	c.Decision.Type = forms.TypeTemporaryResidenceRefusal
	c.Decision.Service = forms.ServicePersonal
	c.Decision.Received = forms.Date(received)
	return c
}

func summary(t *testing.T, c *forms.Case, today string) Summary {
	t.Helper()
	return Summarize("case-x.appeal", "/x/case-x.appeal", time.Time{}, c, day(today))
}

// The next date and the days to its safe date are legal's: ZoS Art. 45(2) gives 15
// days from receipt; handed over on Friday 20.11.2026, day 15 is Saturday 5.12
// (ZUP Art. 80(2)), which moves to Monday 7.12 (ZUP Art. 80(5)); the safe date is
// the Friday before.
func TestNextDateAndSafeDaysLeft_ZoS45_ZUP80(t *testing.T) {
	c := refusal("Ana", "2026-11-20")
	for _, tc := range []struct {
		today            string
		safeLeft, left   int
		urgent           bool
		wantDeadlineID   string
		wantLast, wantSf string
	}{
		{"2026-11-21", 13, 16, false, "appeal", "2026-12-07", "2026-12-04"},
		{"2026-11-30", 4, 7, false, "appeal", "2026-12-07", "2026-12-04"},
		{"2026-12-01", 3, 6, true, "appeal", "2026-12-07", "2026-12-04"}, // ≤ 3 days to the safe date (legal.UrgentDays)
		{"2026-12-04", 0, 3, true, "appeal", "2026-12-07", "2026-12-04"},
		{"2026-12-06", -2, 1, true, "appeal", "2026-12-07", "2026-12-04"},
		{"2026-12-07", -3, 0, true, "appeal", "2026-12-07", "2026-12-04"},
	} {
		t.Run(tc.today, func(t *testing.T) {
			s := summary(t, c, tc.today)
			if s.Next == nil {
				t.Fatal("no next date")
			}
			if s.Next.DeadlineID != tc.wantDeadlineID || !s.Next.LastDay.Equal(day(tc.wantLast)) || !s.Next.Safe.Equal(day(tc.wantSf)) {
				t.Errorf("next = %s %s safe %s, want %s %s safe %s", s.Next.DeadlineID, s.Next.LastDay.Format("2006-01-02"),
					s.Next.Safe.Format("2006-01-02"), tc.wantDeadlineID, tc.wantLast, tc.wantSf)
			}
			if s.Next.SafeDaysLeft != tc.safeLeft || s.Next.DaysLeft != tc.left {
				t.Errorf("days left: safe %d last %d, want %d %d", s.Next.SafeDaysLeft, s.Next.DaysLeft, tc.safeLeft, tc.left)
			}
			if s.Urgent != tc.urgent {
				t.Errorf("urgent = %v, want %v", s.Urgent, tc.urgent)
			}
			if s.Stage.ID != StageFirstRemedy || s.Stage.DeadlineID != legal.IDAppeal || s.Stage.TitleID != "caseload.stage.appeal" {
				t.Errorf("stage = %+v", s.Stage)
			}
		})
	}
}

// Once the appeal's last day has passed, the row says so — passed, urgent — even
// while the departure period still runs.
func TestPassedAppealIsTheNews(t *testing.T) {
	c := forms.Example() // appeal by 27.11.2026, departure by 12.12.2026
	s := summary(t, c, "2026-12-01")
	if s.Next == nil || s.Next.DeadlineID != legal.IDAppeal || !s.Next.Passed() || s.Next.DaysLeft != -4 {
		t.Fatalf("next = %+v, want the appeal, passed 4 days ago", s.Next)
	}
	if !s.Urgent {
		t.Error("a passed appeal is not urgent")
	}
	c = refusal("Ana", "2026-11-20")
	s = summary(t, c, "2026-12-08")
	if s.Next == nil || s.Next.DeadlineID != legal.IDAppeal || s.Next.DaysLeft != -1 || !s.Urgent {
		t.Fatalf("next = %+v urgent %v", s.Next, s.Urgent)
	}
}

// A termination of temporary residence with 30 days to leave: the appeal does not
// stop the departure (ZoS Art. 66(8), as legal reads it with a departure set), so
// the case is urgent from the first day; the next date is the appeal's (15 days,
// ZoS Art. 66(5)), before the departure's.
func TestDepartureOrderMakesUrgent_ZoS66(t *testing.T) {
	c := forms.Example()
	s := summary(t, c, "2026-11-13")
	if !s.Urgent {
		t.Error("not urgent")
	}
	res := c.Deadlines()
	a, _ := res.Deadline(legal.IDAppeal)
	if s.Next == nil || s.Next.DeadlineID != legal.IDAppeal || !s.Next.LastDay.Equal(a.LastDay) {
		t.Errorf("next = %+v, want the appeal on %v", s.Next, a.LastDay)
	}
	if s.Person != "Ivan Petrov" || s.DecisionNumber != "26-4471/26" || s.Empty {
		t.Errorf("summary = %+v", s)
	}
}

// Without a decision type nothing is counted: stage "none", no date, not urgent.
func TestNoTypeYet(t *testing.T) {
	s := summary(t, forms.New("Case of 01.12.2026"), "2026-12-01")
	if s.Stage.ID != StageNone || s.Next != nil || s.Urgent || !s.Empty {
		t.Errorf("summary = %+v", s)
	}
	// A type alone: a stage, but no date until the delivery is known.
	c := forms.New("x")
	c.Decision.Type = forms.TypeReturnDecision
	s = summary(t, c, "2026-12-01")
	if s.Stage.ID != StageFirstRemedy || s.Next != nil || s.Empty {
		t.Errorf("summary = %+v", s)
	}
}

func TestHasAnswers(t *testing.T) {
	c := forms.New("Case of 01.12.2026")
	c.Step = "decision"
	c.Seen = []string{"identify", "decision", "person"}
	if HasAnswers(c) {
		t.Error("a title, a step and the steps opened are not answers")
	}
	// Any answer anywhere counts, also one this version does not know.
	mutations := map[string]func(*forms.Case){
		"type":      func(c *forms.Case) { c.Decision.Type = forms.TypeReturnDecision },
		"name":      func(c *forms.Case) { c.Person.FullName = "A" },
		"story":     func(c *forms.Case) { c.Story.PrivateNotes = " " },
		"child":     func(c *forms.Case) { c.Family.Children = []forms.Child{{}} },
		"evidence":  func(c *forms.Case) { c.Evidence = []forms.EvidenceItem{{Title: "x"}} },
		"arguments": func(c *forms.Case) { c.Arguments = map[string]bool{"a": false} },
		"office":    func(c *forms.Case) { c.Office.SaturdayWorking = true },
		"documents": func(c *forms.Case) { c.Documents.Script = "latn" },
		"later":     func(c *forms.Case) { c.Later.AppealLodged = "2026-12-01" },
		"unknown":   func(c *forms.Case) { c.Unknown = map[string]json.RawMessage{"x": json.RawMessage("1")} },
	}
	for name, m := range mutations {
		c := forms.New("t")
		m(c)
		if !HasAnswers(c) {
			t.Errorf("%s: not counted as an answer", name)
		}
	}
	// Every field of the case, set by reflection: each one alone is an answer. A
	// field added to the case later is covered without changing this test.
	forEachLeaf(reflect.ValueOf(forms.New("t")).Elem(), "", func(path string) {
		if path == "format" || path == "version" || path == "title" || path == "step" || path == "seen" {
			return
		}
		c := forms.New("t")
		v := reflect.ValueOf(c).Elem()
		setLeaf(v, path)
		if !HasAnswers(c) {
			t.Errorf("%s alone is not counted as an answer", path)
		}
	})
}

// forEachLeaf calls f with the dotted Go field path of every settable leaf of v.
func forEachLeaf(v reflect.Value, prefix string, f func(path string)) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name := strings.ToLower(sf.Name)
		if prefix != "" {
			name = prefix + "." + name
		}
		if sf.Type.Kind() == reflect.Struct {
			forEachLeaf(v.Field(i), name, f)
			continue
		}
		f(name)
	}
}

func setLeaf(v reflect.Value, path string) {
	parts := strings.Split(path, ".")
	for _, p := range parts {
		v = v.FieldByNameFunc(func(n string) bool { return strings.ToLower(n) == p })
	}
	fill(v)
}

func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		m.SetMapIndex(reflect.Zero(v.Type().Key()), reflect.Zero(v.Type().Elem()))
		v.Set(m)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	default:
		panic(fmt.Sprintf("fill: %s", v.Kind()))
	}
}

func newStore(t testing.TB) *forms.Store {
	t.Helper()
	s, err := forms.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// readCase gives exactly what forms.Load gives — the same case for a good file of
// the current version, the same error kind for every other.
func TestReadCaseAgreesWithLoad(t *testing.T) {
	dir := t.TempDir()
	good, _ := forms.Marshal(forms.Example())
	files := map[string][]byte{
		"example":        good,
		"bom":            append([]byte("\xef\xbb\xbf"), good...),
		"empty-case":     mustMarshal(forms.New("")),
		"truncated":      good[:len(good)/2],
		"not-json":       []byte("hello"),
		"array":          []byte("[1,2]"),
		"null":           []byte("null"),
		"foreign":        []byte(`{"format":"something-else","version":1}`),
		"no-format":      []byte(`{"version":1,"title":"x"}`),
		"newer":          []byte(`{"format":"appealdesk-case","version":99,"title":"x"}`),
		"version-string": []byte(`{"format":"appealdesk-case","version":"1"}`),
		"version-zero":   []byte(`{"format":"appealdesk-case","version":0}`),
		"wrong-type":     []byte(`{"format":"appealdesk-case","version":1,"story":5}`),
		"wrong-type-2":   []byte(`{"format":"appealdesk-case","version":1,"decision":{"departure_days":"x"}}`),
		"upper-keys":     []byte(`{"FORMAT":"appealdesk-case","Version":1,"TITLE":"t"}`),
		"unknown-member": []byte(`{"format":"appealdesk-case","version":1,"title":"t","extra":{"a":1}}`),
		"trailing":       append(append([]byte{}, good...), []byte(" {}")...),
		"bad-utf8":       []byte("{\"format\":\"appealdesk-case\",\"version\":1,\"title\":\"\xff\"}"),
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".appeal")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			want, wantErr := forms.Load(path)
			got, gotErr := readCase(path)
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("Load error %v, readCase error %v", wantErr, gotErr)
			}
			if wantErr != nil {
				var a, b *forms.FileError
				if !errors.As(wantErr, &a) || !errors.As(gotErr, &b) || a.Message().ID != b.Message().ID {
					t.Fatalf("Load error %v, readCase error %v", wantErr, gotErr)
				}
				return
			}
			want.Unknown = nil // the list does not keep unknown members
			if !reflect.DeepEqual(want, got) {
				t.Fatalf("readCase differs from Load:\n%+v\n%+v", got, want)
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		if _, err := readCase(filepath.Join(dir, "nope.appeal")); err == nil {
			t.Fatal("no error for a missing file")
		}
	})
}

func mustMarshal(c *forms.Case) []byte {
	b, err := forms.Marshal(c)
	if err != nil {
		panic(err)
	}
	return b
}

// The reader reads a file again only when it changed, forgets removed files and
// lists damaged ones with their error.
func TestReaderCachesAndRereadsChangedFiles(t *testing.T) {
	s := newStore(t)
	e1, c1, err := s.Create("one")
	if err != nil {
		t.Fatal(err)
	}
	e2, _, _ := s.Create("two")
	if err := os.WriteFile(filepath.Join(s.Dir(), "case-bad.appeal"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := NewReader(s)
	list, err := r.Read(day("2026-12-01"))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("%d cases", len(list))
	}
	bad := find(list, "case-bad.appeal")
	var fe *forms.FileError
	if bad == nil || !errors.As(bad.Err, &fe) {
		t.Fatalf("damaged file listed as %+v", bad)
	}

	// Unchanged files come from the cache: the reader returns the cached digest even
	// if the file were read differently now (here: a replaced reader function is not
	// needed, the digest is compared by identity of the stage slice).
	before := find(list, e1.File).Stage

	c1.Title = "one, renamed"
	c1.Decision.Type = forms.TypeReturnDecision
	if err := s.Save(e1.File, c1); err != nil {
		t.Fatal(err)
	}
	// Make sure the modification time differs even on a coarse clock.
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(e1.Path, later, later)
	if err := s.Delete(e2.File); err != nil {
		t.Fatal(err)
	}
	list, err = r.Read(day("2026-12-01"))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || find(list, e2.File) != nil {
		t.Fatalf("deleted case still listed: %+v", list)
	}
	got := find(list, e1.File)
	if got.Title != "one, renamed" || got.Stage.ID == before.ID {
		t.Fatalf("changed file not read again: %+v", got)
	}
	if len(r.cache) != 2 {
		t.Errorf("cache holds %d entries for 2 files", len(r.cache))
	}
}

// A file whose size and time did not change is not read again.
func TestReaderDoesNotRereadUnchanged(t *testing.T) {
	s := newStore(t)
	e, _, _ := s.Create("one")
	r := NewReader(s)
	if _, err := r.Read(day("2026-12-01")); err != nil {
		t.Fatal(err)
	}
	// Poison the cached digest: if Read used the file, the title would come back.
	c := r.cache[e.File]
	c.d.title = "from the cache"
	r.cache[e.File] = c
	list, _ := r.Read(day("2026-12-01"))
	if list[0].Title != "from the cache" {
		t.Fatalf("unchanged file read again: %q", list[0].Title)
	}
	r.Forget(e.File)
	list, _ = r.Read(day("2026-12-01"))
	if list[0].Title != "one" {
		t.Fatalf("after Forget: %q", list[0].Title)
	}
}

func find(list []Summary, file string) *Summary {
	for i := range list {
		if list[i].File == file {
			return &list[i]
		}
	}
	return nil
}

// Urgent first, then the soonest safe date, cases without a date last; the other
// orders; ties by title, then file.
func TestSort(t *testing.T) {
	at := func(s string) *Next { d := day(s); return &Next{LastDay: d.AddDate(0, 0, 2), Safe: d} }
	list := []Summary{
		{File: "a", Title: "Zoran", Next: at("2026-12-20"), Modified: day("2026-01-03")},
		{File: "b", Title: "ana", Next: nil, Modified: day("2026-01-05")},
		{File: "c", Title: "Борис", Next: at("2026-12-10"), Urgent: true, Modified: day("2026-01-01")},
		{File: "d", Title: "Ćira", Next: at("2026-12-05"), Modified: day("2026-01-04")},
		{File: "e", Title: "Ђорђе", Next: nil, Urgent: true, Modified: day("2026-01-02")},
	}
	order := func(k SortKey) string {
		l := append([]Summary(nil), list...)
		Sort(l, k)
		var b strings.Builder
		for _, s := range l {
			b.WriteString(s.File)
		}
		return b.String()
	}
	for k, want := range map[SortKey]string{
		ByUrgency: "cedab", // urgent (dated c, undated e), then d, a by date, b without
		ByDate:    "dcabe", // 05, 10, 20; then the two without a date, by title
		ByTitle:   "bdace", // Latin (ana, Ćira after every c, Zoran), then Cyrillic
		ByChanged: "bdaec",
	} {
		if got := order(k); got != want {
			t.Errorf("%s: %s, want %s", k, got, want)
		}
	}
}

// Each script in its alphabet's order: Serbian Latin č ć after c, đ after d, š after s,
// ž after z; Russian ё after е; Serbian Cyrillic ђ after д, ј after и, љ after л,
// њ after н, ћ after т, џ after ч.
func TestCollationKey(t *testing.T) {
	for _, ordered := range [][]string{
		{"Ana", "cz", "Čačak", "ćup", "dz", "Đorđe", "e"},
		{"sz", "Šabac", "t"},
		{"zz", "Žika"},
		{"ежик", "Ёлка", "ж"},
		{"дя", "Ђорђе", "е"},
		{"ия", "Јован", "к"},
		{"ля", "Љиљана", "м"},
		{"ня", "Његош", "о"},
		{"тя", "Ћирилица", "у"},
		{"чя", "Џон", "ш"},
		{"Zoran", "Анна"}, // Latin before Cyrillic
	} {
		for i := 1; i < len(ordered); i++ {
			if !(collationKey(ordered[i-1]) < collationKey(ordered[i])) {
				t.Errorf("%q does not sort before %q", ordered[i-1], ordered[i])
			}
		}
	}
}

func TestFilter(t *testing.T) {
	list := []Summary{
		{File: "1", Title: "Ђорђе Јовановић", DecisionNumber: "26-1/26"},
		{File: "2", Title: "Case of 01.12.2026", Person: "Ivan Petrov", PersonSerbian: "Иван Петров", Urgent: true},
		{File: "3", Title: "Anna", DecisionType: forms.TypeReturnDecision},
	}
	extra := func(s Summary) []string {
		if s.DecisionType == forms.TypeReturnDecision {
			return []string{"Return decision"}
		}
		return nil
	}
	for q, want := range map[string]string{
		"":             "123",
		"đorđe":        "1",
		"ЂОРЂЕ":        "1",
		"jovanović":    "1",
		"26-1":         "1",
		"petrov ivan":  "2",
		"петров":       "2",
		"return":       "3",
		"ivan anna":    "",
		"   ":          "123",
		"case 2026":    "2",
		"01.12.2026 x": "",
	} {
		got := ""
		for _, s := range Filter(list, q, false, extra) {
			got += s.File
		}
		if got != want {
			t.Errorf("%q → %q, want %q", q, got, want)
		}
	}
	if got := Filter(list, "", true, extra); len(got) != 1 || got[0].File != "2" {
		t.Errorf("urgent only: %+v", got)
	}
}

// One calendar of all cases: every dated deadline of every readable case, each event
// with the UID `appealdesk deadlines --ics` gives it for that case alone.
func TestCalendarOfAllCases(t *testing.T) {
	s := newStore(t)
	a := refusal("Ana", "2026-11-20")
	b := forms.Example()
	empty := forms.New("nothing yet")
	for _, c := range []*forms.Case{a, b, empty} {
		if _, err := s.Duplicate(mustAdd(t, s, c), c.Title); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(s.Dir(), "case-bad.appeal"), []byte("{"), 0o600)
	r := NewReader(s)
	if _, err := r.Read(day("2026-12-01")); err != nil {
		t.Fatal(err)
	}
	tr := locales.New(locales.English)
	data, events, cases, err := r.Calendar(tr)
	if err != nil {
		t.Fatal(err)
	}
	// Each case twice (the original and its duplicate: same answers, same UIDs).
	var single bytes.Buffer
	want := 0
	uids := map[string]bool{}
	for _, c := range []*forms.Case{a, b} {
		res := c.Deadlines()
		single.Reset()
		n, err := legal.WriteICS(&single, res, tr, CalendarOptions(c, res))
		if err != nil {
			t.Fatal(err)
		}
		want += 2 * n
		for _, line := range strings.Split(single.String(), "\r\n") {
			if strings.HasPrefix(line, "UID:") {
				uids[line] = true
				if !strings.Contains(string(data), line+"\r\n") {
					t.Errorf("%s of the single-case file is not in the caseload's", line)
				}
			}
		}
	}
	if events != want || cases != 4 {
		t.Errorf("%d events of %d cases, want %d of 4", events, cases, want)
	}
	if got := strings.Count(string(data), "BEGIN:VEVENT"); got != want {
		t.Errorf("%d VEVENTs, want %d", got, want)
	}
	if !strings.HasPrefix(string(data), "BEGIN:VCALENDAR\r\n") || !strings.Contains(string(data), "SUMMARY:Ana: ") {
		t.Errorf("calendar:\n%s", data)
	}
	// The same cases give the same bytes.
	again, _, _, _ := r.Calendar(tr)
	if !bytes.Equal(again, data) {
		t.Error("the calendar is not reproducible")
	}
}

func mustAdd(t *testing.T, s *forms.Store, c *forms.Case) string {
	t.Helper()
	e, _, err := s.Create(c.Title)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(e.File, c); err != nil {
		t.Fatal(err)
	}
	return e.File
}

// Generated cases: the summary from the list's one-pass reading equals the summary
// of the case as forms.Load reads it, on any day.
func TestSummaryFromReadCaseEqualsFromLoad(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	dir := t.TempDir()
	for i := 0; i < 300; i++ {
		c := Generate(rng, day("2026-12-01"), i)
		path := filepath.Join(dir, fmt.Sprintf("case-%d.appeal", i))
		if err := forms.Save(path, c); err != nil {
			t.Fatal(err)
		}
		loaded, err := forms.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		read, err := readCase(path)
		if err != nil {
			t.Fatal(err)
		}
		today := day("2026-11-01").AddDate(0, 0, rng.Intn(90))
		want := Summarize("f", path, time.Time{}, loaded, today)
		got := Summarize("f", path, time.Time{}, read, today)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("case %d:\n%+v\n%+v", i, got, want)
		}
	}
}

// Every stage of every decision type has its name in every language.
func TestStageNamesInCatalogues(t *testing.T) {
	for _, dt := range forms.DecisionTypes {
		c := forms.New("x")
		c.Decision.Type = dt.ID
		st := CurrentStage(c, c.Deadlines())
		for _, l := range locales.All {
			if got := locales.New(l).T(st.TitleID); got == st.TitleID || got == "" {
				t.Errorf("%s: stage %q has no %s name", dt.ID, st.TitleID, l)
			}
		}
	}
	for _, l := range locales.All {
		if locales.New(l).T("caseload.stage.none") == "caseload.stage.none" {
			t.Errorf("no %s name for a case not started", l)
		}
	}
}
