package evidence

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"regexp"
	"strconv"
)

// MaxPDFSize is the largest PDF whose pages are counted (it is read into memory to
// find its objects); a larger one reports 0, unknown.
const MaxPDFSize = 256 << 20

// maxObjStm bounds what one compressed object stream may inflate to.
const maxObjStm = 32 << 20

// Pages returns how many pages the file at path has, when that can be told for
// sure, and 0 (unknown) otherwise: a PDF by reading its page tree, an image
// (JPEG, PNG, GIF, BMP, WebP, HEIC/AVIF) as 1, a TIFF by its chain of images.
// An error is returned only when the file cannot be read at all.
func Pages(path string) (int, error) {
	f, st, err := OpenRegular(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return 0, err
	}
	head = head[:n]
	switch {
	case isPDF(head):
		if st.Size() > MaxPDFSize {
			return 0, nil
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return 0, err
		}
		data, err := io.ReadAll(io.LimitReader(f, MaxPDFSize))
		if err != nil {
			return 0, err
		}
		return PDFPages(data), nil
	case isTIFF(head):
		return tiffPages(f), nil
	case isImage(head):
		return 1, nil
	}
	return 0, nil
}

func isPDF(head []byte) bool {
	// The header may follow a little garbage (PDF 32000-1 allows readers to look
	// within the first 1024 bytes).
	return bytes.Contains(head, []byte("%PDF-"))
}

func isTIFF(h []byte) bool {
	return bytes.HasPrefix(h, []byte("II*\x00")) || bytes.HasPrefix(h, []byte("MM\x00*"))
}

func isImage(h []byte) bool {
	switch {
	case bytes.HasPrefix(h, []byte{0xFF, 0xD8, 0xFF}),
		bytes.HasPrefix(h, []byte("\x89PNG\r\n\x1a\n")),
		bytes.HasPrefix(h, []byte("GIF87a")), bytes.HasPrefix(h, []byte("GIF89a")),
		bytes.HasPrefix(h, []byte("BM")) && len(h) >= 26,
		len(h) >= 12 && bytes.Equal(h[0:4], []byte("RIFF")) && bytes.Equal(h[8:12], []byte("WEBP")):
		return true
	case len(h) >= 12 && bytes.Equal(h[4:8], []byte("ftyp")):
		switch string(h[8:12]) {
		case "heic", "heix", "mif1", "msf1", "avif":
			return true
		}
	}
	return false
}

// tiffPages follows the chain of image file directories (TIFF 6.0 §2); each is one
// page. BigTIFF and anything malformed give 0.
func tiffPages(r io.ReaderAt) int {
	hdr := make([]byte, 8)
	if _, err := r.ReadAt(hdr, 0); err != nil {
		return 0
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if hdr[0] == 'M' {
		bo = binary.BigEndian
	}
	off := int64(bo.Uint32(hdr[4:]))
	seen := map[int64]bool{}
	pages := 0
	b2, b4 := make([]byte, 2), make([]byte, 4)
	for off != 0 {
		if seen[off] || pages > 100000 || off < 8 {
			return 0
		}
		seen[off] = true
		if _, err := r.ReadAt(b2, off); err != nil {
			return 0
		}
		entries := int64(bo.Uint16(b2))
		if _, err := r.ReadAt(b4, off+2+12*entries); err != nil {
			return 0
		}
		pages++
		off = int64(bo.Uint32(b4))
	}
	return pages
}

// pdfObject is the latest definition of one object number.
type pdfObject struct {
	pos   int    // where it was defined: a later definition (incremental update) wins
	value []byte // the object's value (a dictionary, an array …), without stream data
}

var (
	rootRef  = regexp.MustCompile(`/Root[ \t\r\n\f\x00]*(\d{1,10})[ \t\r\n\f\x00]+\d{1,5}[ \t\r\n\f\x00]+R`)
	kwStream = []byte("stream")
	kwEndStr = []byte("endstream")
	kwEndObj = []byte("endobj")
)

// PDFPages counts the pages of a PDF held in data by walking its page tree from the
// catalogue named by the last /Root (PDF 32000-1 §7.7.3), reading objects both
// plain and inside Flate-compressed object streams (§7.5.7). The walk must agree
// with the root's /Count; where it cannot be done or they disagree it falls back to
// counting /Type /Page objects, accepted only if that equals the single root's
// /Count. Otherwise 0: unknown is better than a wrong page number in an index.
func PDFPages(data []byte) int {
	objs := pdfObjects(data)
	if n, found := walkPages(data, objs); found {
		return n // 0 when the tree is broken: no second guess
	}
	// No catalogue found (damaged trailer): page objects versus the /Count of the
	// one page-tree root.
	pages, rootCount, roots := 0, 0, 0
	for _, o := range objs {
		d := parseDict(o.value)
		if d == nil {
			continue
		}
		switch name(d["Type"]) {
		case "Page":
			pages++
		case "Pages":
			if _, hasParent := d["Parent"]; !hasParent {
				roots++
				rootCount, _ = integer(d["Count"])
			}
		}
	}
	if roots == 1 && pages > 0 && pages == rootCount {
		return pages
	}
	return 0
}

// walkPages walks the page tree; found is false when there is no catalogue with a
// page-tree root to start from.
func walkPages(data []byte, objs map[int]*pdfObject) (n int, found bool) {
	all := rootRef.FindAllSubmatch(data, -1)
	if len(all) == 0 {
		return 0, false
	}
	root, err := strconv.Atoi(string(all[len(all)-1][1]))
	if err != nil {
		return 0, false
	}
	cat, ok := objs[root]
	if !ok {
		return 0, false
	}
	cd := parseDict(cat.value)
	pagesRef, ok := ref(cd["Pages"])
	if !ok {
		return 0, false
	}
	top, ok := objs[pagesRef]
	if !ok {
		return 0, false
	}
	want, hasCount := integer(parseDict(top.value)["Count"])
	seen := map[int]bool{}
	var walk func(num, depth int) (int, bool)
	walk = func(num, depth int) (int, bool) {
		if seen[num] || depth > 64 {
			return 0, false
		}
		seen[num] = true
		o, ok := objs[num]
		if !ok {
			return 0, false
		}
		d := parseDict(o.value)
		switch name(d["Type"]) {
		case "Page":
			return 1, true
		case "Pages":
			kids := d["Kids"]
			if k, isRef := ref(kids); isRef {
				ko, ok := objs[k]
				if !ok {
					return 0, false
				}
				kids = ko.value
			}
			refs, ok := refArray(kids)
			if !ok {
				return 0, false
			}
			total := 0
			for _, r := range refs {
				n, ok := walk(r, depth+1)
				if !ok {
					return 0, false
				}
				total += n
			}
			return total, true
		}
		return 0, false
	}
	n, ok = walk(pagesRef, 0)
	if !ok || (hasCount && n != want) {
		return 0, true
	}
	return n, true
}

// pdfObjects finds every "N G obj" in data, skipping stream contents, and unpacks
// object streams; for each object number the definition latest in the file wins.
func pdfObjects(data []byte) map[int]*pdfObject {
	objs := map[int]*pdfObject{}
	put := func(num, pos int, value []byte) {
		if o, ok := objs[num]; ok && o.pos > pos {
			return
		}
		objs[num] = &pdfObject{pos: pos, value: value}
	}
	pos := 0
	for pos < len(data) {
		objPos, numEnd, start, ok := nextObjHeader(data, pos)
		if !ok {
			break
		}
		num, err := strconv.Atoi(string(data[objPos:numEnd]))
		if err != nil {
			pos = start
			continue
		}
		end := bytes.Index(data[start:], kwEndObj)
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		body := data[start:end]
		value := body
		next := end + len(kwEndObj)
		if si := streamKeyword(body); si >= 0 {
			value = body[:si]
			dataStart := start + si + len(kwStream)
			if dataStart < len(data) && data[dataStart] == '\r' {
				dataStart++
			}
			if dataStart < len(data) && data[dataStart] == '\n' {
				dataStart++
			}
			dataEnd := streamEnd(data, dataStart, parseDict(value))
			if dataEnd < 0 {
				break
			}
			d := parseDict(value)
			if name(d["Type"]) == "ObjStm" {
				unpackObjStm(d, data[dataStart:dataEnd], objPos, put)
			}
			next = dataEnd + len(kwEndStr)
			if e := bytes.Index(data[next:], kwEndObj); e >= 0 && e < 64 {
				next += e + len(kwEndObj)
			}
		}
		put(num, objPos, value)
		if next <= pos {
			next = pos + 1
		}
		pos = next
	}
	return objs
}

var kwObj = []byte("obj")

// nextObjHeader finds the next "N G obj" at or after from: it searches for the
// keyword and checks the two numbers before it (much faster than a regular
// expression over a large file). It returns where N starts and ends and where the
// object's body starts.
func nextObjHeader(data []byte, from int) (start, numEnd, body int, ok bool) {
	for from < len(data) {
		i := bytes.Index(data[from:], kwObj)
		if i < 0 {
			return 0, 0, 0, false
		}
		k := from + i
		from = k + len(kwObj)
		if from < len(data) && !isWhite(data[from]) && !isDelim(data[from]) {
			continue // "objects", "obj1"
		}
		j := k
		ws := func() bool {
			n := 0
			for j > 0 && isWhite(data[j-1]) {
				j--
				n++
			}
			return n > 0
		}
		digits := func(max int) bool {
			n := 0
			for j > 0 && data[j-1] >= '0' && data[j-1] <= '9' {
				j--
				n++
			}
			return n > 0 && n <= max
		}
		if !ws() || !digits(5) || !ws() {
			continue
		}
		end := j
		if !digits(10) {
			continue
		}
		return j, end, from, true
	}
	return 0, 0, 0, false
}

// streamKeyword finds the "stream" keyword that follows an object's dictionary.
func streamKeyword(body []byte) int {
	l := lexer{b: body}
	for {
		start := l.i
		t, k := l.next()
		switch k {
		case tEOF:
			return -1
		case tKeyword:
			if bytes.Equal(t, kwStream) {
				return start + bytes.Index(body[start:], kwStream)
			}
		}
	}
}

// streamEnd returns where the stream data that starts at from ends: by a direct
// /Length when "endstream" follows it, else by searching for "endstream".
func streamEnd(data []byte, from int, d map[string][]byte) int {
	if n, ok := integer(d["Length"]); ok && n >= 0 && from+n <= len(data) {
		rest := bytes.TrimLeft(data[from+n:], " \t\r\n\f\x00")
		if bytes.HasPrefix(rest, kwEndStr) {
			return len(data) - len(rest)
		}
	}
	i := bytes.Index(data[from:], kwEndStr)
	if i < 0 {
		return -1
	}
	end := from + i
	// The end-of-line before "endstream" is not part of the data.
	if end > from && data[end-1] == '\n' {
		end--
	}
	if end > from && data[end-1] == '\r' {
		end--
	}
	return end
}

// unpackObjStm reads the objects of one object stream (§7.5.7). Only unfiltered and
// FlateDecode streams without predictors are read; others are skipped, which can
// only make the count unknown, never wrong.
func unpackObjStm(d map[string][]byte, raw []byte, pos int, put func(num, pos int, value []byte)) {
	if _, has := d["DecodeParms"]; has {
		return
	}
	var content []byte
	switch f := bytes.TrimSpace(d["Filter"]); {
	case len(f) == 0:
		content = raw
	case bytes.Equal(f, []byte("/FlateDecode")) || bytes.Equal(bytes.Join(bytes.Fields(f), nil), []byte("[/FlateDecode]")):
		zr, err := zlib.NewReader(bytes.NewReader(raw))
		if err != nil {
			return
		}
		content, err = io.ReadAll(io.LimitReader(zr, maxObjStm+1))
		if err != nil && len(content) == 0 || len(content) > maxObjStm {
			return
		}
	default:
		return
	}
	n, ok1 := integer(d["N"])
	first, ok2 := integer(d["First"])
	if !ok1 || !ok2 || n <= 0 || n > 1<<20 || first < 0 || first > len(content) {
		return
	}
	l := lexer{b: content[:first]}
	nums := make([]int, 0, n)
	offs := make([]int, 0, n)
	for i := 0; i < n; i++ {
		a, k1 := l.next()
		b, k2 := l.next()
		if k1 != tNumber || k2 != tNumber {
			return
		}
		num, err1 := strconv.Atoi(string(a))
		off, err2 := strconv.Atoi(string(b))
		if err1 != nil || err2 != nil || off < 0 || first+off > len(content) {
			return
		}
		nums = append(nums, num)
		offs = append(offs, first+off)
	}
	for i := range nums {
		end := len(content)
		if i+1 < len(offs) && offs[i+1] >= offs[i] {
			end = offs[i+1]
		}
		put(nums[i], pos, content[offs[i]:end])
	}
}

// --- a small PDF lexer, enough to read the top level of a dictionary ---

const (
	tEOF = iota
	tName
	tNumber
	tString
	tDictOpen
	tDictClose
	tArrOpen
	tArrClose
	tKeyword
)

type lexer struct {
	b []byte
	i int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) next() ([]byte, int) {
	for l.i < len(l.b) {
		c := l.b[l.i]
		if isWhite(c) {
			l.i++
			continue
		}
		if c == '%' { // comment to end of line
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
			continue
		}
		break
	}
	if l.i >= len(l.b) {
		return nil, tEOF
	}
	s := l.i
	c := l.b[l.i]
	switch {
	case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
		l.i += 2
		return l.b[s:l.i], tDictOpen
	case c == '>' && l.i+1 < len(l.b) && l.b[l.i+1] == '>':
		l.i += 2
		return l.b[s:l.i], tDictClose
	case c == '[':
		l.i++
		return l.b[s:l.i], tArrOpen
	case c == ']':
		l.i++
		return l.b[s:l.i], tArrClose
	case c == '(':
		depth := 0
		for l.i < len(l.b) {
			switch l.b[l.i] {
			case '\\':
				l.i++
			case '(':
				depth++
			case ')':
				depth--
			}
			l.i++
			if depth == 0 {
				break
			}
		}
		if l.i > len(l.b) {
			l.i = len(l.b)
		}
		return l.b[s:l.i], tString
	case c == '<': // hex string
		for l.i < len(l.b) && l.b[l.i] != '>' {
			l.i++
		}
		if l.i < len(l.b) {
			l.i++
		}
		return l.b[s:l.i], tString
	case c == '/':
		l.i++
		for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelim(l.b[l.i]) {
			l.i++
		}
		return l.b[s:l.i], tName
	}
	l.i++
	for l.i < len(l.b) && !isWhite(l.b[l.i]) && !isDelim(l.b[l.i]) {
		l.i++
	}
	t := l.b[s:l.i]
	if c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		return t, tNumber
	}
	return t, tKeyword
}

// skipValue consumes the rest of a composite value whose opening token was read.
func (l *lexer) skipComposite() bool {
	depth := 1
	for depth > 0 {
		_, k := l.next()
		switch k {
		case tEOF:
			return false
		case tDictOpen, tArrOpen:
			depth++
		case tDictClose, tArrClose:
			depth--
		}
	}
	return true
}

// parseDict returns the top-level entries of the dictionary at the start of b, each
// value as its raw text ("3 0 R", "[1 0 R 2 0 R]", "/Page" …); nil if b does not
// start with a dictionary.
func parseDict(b []byte) map[string][]byte {
	l := lexer{b: b}
	if _, k := l.next(); k != tDictOpen {
		return nil
	}
	d := map[string][]byte{}
	for {
		key, k := l.next()
		if k == tDictClose || k == tEOF {
			return d
		}
		if k != tName {
			continue
		}
		vs := l.i
		_, vk := l.next()
		switch vk {
		case tEOF:
			return d
		case tDictClose:
			return d
		case tDictOpen, tArrOpen:
			if !l.skipComposite() {
				return d
			}
		case tNumber:
			// "N G R" is one value: look ahead without consuming anything else.
			save := l.i
			_, k2 := l.next()
			r, k3 := l.next()
			if !(k2 == tNumber && k3 == tKeyword && bytes.Equal(r, []byte("R"))) {
				l.i = save
			}
		}
		d[string(key[1:])] = bytes.TrimSpace(l.b[vs:l.i])
	}
}

func name(v []byte) string {
	if len(v) > 1 && v[0] == '/' {
		return string(v[1:])
	}
	return ""
}

func integer(v []byte) (int, bool) {
	n, err := strconv.Atoi(string(v))
	return n, err == nil
}

func ref(v []byte) (int, bool) {
	f := bytes.Fields(v)
	if len(f) != 3 || !bytes.Equal(f[2], []byte("R")) {
		return 0, false
	}
	n, err := strconv.Atoi(string(f[0]))
	return n, err == nil
}

// refArray reads "[1 0 R 2 0 R …]".
func refArray(v []byte) ([]int, bool) {
	l := lexer{b: v}
	if _, k := l.next(); k != tArrOpen {
		return nil, false
	}
	var out []int
	for {
		a, k := l.next()
		if k == tArrClose {
			return out, true
		}
		_, k2 := l.next()
		r, k3 := l.next()
		if k != tNumber || k2 != tNumber || k3 != tKeyword || !bytes.Equal(r, []byte("R")) {
			return nil, false
		}
		n, err := strconv.Atoi(string(a))
		if err != nil {
			return nil, false
		}
		out = append(out, n)
	}
}
