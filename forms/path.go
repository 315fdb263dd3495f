package forms

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Paths name one answer in a Case by its JSON member names, the way the file spells
// them: "decision.received", "family.spouse", "family.children[1].born",
// "evidence[0].supports", "arguments.no-reasons". A field of the interview carries a
// path template with "[]" for the item of a repeated group ("family.children[].born");
// ItemPath fills the index in. Get/Set read and write any answer by path, so the
// interface renders a field without a switch on its path.

// ErrPath is returned (wrapped) for a path that names nothing in a Case, an index out
// of range, or a value of the wrong kind.
var ErrPath = errors.New("forms: bad path")

// ItemPath fills the first "[]" of a template with index i:
// ItemPath("family.children[].born", 1) = "family.children[1].born".
func ItemPath(template string, i int) string {
	return strings.Replace(template, "[]", "["+strconv.Itoa(i)+"]", 1)
}

// GroupPath is the path of the repeated group a template belongs to:
// GroupPath("family.children[].born") = "family.children".
func GroupPath(template string) string {
	g, _, _ := strings.Cut(template, "[")
	return g
}

type segment struct {
	name  string
	index int // -1: none
}

func parsePath(path string) ([]segment, error) {
	if path == "" {
		return nil, fmt.Errorf("%w: empty", ErrPath)
	}
	parts := strings.Split(path, ".")
	segs := make([]segment, 0, len(parts))
	for _, p := range parts {
		s := segment{name: p, index: -1}
		if open := strings.IndexByte(p, '['); open >= 0 {
			if !strings.HasSuffix(p, "]") {
				return nil, fmt.Errorf("%w: %q", ErrPath, path)
			}
			n, err := strconv.Atoi(p[open+1 : len(p)-1])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%w: index in %q", ErrPath, path)
			}
			s.name, s.index = p[:open], n
		}
		if s.name == "" {
			return nil, fmt.Errorf("%w: %q", ErrPath, path)
		}
		segs = append(segs, s)
	}
	return segs, nil
}

// resolve walks c to the value path names. For "arguments.<id>" it returns the map
// and the key (map values are not addressable).
func resolve(c *Case, path string) (v reflect.Value, mapKey string, err error) {
	if c == nil {
		return v, "", fmt.Errorf("%w: nil case", ErrPath)
	}
	segs, err := parsePath(path)
	if err != nil {
		return v, "", err
	}
	v = reflect.ValueOf(c).Elem()
	for i, s := range segs {
		if v.Kind() == reflect.Map {
			if i != len(segs)-1 || s.index >= 0 {
				return v, "", fmt.Errorf("%w: %q", ErrPath, path)
			}
			return v, s.name, nil
		}
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return v, "", fmt.Errorf("%w: %q", ErrPath, path)
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return v, "", fmt.Errorf("%w: %q", ErrPath, path)
		}
		f, ok := fieldByJSON(v.Type(), s.name)
		if !ok {
			return v, "", fmt.Errorf("%w: %q has no %q", ErrPath, path, s.name)
		}
		v = v.FieldByIndex(f.Index)
		if s.index >= 0 {
			if v.Kind() != reflect.Slice || s.index >= v.Len() {
				return v, "", fmt.Errorf("%w: %q: no item %d", ErrPath, path, s.index)
			}
			v = v.Index(s.index)
		}
	}
	return v, "", nil
}

// jsonFields caches, per struct type, its fields by JSON name.
var jsonFields sync.Map // reflect.Type → map[string]reflect.StructField

func fieldByJSON(t reflect.Type, name string) (reflect.StructField, bool) {
	m, ok := jsonFields.Load(t)
	if !ok {
		fields := map[string]reflect.StructField{}
		for i := 0; i < t.NumField(); i++ {
			if n := jsonName(t.Field(i)); n != "" {
				fields[n] = t.Field(i)
			}
		}
		m, _ = jsonFields.LoadOrStore(t, fields)
	}
	f, ok := m.(map[string]reflect.StructField)[name]
	return f, ok
}

// Get returns the answer at path as a string: text, dates and choices as stored;
// yes/no answers as "yes", "no" or "" (not answered); a true/false switch as "yes"
// or "no"; a number in decimal ("" for 0, which means "not set"); a list joined by
// ", "; an evidence file as its path; "arguments.<id>" as "yes", "no" or "" (no override).
func Get(c *Case, path string) (string, error) {
	v, key, err := resolve(c, path)
	if err != nil {
		return "", err
	}
	if key != "" {
		val := v.MapIndex(reflect.ValueOf(key))
		if !val.IsValid() {
			return "", nil
		}
		if val.Bool() {
			return "yes", nil
		}
		return "no", nil
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		if v.Bool() {
			return "yes", nil
		}
		return "no", nil
	case reflect.Int, reflect.Int64:
		if v.Int() == 0 {
			return "", nil
		}
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String {
			return strings.Join(v.Interface().([]string), ", "), nil
		}
	case reflect.Pointer:
		if f, ok := v.Interface().(*File); ok {
			if f == nil {
				return "", nil
			}
			return f.Path, nil
		}
	}
	return "", fmt.Errorf("%w: %q is a group, not an answer", ErrPath, path)
}

// Set stores a string answer at path (the reverse of Get). A switch takes "yes" for
// true and anything else for false; a number takes decimal digits ("" = 0);
// "arguments.<id>" takes "yes", "no", or "" to drop the override and let the
// suggestion stand. Text is stored exactly as given.
func Set(c *Case, path, value string) error {
	v, key, err := resolve(c, path)
	if err != nil {
		return err
	}
	if key != "" {
		if value == "" {
			delete(c.Arguments, key)
			return nil
		}
		if value != "yes" && value != "no" {
			return fmt.Errorf("%w: %q takes yes, no or nothing", ErrPath, path)
		}
		if c.Arguments == nil {
			c.Arguments = map[string]bool{}
		}
		c.Arguments[key] = value == "yes"
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeOf(YesNo("")) && value != "" && value != "yes" && value != "no" {
			return fmt.Errorf("%w: %q takes yes, no or nothing", ErrPath, path)
		}
		v.SetString(value)
		return nil
	case reflect.Bool:
		v.SetBool(value == "yes")
		return nil
	case reflect.Int, reflect.Int64:
		n := int64(0)
		if s := strings.TrimSpace(value); s != "" {
			if n, err = strconv.ParseInt(s, 10, 64); err != nil {
				return fmt.Errorf("%w: %q takes a whole number", ErrPath, path)
			}
		}
		v.SetInt(n)
		return nil
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String {
			var list []string
			for _, s := range strings.Split(value, ",") {
				if s = strings.TrimSpace(s); s != "" {
					list = append(list, s)
				}
			}
			v.Set(reflect.ValueOf(list))
			return nil
		}
	}
	return fmt.Errorf("%w: %q cannot be set from text", ErrPath, path)
}

// GetInt returns the number at path (0 = not set).
func GetInt(c *Case, path string) (int, error) {
	v, key, err := resolve(c, path)
	if err != nil {
		return 0, err
	}
	if key != "" || (v.Kind() != reflect.Int && v.Kind() != reflect.Int64) {
		return 0, fmt.Errorf("%w: %q is not a number", ErrPath, path)
	}
	return int(v.Int()), nil
}

// SetInt stores the number n at path.
func SetInt(c *Case, path string, n int) error {
	v, key, err := resolve(c, path)
	if err != nil {
		return err
	}
	if key != "" || (v.Kind() != reflect.Int && v.Kind() != reflect.Int64) {
		return fmt.Errorf("%w: %q is not a number", ErrPath, path)
	}
	v.SetInt(int64(n))
	return nil
}

// GetList returns the list of strings at path (evidence supports).
func GetList(c *Case, path string) ([]string, error) {
	v, key, err := resolve(c, path)
	if err != nil {
		return nil, err
	}
	if key != "" || v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.String {
		return nil, fmt.Errorf("%w: %q is not a list", ErrPath, path)
	}
	return append([]string(nil), v.Interface().([]string)...), nil
}

// SetList stores a list of strings at path.
func SetList(c *Case, path string, list []string) error {
	v, key, err := resolve(c, path)
	if err != nil {
		return err
	}
	if key != "" || v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.String {
		return fmt.Errorf("%w: %q is not a list", ErrPath, path)
	}
	if len(list) == 0 {
		v.Set(reflect.Zero(v.Type()))
		return nil
	}
	v.Set(reflect.ValueOf(append([]string(nil), list...)))
	return nil
}

// GetFile returns the evidence file at path ("evidence[2].file"), nil if none.
func GetFile(c *Case, path string) (*File, error) {
	v, _, err := resolve(c, path)
	if err != nil {
		return nil, err
	}
	f, ok := v.Interface().(*File)
	if !ok {
		return nil, fmt.Errorf("%w: %q is not a file", ErrPath, path)
	}
	if f == nil {
		return nil, nil
	}
	cp := *f
	return &cp, nil
}

// SetFile stores (a copy of) f at path; nil removes the file.
func SetFile(c *Case, path string, f *File) error {
	v, _, err := resolve(c, path)
	if err != nil {
		return err
	}
	if v.Type() != reflect.TypeOf((*File)(nil)) {
		return fmt.Errorf("%w: %q is not a file", ErrPath, path)
	}
	if f == nil {
		v.Set(reflect.Zero(v.Type()))
		return nil
	}
	cp := *f
	v.Set(reflect.ValueOf(&cp))
	return nil
}

func group(c *Case, path string) (reflect.Value, error) {
	v, key, err := resolve(c, path)
	if err != nil {
		return v, err
	}
	if key != "" || v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.Struct {
		return v, fmt.Errorf("%w: %q is not a repeated group", ErrPath, path)
	}
	return v, nil
}

// Len returns the number of items in the repeated group at path ("family.children").
func Len(c *Case, path string) (int, error) {
	v, err := group(c, path)
	if err != nil {
		return 0, err
	}
	return v.Len(), nil
}

// AddItem appends an empty item to the group at path and returns its index.
func AddItem(c *Case, path string) (int, error) {
	v, err := group(c, path)
	if err != nil {
		return 0, err
	}
	v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
	return v.Len() - 1, nil
}

// RemoveItem removes item i of the group at path; the items after it move up.
func RemoveItem(c *Case, path string, i int) error {
	v, err := group(c, path)
	if err != nil {
		return err
	}
	n := v.Len()
	if i < 0 || i >= n {
		return fmt.Errorf("%w: %q: no item %d", ErrPath, path, i)
	}
	out := reflect.MakeSlice(v.Type(), 0, n-1)
	out = reflect.AppendSlice(out, v.Slice(0, i))
	out = reflect.AppendSlice(out, v.Slice(i+1, n))
	if out.Len() == 0 {
		out = reflect.Zero(v.Type())
	}
	v.Set(out)
	return nil
}

// MoveItem moves item from to position to in the group at path (the others shift).
func MoveItem(c *Case, path string, from, to int) error {
	v, err := group(c, path)
	if err != nil {
		return err
	}
	n := v.Len()
	if from < 0 || from >= n || to < 0 || to >= n {
		return fmt.Errorf("%w: %q: cannot move %d to %d of %d", ErrPath, path, from, to, n)
	}
	item := reflect.New(v.Type().Elem()).Elem()
	item.Set(v.Index(from))
	if from < to {
		reflect.Copy(v.Slice(from, to), v.Slice(from+1, to+1))
	} else if from > to {
		reflect.Copy(v.Slice(to+1, from+1), v.Slice(to, from))
	}
	v.Index(to).Set(item)
	return nil
}
