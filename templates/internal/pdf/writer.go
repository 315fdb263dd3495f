package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strconv"
	"sync"
	"unicode/utf16"
)

// Ref is an indirect object number.
type Ref int

func (r Ref) String() string { return strconv.Itoa(int(r)) + " 0 R" }

// writer writes numbered objects in any order and the cross-reference table at the
// end. It keeps only the offsets in memory.
type writer struct {
	w       *bufio.Writer
	off     int64
	offsets []int64 // by object number; 0 = not written yet
	sum     hash.Hash
	err     error
}

func newWriter(w io.Writer) *writer {
	wr := &writer{w: bufio.NewWriterSize(w, 64<<10), offsets: []int64{0}, sum: sha256.New()}
	// A binary comment after the header tells transfer programs the file is binary.
	wr.raw([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
	return wr
}

func (w *writer) raw(b []byte) {
	if w.err != nil {
		return
	}
	n, err := w.w.Write(b)
	w.off += int64(n)
	w.sum.Write(b[:n])
	w.err = err
}

func (w *writer) str(s string) { w.raw([]byte(s)) }

func (w *writer) alloc() Ref {
	w.offsets = append(w.offsets, 0)
	return Ref(len(w.offsets) - 1)
}

// object writes "n 0 obj body endobj".
func (w *writer) object(r Ref, body []byte) {
	w.begin(r)
	w.raw(body)
	w.str("\nendobj\n")
}

func (w *writer) begin(r Ref) {
	if int(r) < len(w.offsets) {
		w.offsets[r] = w.off
	}
	w.str(strconv.Itoa(int(r)) + " 0 obj\n")
}

// compressors are shared: a zlib writer allocates about a megabyte, so one is made
// per process and reset per stream, not one per stream.
var compressors = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	return zw
}}

// Deflate compresses data with the shared compressors.
func Deflate(data []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(data)/3 + 64)
	zw := compressors.Get().(*zlib.Writer)
	zw.Reset(&buf)
	zw.Write(data)
	zw.Close()
	compressors.Put(zw)
	return buf.Bytes()
}

// stream writes a stream object; dict holds the entries besides /Length (and
// /Filter, added when compress is true).
func (w *writer) stream(r Ref, dict string, data []byte, compress bool) {
	if compress {
		data = Deflate(data)
		dict += "/Filter/FlateDecode"
	}
	w.begin(r)
	w.str("<<" + dict + "/Length " + strconv.Itoa(len(data)) + ">>\nstream\n")
	w.raw(data)
	w.str("\nendstream\nendobj\n")
}

// finish writes the cross-reference table and the trailer. The file identifier is a
// hash of everything written before it, so equal documents get equal files.
func (w *writer) finish(root, info Ref) error {
	xref := w.off
	var b bytes.Buffer
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.offsets))
	for _, o := range w.offsets[1:] {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	for i, o := range w.offsets[1:] {
		if o == 0 {
			return fmt.Errorf("pdf: object %d never written", i+1)
		}
	}
	id := fmt.Sprintf("%x", w.sum.Sum(nil)[:16])
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root %s", len(w.offsets), root)
	if info > 0 {
		fmt.Fprintf(&b, "/Info %s", info)
	}
	fmt.Fprintf(&b, "/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n", id, id, xref)
	w.raw(b.Bytes())
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

// TextString encodes s as a PDF text string: UTF-16BE with a byte-order mark, in
// hex, so any text (Cyrillic titles) is safe in metadata and outlines.
func TextString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// Name encodes a PDF name.
func Name(s string) string {
	var b bytes.Buffer
	b.WriteByte('/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || bytes.IndexByte([]byte("#()<>[]{}/%"), c) >= 0 {
			fmt.Fprintf(&b, "#%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// num formats a coordinate with at most three decimals and no trailing zeros.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 3, 64)
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	s = trimDot(s)
	if s == "-0" {
		return "0"
	}
	return s
}

func trimDot(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
