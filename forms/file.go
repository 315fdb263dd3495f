package forms

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"appealdesk/locales"
)

// Errors of Load. Each *FileError wraps one of them (errors.Is works) and carries a
// message id, so the interface and the command line say it in the person's language.
var (
	ErrDamaged = errors.New("the case file is damaged")              // not JSON, truncated, wrong shape
	ErrForeign = errors.New("this is not an Appeal Desk case file")  // JSON, but no or another "format"
	ErrNewer   = errors.New("the case file is from a newer version") // "version" above FormatVersion
	ErrRead    = errors.New("the case file cannot be read")          // missing, no permission …
	ErrWrite   = errors.New("the case file cannot be saved")         // disk full, no permission …
	// ErrLimit (limits.go): beyond a limit no real case reaches.
)

// FileError is a failure to read or write a case file.
type FileError struct {
	Path string
	// Kind is one of ErrDamaged, ErrForeign, ErrNewer, ErrRead, ErrWrite, ErrLimit.
	Kind error
	// msg is the catalogue message for Kind (Message); its data always include
	// "File" (the base name).
	msg locales.Message
	// Err is the underlying cause, for logs (not shown to the person).
	Err error
}

func (e *FileError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v: %v", e.Path, e.Kind, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Kind)
}

func (e *FileError) Unwrap() []error { return []error{e.Kind, e.Err} }

// Message is what the person is told (a locales.MessageError).
func (e *FileError) Message() locales.Message { return e.msg }

func fileErr(path string, kind error, cause error, kv ...any) *FileError {
	id := map[error]string{
		ErrDamaged: "interview.file.damaged",
		ErrForeign: "interview.file.foreign",
		ErrNewer:   "interview.file.newer",
		ErrRead:    "interview.file.unreadable",
		ErrWrite:   "interview.file.unwritable",
	}[kind]
	return &FileError{Path: path, Kind: kind, msg: locales.Message{ID: id, Params: append([]any{"File", filepath.Base(path)}, kv...)}, Err: cause}
}

// header is read before anything else, to tell a foreign or newer file from a damaged one.
type header struct {
	Format  *string          `json:"format"`
	Version *json.RawMessage `json:"version"`
}

// migration turns a version-v document (as a generic JSON object) into version v+1.
type migration func(doc map[string]json.RawMessage) error

// migrations[v] is the step from version v. There is only version 1 now. When
// FormatVersion becomes 2, add migrations[1] here, and Load applies every step from
// the file's version up to FormatVersion.
var migrations = map[int]migration{}

// Unmarshal reads an .appeal document. name is used in errors only.
func Unmarshal(data []byte, name string) (*Case, error) {
	return unmarshalAt(data, name, FormatVersion, migrations)
}

// unmarshalAt reads a document for a program whose format version is current, with
// its migration steps (FormatVersion and migrations; tests pass a later version and
// steps of their own to exercise the chain).
func unmarshalAt(data []byte, name string, current int, steps map[int]migration) (*Case, error) {
	if len(data) > MaxFileSize {
		return nil, fileTooLarge(name, int64(len(data)))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM some editors add
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		// Valid JSON that is not an object (an array, a number) is someone else's file.
		var anyv any
		if json.Unmarshal(data, &anyv) == nil {
			return nil, fileErr(name, ErrForeign, err)
		}
		return nil, fileErr(name, ErrDamaged, err)
	}
	if doc == nil { // the JSON literal null
		return nil, fileErr(name, ErrForeign, errors.New("null document"))
	}
	var h header
	if err := json.Unmarshal(data, &h); err != nil || h.Format == nil || *h.Format != FormatName {
		return nil, fileErr(name, ErrForeign, err)
	}
	version := 0
	if h.Version == nil || json.Unmarshal(*h.Version, &version) != nil || version < 1 {
		return nil, fileErr(name, ErrDamaged, errors.New("missing or invalid version"))
	}
	if version > current {
		return nil, fileErr(name, ErrNewer, nil, "Version", version, "Supported", current)
	}
	for v := version; v < current; v++ {
		m := steps[v]
		if m == nil {
			return nil, fileErr(name, ErrDamaged, fmt.Errorf("no migration from version %d", v))
		}
		if err := m(doc); err != nil {
			return nil, fileErr(name, ErrDamaged, fmt.Errorf("migrating version %d: %w", v, err))
		}
		doc["version"] = json.RawMessage(fmt.Sprint(v + 1))
	}
	migrated := data
	if version != current {
		var err error
		if migrated, err = json.Marshal(doc); err != nil {
			return nil, fileErr(name, ErrDamaged, err)
		}
	}
	c := new(Case)
	if err := json.Unmarshal(migrated, c); err != nil {
		return nil, fileErr(name, ErrDamaged, err)
	}
	// Keep top-level members this version does not know (written by a later minor
	// change or by a script), so a round trip does not lose them.
	for k, v := range doc {
		if !isKnownKey(k) {
			if c.Unknown == nil {
				c.Unknown = map[string]json.RawMessage{}
			}
			c.Unknown[k] = append(json.RawMessage(nil), v...)
		}
	}
	c.Format, c.Version = FormatName, current
	if err := checkLimits(c, name); err != nil {
		return nil, err
	}
	return c, nil
}

func fileTooLarge(name string, size int64) *FileError {
	mb := func(n int64) int64 { return (n + 1<<20 - 1) >> 20 }
	return limitErr(name, "case.limit.file_size", "Size", mb(size), "Max", mb(MaxFileSize))
}

var (
	knownOnce sync.Once
	knownSet  map[string]bool
)

func knownKeys() map[string]bool {
	knownOnce.Do(func() {
		knownSet = map[string]bool{}
		t := reflect.TypeOf(Case{})
		for i := 0; i < t.NumField(); i++ {
			if name := jsonName(t.Field(i)); name != "" {
				knownSet[name] = true
			}
		}
	})
	return knownSet
}

// isKnownKey reports whether k names a member of Case the way encoding/json matches
// names (case-insensitively, with Unicode folding): "Title" or "ſtep" fill Title and
// Step on decoding, so they must not also be kept as unknown members.
func isKnownKey(k string) bool {
	for name := range knownKeys() {
		if strings.EqualFold(name, k) {
			return true
		}
	}
	return false
}

// jsonName is the JSON member name of a struct field, "" if it is not serialised.
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if tag == "-" || !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name
}

// Marshal returns the .appeal document of c: indented, with members in a fixed order,
// ending in a newline. Text that is not valid UTF-8 is stored with each bad byte
// replaced by U+FFFD (encoding/json's rule); NUL and other control characters are
// stored escaped (\u0000) and read back unchanged. Format and version are always set.
func Marshal(c *Case) ([]byte, error) {
	if c == nil {
		return nil, errors.New("forms: Marshal of a nil case")
	}
	cp := *c
	cp.Format, cp.Version = FormatName, FormatVersion
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if len(c.Unknown) == 0 {
		enc.SetIndent("", "  ") // the common case: one pass
		if err := enc.Encode(&cp); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	if err := enc.Encode(&cp); err != nil {
		return nil, err
	}
	out := bytes.TrimRight(buf.Bytes(), "\n")
	keys := make([]string, 0, len(c.Unknown))
	for k := range c.Unknown {
		if !isKnownKey(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out = out[:len(out)-1] // the closing brace
	for _, k := range keys {
		v := c.Unknown[k]
		if !json.Valid(v) {
			continue
		}
		kb, _ := json.Marshal(k)
		out = append(out, ',')
		out = append(out, kb...)
		out = append(out, ':')
		out = append(out, v...)
	}
	out = append(out, '}')
	var ind bytes.Buffer
	if err := json.Indent(&ind, out, "", "  "); err != nil {
		return nil, err
	}
	ind.WriteByte('\n')
	return ind.Bytes(), nil
}

// Load reads and checks the case file at path. It refuses a damaged file (ErrDamaged),
// a file that is not a case (ErrForeign) and one from a newer Appeal Desk (ErrNewer);
// older versions are migrated in memory (the file is not touched until Save).
func Load(path string) (*Case, error) {
	data, err := readBounded(path)
	if err != nil {
		return nil, err
	}
	c, err := Unmarshal(data, path)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Save writes c to path so that path always holds either the old or the new file,
// complete: marshal first (on failure nothing is touched), write a temporary file in
// the same directory, fsync it, close it, rename it over path, fsync the directory.
func Save(path string, c *Case) error { return save(osFS{}, path, c) }

// save is Save on fsys.
func save(fsys fileSystem, path string, c *Case) error {
	data, err := marshalChecked(path, c)
	if err != nil {
		return err
	}
	if _, err := writeAtomic(fsys, path, data, 0o600, true); err != nil {
		return fileErr(path, ErrWrite, err)
	}
	return nil
}

// saveNew is Save to a path that must not exist yet (an error wrapping fs.ErrExist
// if it does).
func saveNew(path string, c *Case) error {
	data, err := marshalChecked(path, c)
	if err != nil {
		return err
	}
	if err := WriteFileNew(path, data, 0o600); err != nil {
		return fileErr(path, ErrWrite, err)
	}
	return nil
}

// marshalChecked is Marshal for writing to path: a case beyond the limits is refused
// (ErrLimit), so the app never writes a file it would refuse to open, and evidence
// paths are stored relative to path's folder where they can be (relpath.go).
func marshalChecked(path string, c *Case) ([]byte, error) {
	if c == nil {
		return nil, fileErr(path, ErrWrite, errors.New("nil case"))
	}
	if err := checkLimits(c, path); err != nil {
		return nil, err
	}
	data, err := Marshal(relativeTo(c, filepath.Dir(path)))
	if err != nil {
		return nil, fileErr(path, ErrWrite, err)
	}
	if len(data) > MaxFileSize {
		return nil, fileTooLarge(path, int64(len(data)))
	}
	return data, nil
}

// readBounded reads a case file, refusing one larger than MaxFileSize before reading
// it (a 100 MB "case" costs no memory).
func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(path, ErrRead, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fileErr(path, ErrRead, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fileErr(path, ErrRead, errors.New("not a regular file"))
	}
	if st.Size() > MaxFileSize {
		return nil, fileTooLarge(path, st.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fileErr(path, ErrRead, err)
	}
	if len(data) > MaxFileSize {
		return nil, fileTooLarge(path, int64(len(data)))
	}
	return data, nil
}
