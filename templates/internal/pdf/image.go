package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
)

// ErrImage is returned for an image that cannot be placed (not a JPEG or PNG, or
// damaged).
var ErrImage = errors.New("pdf: not a readable JPEG or PNG image")

// JPEG writes a JPEG file as an image XObject as it is (DCTDecode: no
// re-compression, no loss). Orientation is its EXIF orientation (1–8; 1 = as
// stored), which the caller applies when placing it.
func (d *Doc) JPEG(data []byte) (img *Image, orientation int, err error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %v", ErrImage, err)
	}
	cs, decode := "/DeviceRGB", ""
	switch cfg.ColorModel {
	case nil:
		return nil, 0, ErrImage
	}
	switch comps := jpegComponents(data); comps {
	case 1:
		cs = "/DeviceGray"
	case 4:
		// Adobe's CMYK JPEGs store inverted values.
		cs, decode = "/DeviceCMYK", "/Decode[1 0 1 0 1 0 1 0]"
	}
	ref := d.w.alloc()
	d.w.stream(ref, fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace%s/BitsPerComponent 8%s/Filter/DCTDecode",
		cfg.Width, cfg.Height, cs, decode), data, false)
	return &Image{ref: ref, W: cfg.Width, H: cfg.Height}, exifOrientation(data), nil
}

// jpegComponents reads the number of colour components from the frame header.
func jpegComponents(data []byte) int {
	for i := 2; i+9 < len(data); {
		if data[i] != 0xFF {
			return 3
		}
		marker := data[i+1]
		length := int(binary.BigEndian.Uint16(data[i+2:]))
		if marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
			return int(data[i+9])
		}
		i += 2 + length
	}
	return 3
}

// exifOrientation reads the EXIF orientation tag (0x0112) of a JPEG; 1 if none.
func exifOrientation(data []byte) int {
	for i := 2; i+4 < len(data); {
		if data[i] != 0xFF {
			return 1
		}
		marker := data[i+1]
		length := int(binary.BigEndian.Uint16(data[i+2:]))
		if marker == 0xDA || length < 2 { // start of scan: no more headers
			return 1
		}
		seg := data[i+4 : min(len(data), i+2+length)]
		if marker == 0xE1 && len(seg) > 14 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i += 2 + length
	}
	return 1
}

func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	ifd := int(bo.Uint32(t[4:]))
	if ifd+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[ifd:]))
	for k := 0; k < n; k++ {
		e := ifd + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			if v := int(bo.Uint16(t[e+8:])); v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// PNG decodes a PNG and writes it as a deflated image XObject, with its alpha
// channel as a soft mask (16-bit channels are reduced to 8).
func (d *Doc) PNG(r io.Reader) (*Image, error) {
	m, err := png.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrImage, err)
	}
	return d.RasterImage(m), nil
}

// RasterImage writes a decoded image: grey or RGB, plus a soft mask where it has
// transparency.
func (d *Doc) RasterImage(m image.Image) *Image {
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	gray := true
	opaque := true
	for y := b.Min.Y; y < b.Max.Y && (gray || opaque); y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := m.At(x, y).RGBA()
			if a != 0xFFFF {
				opaque = false
			}
			if r != g || g != bl {
				gray = false
			}
		}
	}
	comps := 3
	cs := "/DeviceRGB"
	if gray {
		comps, cs = 1, "/DeviceGray"
	}
	pix := make([]byte, 0, w*h*comps)
	var alpha []byte
	if !opaque {
		alpha = make([]byte, 0, w*h)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := m.At(x, y).RGBA()
			// Colour values are premultiplied; undo it for the PDF's separate mask.
			if a != 0 && a != 0xFFFF {
				r, g, bl = r*0xFFFF/a, g*0xFFFF/a, bl*0xFFFF/a
			}
			if gray {
				pix = append(pix, byte(r>>8))
			} else {
				pix = append(pix, byte(r>>8), byte(g>>8), byte(bl>>8))
			}
			if alpha != nil {
				alpha = append(alpha, byte(a>>8))
			}
		}
	}
	smask := ""
	if alpha != nil {
		sref := d.w.alloc()
		d.w.stream(sref, fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8", w, h), alpha, true)
		smask = "/SMask " + sref.String()
	}
	ref := d.w.alloc()
	d.w.stream(ref, fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace%s/BitsPerComponent 8%s", w, h, cs, smask), pix, true)
	return &Image{ref: ref, W: w, H: h}
}

// Form is a form XObject: drawing that pages place with Do. Its content may be
// written after the pages that use it (the bundle's total page count).
type Form struct {
	ref  Ref
	name string
}

// NewForm reserves a form XObject; write it with WriteForm before Close.
func (d *Doc) NewForm(name string) *Form { return &Form{ref: d.w.alloc(), name: name} }

// WriteForm writes the form's content, which draws with the fonts given.
func (d *Doc) WriteForm(f *Form, w, h float64, content string, fonts ...*FontRes) {
	var res bytes.Buffer
	res.WriteString("/Resources<</Font<<")
	for _, fr := range fonts {
		fmt.Fprintf(&res, "/%s %s", fr.name, fr.Ref())
	}
	res.WriteString(">>>>")
	d.w.stream(f.ref, fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 %s %s]%s", num(w), num(h), res.String()), []byte(content), true)
}

// DrawForm places form f with its origin at x, y.
func (p *Page) DrawForm(f *Form, x, y float64) {
	p.xobjects[f.name] = f.ref
	p.Op("q 1 0 0 1 " + num(x) + " " + num(y) + " cm /" + f.name + " Do Q")
}

// FontOp is a text drawing operator for a form's content.
func (fr *FontRes) FontOp(size, x, y float64, s string) string {
	return "BT /" + fr.name + " " + num(size) + " Tf " + num(x) + " " + num(y) + " Td " + fr.hex(s) + " Tj ET"
}

// UseForPage records that a page's own content (written by the caller) draws with fr.
func (p *Page) UseFont(fr *FontRes) { p.fonts[fr] = true }
