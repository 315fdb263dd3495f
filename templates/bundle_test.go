package templates

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

// exhibitFiles writes real exhibit files into dir and returns evidence items for
// them, in this order: a multi-page PDF, a photo (JPEG, turned by its EXIF
// orientation), a PNG with transparency, a paper-only document, then the problem
// cases: a damaged PDF, a PDF that needs a password (when qpdf is there), a file
// changed since it was fingerprinted, a missing file, a text file.
func exhibitFiles(t *testing.T, dir string) (items []forms.EvidenceItem, pdfPages int, encrypted bool) {
	t.Helper()
	item := func(title, name string, data []byte) forms.EvidenceItem {
		p := filepath.Join(dir, name)
		if data != nil {
			if err := os.WriteFile(p, data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		sum := sha256.Sum256(data)
		return forms.EvidenceItem{Title: title, Date: "2026-10-01", Pages: 1, Language: "sr",
			File: &forms.File{Name: name, Path: name, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}}
	}
	multi := render(t, testCase(), Options{Today: signing})["zalba.pdf"]
	pdfPages = multi.Pages
	items = append(items, item("Решење (PDF, више страна)", "resenje.pdf", multi.PDF))
	items = append(items, item("Фотографија потврде", "foto.jpg", jpegWithOrientation(t, 640, 480, 6)))
	items = append(items, item("Снимак екрана", "ekran.png", pngWithAlpha(t, 300, 200)))
	items = append(items, forms.EvidenceItem{Title: "Извод из матичне књиге венчаних (оригинал)", Pages: 1, Language: "sr"})
	items = append(items, item("Оштећени PDF", "osteceni.pdf", multi.PDF[:len(multi.PDF)/3]))
	if qpdf, err := exec.LookPath("qpdf"); err == nil {
		plain := filepath.Join(dir, "plain.pdf")
		os.WriteFile(plain, multi.PDF, 0o600)
		locked := filepath.Join(dir, "zakljucan.pdf")
		if out, err := exec.Command(qpdf, "--encrypt", "tajna", "vlasnik", "256", "--", plain, locked).CombinedOutput(); err != nil {
			t.Fatalf("qpdf: %v %s", err, out)
		}
		data, _ := os.ReadFile(locked)
		items = append(items, item("PDF са лозинком", "zakljucan.pdf", data))
		encrypted = true
	}
	changed := item("Измењена датотека", "izmenjena.pdf", multi.PDF)
	os.WriteFile(filepath.Join(dir, "izmenjena.pdf"), append(append([]byte(nil), multi.PDF...), '\n'), 0o600)
	items = append(items, changed)
	missing := item("Датотека које нема", "nema.pdf", nil)
	missing.File.SHA256 = ""
	items = append(items, missing)
	items = append(items, item("Текст", "beleska.txt", []byte("само текст\n")))
	return items, pdfPages, encrypted
}

// jpegWithOrientation encodes a picture that is wider than tall and adds an EXIF
// segment saying it must be shown turned (6: a quarter turn clockwise).
func jpegWithOrientation(t testing.TB, w, h, orientation int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	// APP1 "Exif\0\0" + little-endian TIFF with one IFD entry: orientation.
	tiff := []byte("II*\x00\x08\x00\x00\x00\x01\x00")
	entry := make([]byte, 12)
	binary.LittleEndian.PutUint16(entry[0:], 0x0112)
	binary.LittleEndian.PutUint16(entry[2:], 3) // SHORT
	binary.LittleEndian.PutUint32(entry[4:], 1)
	binary.LittleEndian.PutUint16(entry[8:], uint16(orientation))
	tiff = append(append(tiff, entry...), 0, 0, 0, 0)
	seg := append([]byte("Exif\x00\x00"), tiff...)
	app1 := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(app1[2:], uint16(len(seg)+2))
	data := buf.Bytes()
	return append(append(append([]byte{}, data[:2]...), append(app1, seg...)...), data[2:]...)
}

func pngWithAlpha(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.NRGBA{20, 60, uint8(x % 256), uint8(255 - y)})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

// TestBundle: the appeal, the index, then every exhibit in the index's order; every
// page numbered through the bundle, every exhibit page stamped "Прилог N"; a PDF
// exhibit page by page, a photo on its own A4 page turned upright, a paper-only
// exhibit and every exhibit that cannot be included on a page that says so — and
// the result names each problem. The bundle passes pdfcpu's strict validation.
func TestBundle(t *testing.T) {
	dir := t.TempDir()
	c := testCase()
	items, pdfPages, encrypted := exhibitFiles(t, dir)
	c.Evidence = items
	var out bytes.Buffer
	var steps []string
	res, err := WriteBundle(context.Background(), &out, c, Options{Today: signing},
		BundleOptions{CaseDir: dir, Progress: func(done, total int) { steps = append(steps, fmt.Sprintf("%d/%d", done, total)) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 2+len(items) || steps[len(steps)-1] != fmt.Sprintf("%d/%d", len(items)+2, len(items)+2) {
		t.Errorf("progress: %v", steps)
	}
	validateStrict(t, "bundle", out.Bytes())
	docs := render(t, c, Options{Today: signing})
	appealPages, indexPages := docs["zalba.pdf"].Pages, docs["spisak-dokaza.pdf"].Pages
	// Exhibit pages: the PDF's pages, the photo, the PNG, the paper notice and one
	// notice for each problem.
	problems := len(items) - 4
	want := appealPages + indexPages + pdfPages + 1 + 1 + 1 + problems
	if res.Pages != want {
		t.Errorf("%d pages, want %d", res.Pages, want)
	}
	text := strings.TrimRight(pdfText(t, out.Bytes(), "-raw"), "\f")
	pages := strings.Split(text, "\f")
	if len(pages) != want {
		t.Fatalf("pdftotext reads %d pages, want %d", len(pages), want)
	}
	for i, p := range pages {
		if !strings.Contains(p, fmt.Sprintf("стр. %d од %d", i+1, want)) {
			t.Errorf("page %d lacks its bundle number: %q", i+1, firstLine(p))
		}
	}
	// Exhibit N's pages carry "Прилог N", in order.
	exhibitOf := func(p string) int {
		m := regexp.MustCompile(`Прилог (\d+)\s*\nстр\.`).FindStringSubmatch(p)
		if m == nil {
			return 0
		}
		var n int
		fmt.Sscan(m[1], &n)
		return n
	}
	start := appealPages + indexPages
	for i := 0; i < start; i++ {
		if n := exhibitOf(pages[i]); n != 0 {
			t.Errorf("page %d of the appeal/index stamped as exhibit %d", i+1, n)
		}
	}
	wantOrder := []int{}
	for k := 0; k < pdfPages; k++ {
		wantOrder = append(wantOrder, 1)
	}
	for n := 2; n <= len(items); n++ {
		wantOrder = append(wantOrder, n)
	}
	for i, n := range wantOrder {
		if got := exhibitOf(pages[start+i]); got != n {
			t.Errorf("page %d: stamped Прилог %d, want %d", start+i+1, got, n)
		}
	}
	// The PDF exhibit's own text is there, page by page.
	if !strings.Contains(pages[start], "ЖАЛБА") {
		t.Errorf("the PDF exhibit's first page is not its first page: %q", pages[start])
	}
	at := func(n int) string { return flatText(pages[start+pdfPages+n-2]) }
	if !strings.Contains(at(4), "Оригинал ове исправе прилаже се у папирном облику") {
		t.Errorf("paper-only exhibit: %q", at(4))
	}
	reasons := map[int]string{5: ReasonDamaged, 6: ReasonEncrypted, 7: ReasonChanged, 8: ReasonMissing, 9: ReasonFormat}
	if !encrypted {
		reasons = map[int]string{5: ReasonDamaged, 6: ReasonChanged, 7: ReasonMissing, 8: ReasonFormat}
	}
	for n, reason := range reasons {
		p := at(n)
		if !strings.Contains(p, fmt.Sprintf("Прилог %d није могао бити уврштен", n)) || !strings.Contains(p, "приложити га у папирном облику") {
			t.Errorf("exhibit %d (%s): %q", n, reason, p)
		}
	}
	got := map[int]string{}
	for _, p := range res.Problems {
		got[p.N] = p.Reason
	}
	if fmt.Sprint(got) != fmt.Sprint(reasons) {
		t.Errorf("problems %v, want %v", got, reasons)
	}
	// The photo is upright on a portrait page (EXIF 6 turns the 640 × 480 picture),
	// the PNG on a landscape one.
	sizes := pageSizes(t, out.Bytes())
	if s := sizes[start+pdfPages]; s != "portrait" {
		t.Errorf("photo page is %s", s)
	}
	if s := sizes[start+pdfPages+1]; s != "landscape" {
		t.Errorf("PNG page is %s", s)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

// pageSizes reads the orientation of every page with pdfinfo.
func pageSizes(t *testing.T, pdf []byte) []string {
	t.Helper()
	needTool(t, "pdfinfo")
	f := filepath.Join(t.TempDir(), "b.pdf")
	os.WriteFile(f, pdf, 0o600)
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "9999", f).Output()
	if err != nil {
		t.Fatal(err)
	}
	var sizes []string
	for _, m := range regexp.MustCompile(`Page +\d+ size: +([\d.]+) x ([\d.]+)`).FindAllStringSubmatch(string(out), -1) {
		var w, h float64
		fmt.Sscan(m[1], &w)
		fmt.Sscan(m[2], &h)
		if w > h {
			sizes = append(sizes, "landscape")
		} else {
			sizes = append(sizes, "portrait")
		}
	}
	return sizes
}

// TestBundleCancel: a cancelled context stops the bundle with an error Cancel
// can be told by.
func TestBundleCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	c := testCase()
	var out bytes.Buffer
	_, err := WriteBundle(ctx, &out, c, Options{Today: signing}, BundleOptions{Progress: func(done, total int) {
		if done == 1 {
			cancel()
		}
	}})
	if !IsCancelled(err) {
		t.Errorf("cancelled bundle returned %v", err)
	}
}

// An exhibit left out of the bundle is told in words in every language, its reason
// included: the window and the command line both say ExhibitProblem.Message.
func TestExhibitProblemIsToldInWords(t *testing.T) {
	reasons := []string{ReasonMissing, ReasonUnreadable, ReasonEncrypted, ReasonDamaged, ReasonFormat, ReasonChanged}
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, r := range reasons {
			p := ExhibitProblem{N: 3, Title: "Potvrda", File: "potvrda.pdf", Reason: r}
			got := tr.Msg(p.Message())
			reason := tr.T("bundle.reason." + r)
			if reason == "bundle.reason."+r || !strings.Contains(got, reason) || !strings.Contains(got, "potvrda.pdf") || strings.Contains(got, "bundle.reason") {
				t.Errorf("%s, %s: %q", l, r, got)
			}
		}
	}
}
