package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/forms/legal"
	"appealdesk/locales"
	"appealdesk/templates/internal/pdf"
)

// The filing bundle is one PDF to print and file: the appeal (or lawsuit), the
// evidence index, then every exhibit in the index's order — PDF exhibits page by
// page, photos (JPEG, PNG) on A4 pages scaled to fit, a page saying the original is
// attached on paper for exhibits without a file — each page stamped with its
// "Прилог N" and a page number running through the whole bundle. An exhibit that
// cannot be included (missing, damaged, protected by a password, changed since it
// was fingerprinted) gets a page saying so and asking for it on paper, and is
// reported; it never costs the person the bundle.
//
// Pages are written as they are made and each exhibit is read, copied and
// released before the next, so memory depends on the largest exhibit, not on all
// of them together. The total page count, printed on every page, is one small form
// object written at the end.

// BundleOptions are what WriteBundle needs besides the case and the rendering options.
type BundleOptions struct {
	// CaseDir is the folder of the case file: exhibit paths relative to it resolve there.
	CaseDir string
	// Progress, if set, is called after each document and exhibit with the parts done
	// and the parts in all (the appeal and the index count as one each).
	Progress func(done, total int)
}

// Reasons an exhibit could not be included (ExhibitProblem.Reason); each has a
// catalogue text "bundle.reason.<reason>".
const (
	ReasonMissing    = "missing"    // no file at the recorded path
	ReasonUnreadable = "unreadable" // it cannot be read (permissions, not a regular file)
	ReasonEncrypted  = "encrypted"  // a PDF that needs a password to open
	ReasonDamaged    = "damaged"    // not a readable PDF or image
	ReasonFormat     = "format"     // neither PDF nor JPEG nor PNG
	ReasonChanged    = "changed"    // its SHA-256 no longer matches the index
)

// ExhibitProblem is an exhibit the bundle could not include; its page says so.
type ExhibitProblem struct {
	N      int    // its number in the index ("Прилог N")
	Title  string // its title as in the index
	File   string // the file's name
	Reason string // Reason… constant
	Err    error  // the underlying error, for logs
}

// Message is what the person is told about the exhibit (the window and the command
// line say it alike).
func (p ExhibitProblem) Message() locales.Message {
	return locales.Message{ID: "out.problem", Params: []any{"N", p.N, "Title", p.Title, "File", p.File,
		"Reason", locales.Message{ID: "bundle.reason." + p.Reason}}}
}

// BundleResult says what WriteBundle wrote.
type BundleResult struct {
	Pages    int
	Problems []ExhibitProblem
}

// BundleName is the file name of the bundle: zalba-sa-prilozima.pdf,
// tuzba-sa-prilozima.pdf, with -latinica for the Latin script.
func BundleName(c *forms.Case, opts Options) (string, error) {
	r, err := newRenderer(c, opts)
	if err != nil {
		return "", err
	}
	return r.bundleName(), nil
}

func (r *renderer) bundleName() string {
	base := strings.TrimSuffix(FileAppeal, ".pdf")
	if r.remedy.Kind == legal.Lawsuit {
		base = strings.TrimSuffix(FileLawsuit, ".pdf")
	}
	base += "-sa-prilozima"
	if r.script == "latn" {
		base += latinSuffix
	}
	return base + ".pdf"
}

// errCancelled wraps the context's error so callers can tell a Cancel.
var errCancelled = errors.New("templates: bundle cancelled")

// IsCancelled reports whether err comes from a cancelled bundle.
func IsCancelled(err error) bool {
	return errors.Is(err, errCancelled) || errors.Is(err, context.Canceled)
}

// WriteBundle writes the filing bundle of c to w. A cancelled ctx stops it between
// pages with an error for which IsCancelled holds; what was written to w is then
// incomplete and must be discarded (WriteFiles does).
func WriteBundle(ctx context.Context, w io.Writer, c *forms.Case, opts Options, bo BundleOptions) (BundleResult, error) {
	var res BundleResult
	if c == nil {
		return res, ErrNoCase
	}
	if err := fonts(); err != nil {
		return res, err
	}
	r, err := newRenderer(c, opts)
	if err != nil {
		return res, err
	}
	lang := locales.SerbianCyrl
	if r.script == "latn" {
		lang = locales.SerbianLatin
	}
	var parts []*laidOut
	for _, p := range []struct {
		kind Kind
		fn   func(*builder) error
	}{{KindAppeal, r.appeal}, {KindEvidenceIndex, r.index}} {
		b := r.newBuilder(p.kind, lang)
		if err := p.fn(b); err != nil {
			return res, err
		}
		lo, err := layout(b.m)
		if err != nil {
			return res, err
		}
		parts = append(parts, lo)
	}
	tr := locales.New(lang)
	appealTitle := parts[0].m.Title
	doc := pdf.New(w, pdf.Meta{
		Title:   metaText(tr.T("bundle.title", "Title", appealTitle)),
		Subject: metaText(parts[0].m.Subject),
		Creator: metaText(r.creator),
		Lang:    languageTag(lang),
		Date:    r.stamp,
	})
	bw := &bundleWriter{doc: doc, tr: tr, total: doc.NewForm("ADTotal")}
	bw.fonts = [3]*pdf.FontRes{doc.UseFont(faceRegular), doc.UseFont(faceBold), doc.UseFont(faceMono)}
	steps := 2 + len(c.Evidence)
	done := 0
	progress := func() {
		done++
		if bo.Progress != nil {
			bo.Progress(done, steps)
		}
	}
	for _, lo := range parts {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("%w: %v", errCancelled, err)
		}
		lo.emit(doc, 0, func(_ int, d *drawer) { bw.stamp(d.p, "") })
		progress()
	}
	data := r.builderData(lang)
	for i := range c.Evidence {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("%w: %v", errCancelled, err)
		}
		e := &c.Evidence[i]
		n := i + 1
		label := tr.T("docs.index.item", "N", n)
		title := ""
		if i < len(data.Evidence) {
			title = data.Evidence[i].Title
		}
		first := doc.Pages()
		prob := bw.exhibit(ctx, e, n, label, title, bo.CaseDir)
		if prob != nil {
			if IsCancelled(prob.Err) {
				return res, prob.Err
			}
			res.Problems = append(res.Problems, *prob)
		}
		doc.Bookmark(pdf.Bookmark{Title: metaText(label + " — " + flat(title)), Level: 0, Page: first})
		progress()
	}
	res.Pages = doc.Pages()
	// The total page count, drawn by every page's stamp.
	doc.WriteForm(bw.total, 40, 12, bw.fonts[faceText].FontOp(stampSize, 0, 0, itoa(res.Pages)), bw.fonts[faceText])
	if err := doc.Close(); err != nil {
		return res, err
	}
	return res, nil
}

// builderData is the template data of the Serbian documents (for exhibit titles as
// the index prints them).
func (r *renderer) builderData(lang locales.Lang) Data {
	return r.newBuilder(KindEvidenceIndex, lang).data()
}

type bundleWriter struct {
	doc   *pdf.Doc
	tr    *locales.Translator
	fonts [3]*pdf.FontRes
	total *pdf.Form
}

const stampSize = 9.0

// stamp marks a page at its top right: "Прилог N" on an exhibit's pages and
// "стр. K од M" on every page, on white so it reads on any scan.
func (bw *bundleWriter) stamp(p *pdf.Page, label string) {
	k := bw.doc.Pages() + 1 // this page, once added
	// "стр. K од M": M is the form, placed where the catalogue puts it.
	const mark = "\x00"
	line := bw.tr.T("bundle.page", "N", itoa(k), "M", mark)
	before, after, _ := strings.Cut(line, mark)
	reg, bold := bw.fonts[faceText], bw.fonts[faceTextBold]
	width := func(f face, s string) float64 { return (&measurer{}).width(f, stampSize, s) * mmToPt }
	digits := width(faceText, "0000")
	w := width(faceText, before) + digits + width(faceText, after)
	if label != "" {
		w = max(w, width(faceTextBold, label))
	}
	lines := 1
	if label != "" {
		lines = 2
	}
	pad := 3.0
	lh := stampSize * 1.25
	bw2, bh := w+2*pad, float64(lines)*lh+2*pad-2
	x := p.W - 8*mmToPt - bw2
	top := p.H - 5*mmToPt
	p.Fill(255, 255, 255)
	p.Stroke(110, 110, 110)
	p.LineWidth(0.5)
	p.Rect(x, top-bh, bw2, bh, true, true)
	p.Fill(0, 0, 0)
	y := top - pad - stampSize*0.8
	if label != "" {
		p.Text(bold, stampSize, x+pad, y, label)
		y -= lh
	}
	p.Text(reg, stampSize, x+pad, y, before)
	p.DrawForm(bw.total, x+pad+width(faceText, before), y)
	p.UseFont(reg) // the form draws with it
	if after != "" {
		p.Text(reg, stampSize, x+pad+width(faceText, before)+digits, y, after)
	}
}

// exhibit writes one exhibit's pages; a problem is reported and replaced by a page
// that says so.
func (bw *bundleWriter) exhibit(ctx context.Context, e *forms.EvidenceItem, n int, label, title, caseDir string) *ExhibitProblem {
	if e.File == nil {
		bw.notice(label, title, bw.tr.T("bundle.paper"), "", "")
		return nil
	}
	name := field(e.File.Name)
	problem := func(reason string, err error) *ExhibitProblem {
		if IsCancelled(err) {
			return &ExhibitProblem{N: n, Err: err}
		}
		msg := bw.tr.T("bundle.failed", "N", n, "Reason", bw.tr.T("bundle.reason."+reason))
		bw.notice(label, title, msg, name, e.File.SHA256)
		return &ExhibitProblem{N: n, Title: flat(title), File: name, Reason: reason, Err: err}
	}
	path := evidence.Resolve(e.File, caseDir)
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return problem(ReasonMissing, err)
	case err != nil:
		return problem(ReasonUnreadable, err)
	case !st.Mode().IsRegular():
		return problem(ReasonUnreadable, fmt.Errorf("not a regular file: %s", path))
	}
	// The file must still be the one the index fingerprints.
	if want := strings.ToLower(strings.TrimSpace(e.File.SHA256)); want != "" {
		got, _, err := evidence.SumFile(ctx, path, nil)
		if err != nil {
			if ctx.Err() != nil {
				return problem("", fmt.Errorf("%w: %v", errCancelled, ctx.Err()))
			}
			return problem(ReasonUnreadable, err)
		}
		if got != want {
			return problem(ReasonChanged, fmt.Errorf("sha256 %s, index says %s", got, want))
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return problem(ReasonUnreadable, err)
	}
	defer f.Close()
	head := make([]byte, 8)
	k, _ := io.ReadFull(f, head)
	head = head[:k]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return problem(ReasonUnreadable, err)
	}
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		src, err := pdf.OpenSource(ctx, f)
		if err != nil {
			if ctx.Err() != nil {
				return problem("", fmt.Errorf("%w: %v", errCancelled, ctx.Err()))
			}
			if errors.Is(err, pdf.ErrEncrypted) {
				return problem(ReasonEncrypted, err)
			}
			return problem(ReasonDamaged, err)
		}
		// A page that cannot be copied does not stop the others; if none can be,
		// the exhibit is reported.
		copied := 0
		var lastErr error
		for i := 1; i <= src.Pages(); i++ {
			if err := ctx.Err(); err != nil {
				return problem("", fmt.Errorf("%w: %v", errCancelled, err))
			}
			if err := bw.doc.ImportPage(src, i, func(p *pdf.Page) { bw.stamp(p, label) }); err != nil {
				lastErr = err
				continue
			}
			copied++
		}
		if bw.doc.Err() != nil {
			return problem(ReasonUnreadable, bw.doc.Err())
		}
		if copied == 0 {
			return problem(ReasonDamaged, lastErr)
		}
		return nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}):
		data, err := io.ReadAll(f)
		if err != nil {
			return problem(ReasonUnreadable, err)
		}
		img, orient, err := bw.doc.JPEG(data)
		if err != nil {
			return problem(ReasonDamaged, err)
		}
		bw.photo(img, orient, label)
		return nil
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		img, err := bw.doc.PNG(f)
		if err != nil {
			return problem(ReasonDamaged, err)
		}
		bw.photo(img, 1, label)
		return nil
	}
	return problem(ReasonFormat, fmt.Errorf("file starts with %q", head))
}

// photo places an image on an A4 page (landscape when the image is wider than
// tall), scaled to fit inside 15 mm margins and below the stamp, its EXIF
// orientation applied.
func (bw *bundleWriter) photo(img *pdf.Image, orient int, label string) {
	iw, ih := float64(img.W), float64(img.H)
	if orient >= 5 { // 5–8 turn the picture by a quarter
		iw, ih = ih, iw
	}
	pw, ph := pageShort*mmToPt, pageLong*mmToPt
	if iw > ih {
		pw, ph = ph, pw
	}
	margin, top := 15*mmToPt, 20*mmToPt
	aw, ah := pw-2*margin, ph-margin-top
	scale := min(aw/iw, ah/ih)
	w, h := iw*scale, ih*scale
	x, y := (pw-w)/2, margin+(ah-h)/2
	p := bw.doc.NewPage(pw, ph)
	// The image's unit square mapped onto the w × h box at x, y, turned as the EXIF
	// orientation says (1 as stored … 8; see the TIFF specification, tag 274).
	a, b, c, d, e, f := w, 0.0, 0.0, h, x, y
	switch orient {
	case 2:
		a, e = -w, x+w
	case 3:
		a, d, e, f = -w, -h, x+w, y+h
	case 4:
		d, f = -h, y+h
	case 5:
		a, b, c, d, e, f = 0, -h, -w, 0, x+w, y+h
	case 6:
		a, b, c, d, e, f = 0, -h, w, 0, x, y+h
	case 7:
		a, b, c, d, e, f = 0, h, w, 0, x, y
	case 8:
		a, b, c, d, e, f = 0, h, -w, 0, x+w, y
	}
	p.DrawImageMatrix(img, a, b, c, d, e, f)
	bw.stamp(p, label)
	bw.doc.AddPage(p)
}

// notice is a page of the bundle's own: the exhibit's number and title, and what
// to do (attached on paper, or could not be included).
func (bw *bundleWriter) notice(label, title, text, file, hash string) {
	m := &model{Lang: bw.tr.Lang()}
	m.Blocks = append(m.Blocks, block{Kind: blockTitle, Text: finalText(label), KeepNext: true, SpaceAfter: 0.5})
	if t := finalText(flat(title)); t != "" {
		b := newBlock(blockLine, t)
		b.Align, b.SpaceAfter = alignCentre, 1
		m.Blocks = append(m.Blocks, b)
	}
	m.Blocks = append(m.Blocks, newBlock(blockBold, text))
	if file != "" {
		m.Blocks = append(m.Blocks, block{Kind: blockSpace}, newBlock(blockLine, bw.tr.T("docs.index.file", "Name", file)))
		if h := strings.TrimSpace(hash); h != "" {
			m.Blocks = append(m.Blocks, newBlock(blockLine, "SHA-256: "+hashGroups(field(h))))
		}
	}
	for i := range m.Blocks {
		if m.Blocks[i].Kind == blockLine {
			m.Blocks[i].Align = alignCentre
		}
	}
	lo, err := layout(m)
	if err != nil {
		return
	}
	lo.emit(bw.doc, 0, func(_ int, d *drawer) { bw.stamp(d.p, label) })
}
