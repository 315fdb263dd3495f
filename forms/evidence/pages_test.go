package evidence

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"

	"appealdesk/forms"
)

// pdfDoc writes a PDF from object bodies (object i+1 = objs[i]) with a correct
// cross-reference table, so external tools (qpdf, pdfinfo) accept it too.
func pdfDoc(objs []string, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, x)
	return b.Bytes()
}

// threePages: catalog 1, root Pages 2 with an intermediate node 3 (pages 4, 5) and page 6.
var threePages = []string{
	"<< /Type /Catalog /Pages 2 0 R >>",
	"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>",
	"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>",
	"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font >> >> >> >>",
	"<</Type/Page/Parent 3 0 R/Annots[<</Type/Annot/Subtype/Link>>]>>",
	"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
	"<< /Length 44 >>\nstream\nBT /Type /Page (1 0 obj) Tj ET endobj stream\nendstream",
}

func withUpdate(base []byte, objs map[int]string) []byte {
	var b bytes.Buffer
	b.Write(base)
	for n, o := range objs {
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, o)
	}
	b.WriteString("trailer\n<< /Root 1 0 R >>\n%%EOF\n")
	return b.Bytes()
}

func deflate(s string) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// objStmPDF puts the page tree inside a Flate-compressed object stream (PDF 1.5 §7.5.7).
func objStmPDF(pages int, filter string) []byte {
	var hdr, body strings.Builder
	kids := ""
	for i := 0; i < pages; i++ {
		kids += fmt.Sprintf("%d 0 R ", 10+i)
	}
	inner := []string{fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages)}
	nums := []int{2}
	for i := 0; i < pages; i++ {
		inner = append(inner, "<< /Type /Page /Parent 2 0 R >>")
		nums = append(nums, 10+i)
	}
	for i, o := range inner {
		fmt.Fprintf(&hdr, "%d %d ", nums[i], body.Len())
		body.WriteString(o + "\n")
	}
	content := hdr.String() + body.String()
	first := len(hdr.String())
	data := []byte(content)
	dict := fmt.Sprintf("/Type /ObjStm /N %d /First %d", len(inner), first)
	if filter != "" {
		data = deflate(content)
		dict += " /Filter " + filter
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	b.WriteString("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	fmt.Fprintf(&b, "5 0 obj\n<< %s /Length %d >>\nstream\n", dict, len(data))
	b.Write(data)
	b.WriteString("\nendstream\nendobj\n")
	b.WriteString("6 0 obj\n<< /Type /XRef /Root 1 0 R /Size 7 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\n%%EOF\n")
	return b.Bytes()
}

func gofpdfPages(t testing.TB, n int, compress bool) []byte {
	t.Helper()
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(compress)
	pdf.SetFont("Helvetica", "", 12)
	for i := 0; i < n; i++ {
		pdf.AddPage()
		pdf.Cell(40, 10, fmt.Sprintf("Page /Type /Page %d", i+1))
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPDFPages(t *testing.T) {
	base := pdfDoc(threePages, 1)
	wrongCount := append([]string(nil), threePages...)
	wrongCount[1] = "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 5 >>"
	missingKid := append([]string(nil), threePages...)
	missingKid[1] = "<< /Type /Pages /Kids [3 0 R 6 0 R 99 0 R] /Count 4 >>"
	cycle := append([]string(nil), threePages...)
	cycle[2] = "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2 >>"
	kidsByRef := append([]string(nil), threePages...)
	kidsByRef[1] = "<< /Type /Pages /Kids 7 0 R /Count 3 >>"
	kidsByRef[6] = "[3 0 R 6 0 R]"

	cases := []struct {
		name string
		data []byte
		want int
	}{
		{"PDF 32000-1 7.7.3 page tree with intermediate node", base, 3},
		{"7.5.6 incremental update removes a page (orphan page object left)", withUpdate(base, map[int]string{
			2: "<< /Type /Pages /Kids [3 0 R] /Count 2 >>"}), 2},
		{"7.5.6 incremental update adds a page", withUpdate(base, map[int]string{
			2: "<< /Type /Pages /Kids [3 0 R 6 0 R 8 0 R] /Count 4 >>",
			8: "<< /Type /Page /Parent 2 0 R >>"}), 4},
		{"7.7.3.2 Kids as an indirect array", pdfDoc(kidsByRef, 1), 3},
		{"wrong /Count is unknown, not a guess", pdfDoc(wrongCount, 1), 0},
		{"missing kid object is unknown", pdfDoc(missingKid, 1), 0},
		{"cycle in the page tree is unknown", pdfDoc(cycle, 1), 0},
		{"7.5.7 object stream, FlateDecode", objStmPDF(5, "/FlateDecode"), 5},
		{"7.5.7 object stream, filter array", objStmPDF(2, "[ /FlateDecode ]"), 2},
		{"7.5.7 object stream, unfiltered", objStmPDF(3, ""), 3},
		{"7.5.7 object stream with an unsupported filter is unknown", objStmPDF(3, "/LZWDecode"), 0},
		{"no root: single root node whose Count matches the page objects", []byte(
			"%PDF-1.4\n2 0 obj <</Type/Pages/Kids[4 0 R 5 0 R]/Count 2>> endobj\n4 0 obj <</Type/Page/Parent 2 0 R>> endobj\n5 0 obj <</Type/Page/Parent 2 0 R>> endobj\n"), 2},
		{"no root and no agreement is unknown", []byte(
			"%PDF-1.4\n4 0 obj <</Type/Page>> endobj\n5 0 obj <</Type/Page>> endobj\n"), 0},
		{"truncated file is unknown", base[:len(base)/3], 0},
		{"not a PDF at all", []byte("hello"), 0},
		{"gofpdf, 1 page", gofpdfPages(t, 1, true), 1},
		{"gofpdf, 7 pages, compressed content", gofpdfPages(t, 7, true), 7},
		{"gofpdf, 12 pages, plain content with /Type /Page in the text", gofpdfPages(t, 12, false), 12},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := PDFPages(tc.data); got != tc.want {
				t.Errorf("PDFPages = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestPDFPagesAgainstTools rewrites PDFs with qpdf (object streams, linearised) and
// compares with pdfinfo where they are installed.
func TestPDFPagesAgainstTools(t *testing.T) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf not installed")
	}
	dir := t.TempDir()
	srcs := map[string][]byte{
		"tree.pdf":   pdfDoc(threePages, 1),
		"gofpdf.pdf": gofpdfPages(t, 9, true),
	}
	variants := [][]string{
		{"--object-streams=generate"},
		{"--linearize"},
		{"--object-streams=generate", "--compress-streams=y", "--linearize"},
		{"--qdf"},
	}
	for name, data := range srcs {
		in := filepath.Join(dir, name)
		if err := os.WriteFile(in, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for i, v := range variants {
			out := filepath.Join(dir, fmt.Sprintf("%d-%s", i, name))
			args := append(append([]string{}, v...), in, out)
			if msg, err := exec.Command(qpdf, args...).CombinedOutput(); err != nil && !bytes.Contains(msg, []byte("operation succeeded")) {
				t.Fatalf("qpdf %v: %v %s", args, err, msg)
			}
			want := referencePages(t, out)
			got, err := Pages(out)
			if err != nil || got != want {
				t.Errorf("%s %v: Pages = %d, %v; reference %d", name, v, got, err, want)
			}
		}
	}
}

var pdfinfoPages = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

func referencePages(t *testing.T, path string) int {
	if tool, err := exec.LookPath("pdfinfo"); err == nil {
		out, err := exec.Command(tool, path).Output()
		if m := pdfinfoPages.FindSubmatch(out); err == nil && m != nil {
			n, _ := strconv.Atoi(string(m[1]))
			return n
		}
	}
	out, err := exec.Command("qpdf", "--show-npages", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	return n
}

func tiff(order binary.ByteOrder, ifds int, cyclic bool) []byte {
	var b bytes.Buffer
	if order == binary.LittleEndian {
		b.WriteString("II")
	} else {
		b.WriteString("MM")
	}
	binary.Write(&b, order, uint16(42))
	binary.Write(&b, order, uint32(8))
	for i := 0; i < ifds; i++ {
		start := b.Len()
		binary.Write(&b, order, uint16(1))                     // one entry
		binary.Write(&b, order, [12]byte{1, 0, 3, 0, 0, 0, 1}) // a dummy entry
		next := uint32(start + 2 + 12 + 4)
		if i == ifds-1 {
			next = 0
			if cyclic {
				next = 8
			}
		}
		binary.Write(&b, order, next)
	}
	return b.Bytes()
}

func TestFilePages(t *testing.T) {
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	var pngB, jpgB, gifB bytes.Buffer
	png.Encode(&pngB, img)
	jpeg.Encode(&jpgB, img, nil)
	gif.Encode(&gifB, img, nil)
	cases := []struct {
		name string
		data []byte
		want int
	}{
		{"photo.png", pngB.Bytes(), 1},
		{"scan.jpg", jpgB.Bytes(), 1},
		{"scan.gif", gifB.Bytes(), 1},
		{"three-page little-endian.tiff", tiff(binary.LittleEndian, 3, false), 3},
		{"two-page big-endian.tif", tiff(binary.BigEndian, 2, false), 2},
		{"cyclic.tiff", tiff(binary.LittleEndian, 2, true), 0},
		{"truncated.tiff", tiff(binary.LittleEndian, 2, false)[:20], 0},
		{"letter.pdf", pdfDoc(threePages, 1), 3},
		{"PDF with junk before the header.pdf", append([]byte("junk\n"), pdfDoc(threePages, 1)...), 3},
		{"notes.txt", []byte("plain text"), 0},
		{"empty", nil, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, tc.data, 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := Pages(p)
			if err != nil || got != tc.want {
				t.Errorf("Pages = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
	if _, err := Pages(filepath.Join(dir, "absent.pdf")); err == nil {
		t.Error("a missing file must be an error")
	}
}

func FuzzPDFPages(f *testing.F) {
	f.Add(pdfDoc(threePages, 1))
	f.Add(objStmPDF(3, "/FlateDecode"))
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R] >> endobj trailer << /Root 1 0 R >>"))
	f.Add([]byte("1 0 obj <</Length 99999999999>> stream\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := PDFPages(data)
		// Every page counted is a distinct object that was found in the data.
		if objs := len(pdfObjects(data)); n < 0 || n > objs {
			t.Fatalf("PDFPages = %d with only %d objects", n, objs)
		}
	})
}

func TestAttachCountsPages(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "решење.pdf")
	if err := os.WriteFile(p, gofpdfPages(t, 4, true), 0o600); err != nil {
		t.Fatal(err)
	}
	var item forms.EvidenceItem
	if err := Attach(context.Background(), &item, p, nil); err != nil {
		t.Fatal(err)
	}
	if item.Pages != 4 || item.Title != "решење.pdf" || item.File == nil {
		t.Errorf("item = %+v", item)
	}
	// A count the person typed is kept.
	item = forms.EvidenceItem{Title: "Decision", Pages: 7}
	if err := Attach(context.Background(), &item, p, nil); err != nil {
		t.Fatal(err)
	}
	if item.Pages != 7 || item.Title != "Decision" {
		t.Errorf("item = %+v", item)
	}
}
