package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// Errors of OpenSource: the exhibit needs a password, or pdfcpu cannot read it.
var (
	ErrEncrypted = errors.New("pdf: the file is protected with a password")
	ErrDamaged   = errors.New("pdf: the file is damaged or not a PDF")
)

// Source is another PDF whose pages are copied into a Doc (an exhibit of the
// bundle). pdfcpu (github.com/pdfcpu/pdfcpu, Apache-2.0) reads it; the objects a
// page needs are copied one by one into the document being written, so only one
// exhibit is held in memory at a time.
type Source struct {
	ctx    *model.Context
	pages  map[int]bool // object numbers of the source's page dictionaries
	copied map[int]Ref  // source object → object in the document (per Doc)
	doc    *Doc
}

// OpenSource reads a PDF. A file that needs a password to open is ErrEncrypted
// (one with only an owner password — printing allowed — opens); anything pdfcpu
// cannot read or validate (relaxed) is ErrDamaged.
func OpenSource(c context.Context, rs io.ReadSeeker) (src *Source, err error) {
	api.DisableConfigDir() // pdfcpu writes no configuration into the user's home
	defer func() {
		if r := recover(); r != nil {
			src, err = nil, fmt.Errorf("%w: %v", ErrDamaged, r)
		}
	}()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	// pdfcpu can check links and fetch images over the network; the app never goes
	// online (README), so it is told it is offline, and link checking stays off.
	conf.Offline = true
	ctx, err := pdfcpu.ReadWithContext(c, rs, conf)
	if err != nil {
		if c.Err() != nil {
			return nil, c.Err()
		}
		if errors.Is(err, pdfcpu.ErrWrongPassword) || strings.Contains(err.Error(), "password") {
			return nil, fmt.Errorf("%w: %v", ErrEncrypted, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if err := validate.XRefTable(ctx); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if ctx.PageCount == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	s := &Source{ctx: ctx, pages: map[int]bool{}}
	for i := 1; i <= ctx.PageCount; i++ {
		if _, ref, _, err := ctx.PageDict(i, false); err == nil && ref != nil {
			s.pages[ref.ObjectNumber.Value()] = true
		}
	}
	return s, nil
}

// Pages is the number of pages of the source.
func (s *Source) Pages() int { return s.ctx.PageCount }

// Box is a page's visible area in its own user space and its rotation.
type Box struct {
	X0, Y0, X1, Y1 float64
	Rotate         int // 0, 90, 180, 270
}

// Size is the page's size as shown (rotation applied), in points.
func (b Box) Size() (w, h float64) {
	w, h = b.X1-b.X0, b.Y1-b.Y0
	if b.Rotate == 90 || b.Rotate == 270 {
		w, h = h, w
	}
	return w, h
}

// matrix maps the shown page (origin at its lower left, upright) onto the page's
// user space, so a stamp drawn "upright" appears upright whatever /Rotate says.
func (b Box) matrix() string {
	switch b.Rotate {
	case 90:
		return fmt.Sprintf("0 1 -1 0 %s %s cm", num(b.X1), num(b.Y0))
	case 180:
		return fmt.Sprintf("-1 0 0 -1 %s %s cm", num(b.X1), num(b.Y1))
	case 270:
		return fmt.Sprintf("0 -1 1 0 %s %s cm", num(b.X0), num(b.Y1))
	}
	return fmt.Sprintf("1 0 0 1 %s %s cm", num(b.X0), num(b.Y0))
}

// ImportPage copies page i (1-based) of s into d and lets stamp draw over it on a
// Page the size of the page as shown (origin at its lower left). The page's own
// content is wrapped in q … Q, so its graphics state cannot leak into the stamp.
func (d *Doc) ImportPage(s *Source, i int, stamp func(p *Page)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: page %d: %v", ErrDamaged, i, r)
		}
	}()
	if s.doc != d {
		s.doc, s.copied = d, map[int]Ref{}
	}
	xt := s.ctx.XRefTable
	page, _, inh, err := xt.PageDict(i, false)
	if err != nil {
		return fmt.Errorf("%w: page %d: %v", ErrDamaged, i, err)
	}
	box, err := s.box(page, inh)
	if err != nil {
		return err
	}
	w, h := box.Size()
	p := d.NewPage(w, h)
	if stamp != nil {
		stamp(p)
	}

	var queue []int
	// Resources: the page's own or inherited, as a direct dictionary with the
	// stamp's fonts and forms added.
	var res types.Dict
	if r, ok := page["Resources"]; ok {
		if dd, err := xt.DereferenceDict(r); err == nil {
			res = dd
		}
	}
	if res == nil && inh != nil {
		res = inh.Resources
	}
	// Our stamp's resource names must not clash with the page's own (an exhibit may
	// itself come from Appeal Desk): where one does, ours is renamed for this page.
	rename := map[string]string{}
	taken := map[string]bool{}
	for _, k := range []string{"Font", "XObject"} {
		if sub, _ := xt.DereferenceDict(res[k]); sub != nil {
			for n := range sub {
				taken[n] = true
			}
		}
	}
	ours := []string{}
	for fr := range p.fonts {
		ours = append(ours, fr.name)
	}
	for n := range p.xobjects {
		ours = append(ours, n)
	}
	sort.Strings(ours)
	for _, n := range ours {
		if !taken[n] {
			continue
		}
		alt := n
		for taken[alt] {
			alt += "x"
		}
		taken[alt] = true
		rename[n] = alt
	}
	if len(rename) > 0 {
		content := p.buf.String()
		for from, to := range rename {
			content = strings.ReplaceAll(content, "/"+from+" ", "/"+to+" ")
		}
		p.buf.Reset()
		p.buf.WriteString(content)
	}

	var rb strings.Builder
	rb.WriteString("<<")
	merged := map[string]bool{}
	for _, k := range sortedKeys(res) {
		v := res[k]
		if k == "Font" || k == "XObject" {
			merged[k] = true
			sub, _ := xt.DereferenceDict(v)
			rb.WriteString(Name(k) + "<<")
			for _, sk := range sortedKeys(sub) {
				rb.WriteString(Name(sk) + " " + s.value(sub[sk], &queue))
			}
			rb.WriteString(ourResources(k, p, rename) + ">>")
			continue
		}
		rb.WriteString(Name(k) + " " + s.value(v, &queue))
	}
	for _, k := range []string{"Font", "XObject"} {
		if !merged[k] {
			if extra := ourResources(k, p, rename); extra != "" {
				rb.WriteString(Name(k) + "<<" + extra + ">>")
			}
		}
	}
	rb.WriteString(">>")

	// Contents: q, the page's streams, Q, then the stamp.
	open, closeStamp := d.w.alloc(), d.w.alloc()
	contents := []string{open.String()}
	if c, ok := page["Contents"]; ok {
		o, _ := xt.Dereference(c)
		switch v := o.(type) {
		case types.Array:
			for _, e := range v {
				if ir, ok := e.(types.IndirectRef); ok {
					contents = append(contents, s.ref(ir, &queue))
				}
			}
		case types.StreamDict:
			if ir, ok := c.(types.IndirectRef); ok {
				contents = append(contents, s.ref(ir, &queue))
			}
		}
	}
	contents = append(contents, closeStamp.String())

	var pb strings.Builder
	pb.WriteString("<</Type/Page/Parent " + d.pagesRef.String())
	pb.WriteString(fmt.Sprintf("/MediaBox[%s %s %s %s]", num(box.X0), num(box.Y0), num(box.X1), num(box.Y1)))
	if box.Rotate != 0 {
		pb.WriteString(fmt.Sprintf("/Rotate %d", box.Rotate))
	}
	for _, k := range []string{"Group", "UserUnit"} {
		if v, ok := page[k]; ok {
			pb.WriteString(Name(k) + " " + s.value(v, &queue))
		}
	}
	if a, ok := page["Annots"]; ok {
		if arr, err := xt.DereferenceArray(a); err == nil && len(arr) > 0 {
			pb.WriteString("/Annots[")
			for _, e := range arr {
				pb.WriteString(s.value(e, &queue) + " ")
			}
			pb.WriteString("]")
		}
	}
	pb.WriteString("/Resources" + rb.String())
	pb.WriteString("/Contents[" + strings.Join(contents, " ") + "]>>")

	d.w.stream(open, "", []byte("q\n"), false)
	d.w.stream(closeStamp, "", append([]byte("Q\nq "+box.matrix()+"\n"), append(p.buf.Bytes(), []byte("Q\n")...)...), true)
	ref := d.w.alloc()
	d.w.object(ref, []byte(pb.String()))
	if err := s.flush(queue); err != nil {
		return err
	}
	d.pages = append(d.pages, pageEntry{ref: ref, h: h})
	return d.w.err
}

// ourResources lists the stamp's fonts or forms for the page's resource dictionary.
func ourResources(kind string, p *Page, rename map[string]string) string {
	as := func(n string) string {
		if r, ok := rename[n]; ok {
			return r
		}
		return n
	}
	var b strings.Builder
	switch kind {
	case "Font":
		for _, fr := range sortedFonts(p.fonts) {
			b.WriteString("/" + as(fr.name) + " " + fr.Ref().String())
		}
	case "XObject":
		names := make([]string, 0, len(p.xobjects))
		for n := range p.xobjects {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			b.WriteString("/" + as(n) + " " + p.xobjects[n].String())
		}
	}
	return b.String()
}

func (s *Source) box(page types.Dict, inh *model.InheritedPageAttrs) (Box, error) {
	xt := s.ctx.XRefTable
	rect := func(key string, inherited *types.Rectangle) *types.Rectangle {
		if v, ok := page[key]; ok {
			if a, err := xt.DereferenceArray(v); err == nil && len(a) == 4 {
				var f [4]float64
				for i, e := range a {
					n, err := xt.DereferenceNumber(e)
					if err != nil {
						return inherited
					}
					f[i] = n
				}
				return types.NewRectangle(f[0], f[1], f[2], f[3])
			}
		}
		return inherited
	}
	var media, crop *types.Rectangle
	rot := 0
	if inh != nil {
		media, crop, rot = inh.MediaBox, inh.CropBox, inh.Rotate
	}
	media = rect("MediaBox", media)
	crop = rect("CropBox", crop)
	if v, ok := page["Rotate"]; ok {
		if n, err := xt.DereferenceInteger(v); err == nil && n != nil {
			rot = n.Value()
		}
	}
	if media == nil {
		media = types.NewRectangle(0, 0, 595.28, 841.89)
	}
	r := media
	if crop != nil {
		// The visible area is the crop box clipped to the media box.
		r = types.NewRectangle(max(crop.LL.X, media.LL.X), max(crop.LL.Y, media.LL.Y), min(crop.UR.X, media.UR.X), min(crop.UR.Y, media.UR.Y))
		if r.Width() <= 0 || r.Height() <= 0 {
			r = media
		}
	}
	if r.Width() <= 0 || r.Height() <= 0 {
		return Box{}, fmt.Errorf("%w: empty page", ErrDamaged)
	}
	rot = ((rot % 360) + 360) % 360
	if rot%90 != 0 {
		rot = 0
	}
	return Box{X0: r.LL.X, Y0: r.LL.Y, X1: r.UR.X, Y1: r.UR.Y, Rotate: rot}, nil
}

func sortedKeys(d types.Dict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// skipKeys are entries never copied: links back into the source's page tree, form
// field hierarchy and structure tree, which would pull in the whole file.
var skipKeys = map[string]bool{"Parent": true, "P": true, "Popup": true, "IRT": true, "StructParent": true, "StructParents": true}

// ref is the document's object for a source object, queued for copying.
func (s *Source) ref(ir types.IndirectRef, queue *[]int) string {
	n := ir.ObjectNumber.Value()
	if s.pages[n] {
		return "null" // another page of the exhibit: not copied
	}
	if r, ok := s.copied[n]; ok {
		return r.String()
	}
	r := s.doc.w.alloc()
	s.copied[n] = r
	*queue = append(*queue, n)
	return r.String()
}

// value serialises a source object with its references renumbered.
func (s *Source) value(o types.Object, queue *[]int) string {
	switch v := o.(type) {
	case nil:
		return "null"
	case types.IndirectRef:
		return s.ref(v, queue)
	case types.Dict:
		var b strings.Builder
		b.WriteString("<<")
		for _, k := range sortedKeys(v) {
			if skipKeys[k] {
				continue
			}
			b.WriteString(Name(k) + " " + s.value(v[k], queue))
		}
		b.WriteString(">>")
		return b.String()
	case types.Array:
		var b strings.Builder
		b.WriteString("[")
		for i, e := range v {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.value(e, queue))
		}
		b.WriteString("]")
		return b.String()
	case types.Name:
		return Name(string(v))
	case types.StreamDict:
		return "null" // a stream is only valid as an indirect object
	case types.Boolean, types.Integer, types.Float, types.StringLiteral, types.HexLiteral:
		return v.PDFString()
	}
	return "null"
}

// flush writes the queued source objects (and those they refer to).
func (s *Source) flush(queue []int) error {
	xt := s.ctx.XRefTable
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		ref := s.copied[n]
		o, err := xt.Dereference(*types.NewIndirectRef(n, 0))
		if err != nil || o == nil {
			if entry, ok := xt.Table[n]; ok && entry.Generation != nil && *entry.Generation != 0 {
				o, err = xt.Dereference(*types.NewIndirectRef(n, *entry.Generation))
			}
		}
		if err != nil || o == nil {
			s.doc.w.object(ref, []byte("null"))
			continue
		}
		switch v := o.(type) {
		case types.StreamDict:
			var b strings.Builder
			for _, k := range sortedKeys(v.Dict) {
				if skipKeys[k] || k == "Length" {
					continue
				}
				b.WriteString(Name(k) + " " + s.value(v.Dict[k], &queue))
			}
			s.doc.w.stream(ref, b.String(), v.Raw, false)
		default:
			s.doc.w.object(ref, []byte(s.value(v, &queue)))
		}
		if s.doc.w.err != nil {
			return s.doc.w.err
		}
	}
	return nil
}
