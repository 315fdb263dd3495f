package pdf

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func font(t *testing.T) *Font {
	t.Helper()
	f, err := Parse(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestSubsetRenumbersComposites: the subset keeps the glyphs in the order asked,
// adds the glyphs composite ones are built from (č is c plus a caron in Liberation
// Serif), and every component index points inside the subset.
func TestSubsetRenumbersComposites(t *testing.T) {
	f := font(t)
	order := []uint16{0}
	for _, r := range "čćžšđ Ђорђе" {
		order = append(order, f.GlyphID(r))
	}
	sub, list := f.Subset(order)
	if len(list) <= len(order) {
		t.Fatalf("no components added: %d glyphs for %d asked", len(list), len(order))
	}
	for i, g := range order {
		if list[i] != g {
			t.Fatalf("glyph %d moved", i)
		}
	}
	// Read the subset's tables back.
	tables := map[string][]byte{}
	n := int(binary.BigEndian.Uint16(sub[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		off, l := binary.BigEndian.Uint32(sub[rec+8:]), binary.BigEndian.Uint32(sub[rec+12:])
		tables[string(sub[rec:rec+4])] = sub[off : off+l]
	}
	if got := int(binary.BigEndian.Uint16(tables["maxp"][4:])); got != len(list) {
		t.Errorf("maxp says %d glyphs, subset has %d", got, len(list))
	}
	if got := len(tables["hmtx"]); got != 4*len(list) {
		t.Errorf("hmtx %d bytes for %d glyphs", got, len(list))
	}
	loca := tables["loca"]
	glyf := tables["glyf"]
	composites := 0
	for g := 0; g < len(list); g++ {
		start, end := binary.BigEndian.Uint32(loca[4*g:]), binary.BigEndian.Uint32(loca[4*g+4:])
		gl := glyf[start:end]
		if len(gl) < 10 || int16(binary.BigEndian.Uint16(gl)) >= 0 {
			continue
		}
		composites++
		o := 10
		for {
			flags, comp := binary.BigEndian.Uint16(gl[o:]), binary.BigEndian.Uint16(gl[o+2:])
			if int(comp) >= len(list) {
				t.Errorf("glyph %d names component %d outside the subset of %d", g, comp, len(list))
			}
			o += 4
			if flags&1 != 0 {
				o += 4
			} else {
				o += 2
			}
			switch {
			case flags&8 != 0:
				o += 2
			case flags&0x40 != 0:
				o += 4
			case flags&0x80 != 0:
				o += 8
			}
			if flags&0x20 == 0 {
				break
			}
		}
	}
	if composites == 0 {
		t.Error("no composite glyph checked")
	}
}

// TestOutlineCounts: nested bookmarks get the counts the format requires, so
// pdfcpu's strict validation passes (gofpdf wrote /Count 0 on items with children).
func TestOutlineCounts(t *testing.T) {
	var buf bytes.Buffer
	d := New(&buf, Meta{Title: "Жалба", Lang: "sr-Cyrl-RS"})
	fr := d.UseFont(font(t))
	for i := 0; i < 3; i++ {
		p := d.NewPage(595, 842)
		p.Text(fr, 12, 72, 700, fmt.Sprintf("Страна %d", i+1))
		d.AddPage(p)
	}
	for _, b := range []Bookmark{{"ЖАЛБА", 0, 0, 10}, {"ОБРАЗЛОЖЕЊЕ", 1, 0, 200}, {"1. Чињенице", 2, 1, 20}, {"2. Право", 2, 1, 300},
		{"ПРЕДЛОГ", 1, 2, 10}, {"Прилози", 2, 2, 400}, {"Списак", 0, 2, 500}} {
		d.Bookmark(b)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(buf.Bytes()), conf); err != nil {
		t.Errorf("strict validation: %v", err)
	}
	// ЖАЛБА has five descendants, ОБРАЗЛОЖЕЊЕ two; the root counts all seven.
	if !bytes.Contains(buf.Bytes(), []byte("/Count 5")) || !bytes.Contains(buf.Bytes(), []byte("/Count 2")) || !bytes.Contains(buf.Bytes(), []byte("/Count 7")) {
		t.Error("outline counts missing")
	}
}

// TestExifOrientation reads the orientation tag of both byte orders and ignores
// what is not EXIF.
func TestExifOrientation(t *testing.T) {
	for _, tc := range []struct {
		order binary.ByteOrder
		mark  string
		v     int
	}{{binary.LittleEndian, "II", 6}, {binary.BigEndian, "MM", 8}, {binary.LittleEndian, "II", 3}} {
		tiff := make([]byte, 8+2+12+4)
		copy(tiff, tc.mark)
		tc.order.PutUint16(tiff[2:], 42)
		tc.order.PutUint32(tiff[4:], 8)
		tc.order.PutUint16(tiff[8:], 1)
		tc.order.PutUint16(tiff[10:], 0x0112)
		tc.order.PutUint16(tiff[12:], 3)
		tc.order.PutUint32(tiff[14:], 1)
		tc.order.PutUint16(tiff[18:], uint16(tc.v))
		seg := append([]byte("Exif\x00\x00"), tiff...)
		data := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0, 0}
		binary.BigEndian.PutUint16(data[4:], uint16(len(seg)+2))
		data = append(append(data, seg...), 0xFF, 0xDA, 0, 2)
		if got := exifOrientation(data); got != tc.v {
			t.Errorf("%s: orientation %d, want %d", tc.mark, got, tc.v)
		}
	}
	if got := exifOrientation([]byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 'J', 'F', 0xFF, 0xDA}); got != 1 {
		t.Errorf("no EXIF: %d", got)
	}
}

// TestBoxMatrix: the stamp drawn upright in shown coordinates lands at the shown
// top right of a rotated page.
func TestBoxMatrix(t *testing.T) {
	apply := func(m string, u, v float64) (float64, float64) {
		var a, b, c, d, e, f float64
		fmt.Sscanf(strings.TrimSuffix(m, " cm"), "%g %g %g %g %g %g", &a, &b, &c, &d, &e, &f)
		return a*u + c*v + e, b*u + d*v + f
	}
	box := Box{X0: 0, Y0: 0, X1: 595, Y1: 842}
	for _, tc := range []struct {
		rot    int
		wx, wy float64 // where the shown top right corner is in user space
	}{
		{0, 595, 842},
		{90, 0, 842}, // turned clockwise: the page's top left is shown at the top right
		{180, 0, 0},
		{270, 595, 0}, // turned counter-clockwise: its bottom right is
	} {
		b := box
		b.Rotate = tc.rot
		w, h := b.Size()
		x, y := apply(b.matrix(), w, h)
		if x != tc.wx || y != tc.wy {
			t.Errorf("rotate %d: shown top right → (%g, %g), want (%g, %g)", tc.rot, x, y, tc.wx, tc.wy)
		}
	}
}

// TestOpenSourceRefuses: what is not a PDF is ErrDamaged, never a panic.
func TestOpenSourceRefuses(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("%PDF-1.7\n"), []byte("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF"), bytes.Repeat([]byte{0xFF}, 1000)} {
		if _, err := OpenSource(context.Background(), bytes.NewReader(data)); err == nil {
			t.Errorf("%q opened", data[:min(len(data), 20)])
		}
	}
}
