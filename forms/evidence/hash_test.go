package evidence

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"appealdesk/forms"
)

func TestSumKnownVectors(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"empty string", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"FIPS 180-2 B.1 one block abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"FIPS 180-2 B.2 multi-block", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
			"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{"FIPS 180-2 B.3 one million a", strings.Repeat("a", 1000000),
			"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, n, err := Sum(context.Background(), strings.NewReader(tc.in), int64(len(tc.in)), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || n != int64(len(tc.in)) {
				t.Errorf("Sum = %s, %d; want %s, %d", got, n, tc.want, len(tc.in))
			}
			// The same through a file.
			p := filepath.Join(t.TempDir(), "v")
			if err := os.WriteFile(p, []byte(tc.in), 0o600); err != nil {
				t.Fatal(err)
			}
			f, err := Fingerprint(context.Background(), p, nil)
			if err != nil || f.SHA256 != tc.want || f.Size != int64(len(tc.in)) {
				t.Errorf("Fingerprint = %+v, %v", f, err)
			}
		})
	}
}

// pattern fills n bytes with a non-repeating-looking sequence.
func pattern(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func TestFingerprintMatchesSha256sum(t *testing.T) {
	tool, err := exec.LookPath("sha256sum")
	if err != nil {
		t.Skip("sha256sum not installed")
	}
	dir := t.TempDir()
	for _, size := range []int{0, 1, 55, 56, 64, BufferSize - 1, BufferSize, BufferSize + 1, 3*BufferSize + 7} {
		p := filepath.Join(dir, "f")
		if err := os.WriteFile(p, pattern(size), 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, p).Output()
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Fields(string(out))[0]
		f, err := Fingerprint(context.Background(), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f.SHA256 != want || f.Size != int64(size) {
			t.Errorf("size %d: got %s/%d, sha256sum says %s", size, f.SHA256, f.Size, want)
		}
	}
}

func sparse(t testing.TB, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestProgressReports(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	const size = 100<<20 + 12345
	sparse(t, p, size)
	var calls [][2]int64
	if _, err := Fingerprint(context.Background(), p, func(d, tot int64) { calls = append(calls, [2]int64{d, tot}) }); err != nil {
		t.Fatal(err)
	}
	if len(calls) < 3 {
		t.Fatalf("want a start, intermediate reports and an end, got %v", calls)
	}
	if calls[0] != [2]int64{0, size} || calls[len(calls)-1] != [2]int64{size, size} {
		t.Errorf("first/last report = %v/%v", calls[0], calls[len(calls)-1])
	}
	// Throttled: no more than one report per ProgressStep, plus start and end.
	if max := int(size/ProgressStep(size)) + 2; len(calls) > max {
		t.Errorf("%d reports for %d bytes, want at most %d", len(calls), size, max)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] {
			t.Errorf("progress went back: %v", calls)
		}
	}
}

func TestCancelledHashLeavesNoHalfState(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "video.mp4")
	sparse(t, p, 200<<20)
	before := forms.EvidenceItem{Title: "Video", Category: CatOther}

	t.Run("cancelled before start", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		item := before
		err := Attach(ctx, &item, p, nil)
		if !errors.Is(err, ErrCancelled) || !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want ErrCancelled wrapping context.Canceled", err)
		}
		if item.File != nil || item.Title != before.Title {
			t.Errorf("item changed by a cancelled hash: %+v", item)
		}
	})
	t.Run("cancelled midway", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		item := before
		var last int64
		err := Attach(ctx, &item, p, func(done, total int64) {
			last = done
			if done > 0 {
				cancel()
			}
		})
		if !errors.Is(err, ErrCancelled) {
			t.Fatalf("err = %v, want ErrCancelled", err)
		}
		if last == 0 || last >= 200<<20 {
			t.Errorf("cancel was not midway: last progress %d", last)
		}
		if item.File != nil {
			t.Errorf("item has a file after a cancelled hash: %+v", item.File)
		}
	})
	t.Run("deadline exceeded", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 0)
		defer cancel()
		f, err := Fingerprint(ctx, p, nil)
		if !errors.Is(err, ErrCancelled) || !errors.Is(err, context.DeadlineExceeded) || f.SHA256 != "" || f.Size != 0 || f.Path != "" {
			t.Errorf("Fingerprint = %+v, %v", f, err)
		}
	})
}

func TestFingerprintNames(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name     string // file name on disk
		display  string // the sanitised name shown
		rawBytes bool   // PathRaw must be kept
	}{
		{"passport.pdf", "passport.pdf", false},
		{"Свидетельство о браке.pdf", "Свидетельство о браке.pdf", false},
		{"Решење ПУ Београд.jpg", "Решење ПУ Београд.jpg", false},
		{"\xcf\xe8\xf1\xfc\xec\xee.txt", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.txt", true}, // "Письмо" in Windows-1251
		{"line\nbreak.txt", "line\uFFFDbreak.txt", false},
	}
	for _, tc := range cases {
		t.Run(DisplayName(tc.name), func(t *testing.T) {
			if runtime.GOOS != "linux" && tc.rawBytes {
				t.Skip("non-UTF-8 names need a byte-string file system")
			}
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, []byte("content of "+tc.name), 0o600); err != nil {
				t.Fatal(err)
			}
			f, err := Fingerprint(context.Background(), p, nil)
			if err != nil {
				t.Fatal(err)
			}
			if f.Name != tc.display || f.Path != p {
				t.Errorf("Name %q Path %q; want %q, %q", f.Name, f.Path, tc.display, p)
			}
			if (f.PathRaw != nil) != tc.rawBytes {
				t.Errorf("PathRaw = %q", f.PathRaw)
			}
			// The case survives a save and a load, and the file is still found.
			c := forms.New("names")
			c.Evidence = []forms.EvidenceItem{{Title: f.Name, File: &f}}
			data, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(data) {
				t.Error("case JSON is not valid UTF-8")
			}
			var back forms.Case
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			res, err := Verify(context.Background(), &back, dir, nil)
			if err != nil || len(res) != 1 || res[0].Status != StatusOK {
				t.Errorf("verify after reload: %+v, %v", res, err)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fp := func(p string) *forms.File {
		f, err := Fingerprint(context.Background(), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		return &f
	}
	same := fp(write("same.pdf", "unchanged"))
	empty := fp(write("empty.txt", ""))
	changed := fp(write("changed.pdf", "before"))
	write("changed.pdf", "after!")
	gone := fp(write("deleted.jpg", "soon gone"))
	if err := os.Remove(filepath.Join(dir, "deleted.jpg")); err != nil {
		t.Fatal(err)
	}
	dirItem := fp(write("was-a-file", "x"))
	os.Remove(filepath.Join(dir, "was-a-file"))
	if err := os.Mkdir(filepath.Join(dir, "was-a-file"), 0o700); err != nil {
		t.Fatal(err)
	}
	// A relative path is resolved against the case's directory.
	rel := fp(write("relative.txt", "rel"))
	rel.Path = "relative.txt"

	c := forms.New("verify")
	c.Evidence = []forms.EvidenceItem{
		{Title: "same", File: same},
		{Title: "empty", File: empty},
		{Title: "changed", File: changed},
		{Title: "deleted", File: gone},
		{Title: "paper only"},
		{Title: "dir", File: dirItem},
		{Title: "relative", File: rel},
	}
	snapshot, _ := json.Marshal(c)
	res, err := Verify(context.Background(), c, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Status{StatusOK, StatusOK, StatusChanged, StatusMissing, StatusPaper, StatusUnreadable, StatusOK}
	if len(res) != len(want) {
		t.Fatalf("%d results, want %d", len(res), len(want))
	}
	for i, w := range want {
		if res[i].Status != w || res[i].Index != i {
			t.Errorf("item %d (%s): %s, want %s (%v)", i, res[i].Title, res[i].Status, w, res[i].Err)
		}
	}
	if res[2].SHA256 == changed.SHA256 || res[2].SHA256 == "" || res[2].Recorded != changed.SHA256 {
		t.Errorf("changed item should report the new hash: %+v", res[2])
	}
	after, _ := json.Marshal(c)
	if !bytes.Equal(snapshot, after) {
		t.Error("Verify modified the case")
	}
}

func TestFiveGigabyteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes 5 GB (about 3–20 s)")
	}
	p := filepath.Join(t.TempDir(), "5g.bin")
	const size = 5 << 30
	sparse(t, p, size)
	f, err := Fingerprint(context.Background(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	// SHA-256 of 5 GiB of zero bytes, from: truncate -s 5G z && sha256sum z
	const want = "7f06c62352aebd8125b2a1841e2b9e1ffcbed602f381c3dcb3200200e383d1d5"
	if f.Size != size || f.SHA256 != want {
		t.Errorf("got %d %s", f.Size, f.SHA256)
	}
}

func TestDisplayNameIsSafe(t *testing.T) {
	for _, in := range []string{"ok.pdf", "\xff\xfe", "a\x1b[31mred", "right\u202eto-left.pdf", "tab\there"} {
		out := DisplayName(in)
		if !utf8.ValidString(out) {
			t.Errorf("%q → %q not UTF-8", in, out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
				t.Errorf("%q → %q keeps control %U", in, out, r)
			}
		}
	}
}

func FuzzDisplayName(f *testing.F) {
	f.Add("Свидетельство.pdf")
	f.Add("\xcf\xe8\xf1\xfc\xec\xee")
	f.Fuzz(func(t *testing.T, s string) {
		out := DisplayName(s)
		if !utf8.ValidString(out) {
			t.Fatalf("%q → %q", s, out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
				t.Fatalf("%q → %q keeps %U", s, out, r)
			}
		}
		if utf8.ValidString(s) && utf8.RuneCountInString(out) != utf8.RuneCountInString(s) {
			t.Fatalf("rune count changed: %q → %q", s, out)
		}
	})
}
