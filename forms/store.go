package forms

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Store keeps several cases side by side in one directory (the app's storage
// directory): one .appeal file per case, named by a stable random id
// ("case-1a2b3c4d5e.appeal") that never changes when the case is renamed; the title
// lives inside the file. Deleted cases move to the "trash" subdirectory, from which
// Restore brings them back.
type Store struct {
	dir string
}

// TrashDir is the name of the subdirectory deleted cases move to.
const TrashDir = "trash"

// ErrNotInStore is returned for a file name that is not a case of the store.
var ErrNotInStore = errors.New("forms: no such case in the store")

// Entry is one case as the home screen lists it.
type Entry struct {
	File         string    // base name, the case's stable id: pass it to Open, Rename …
	Path         string    // full path
	Title        string    // "" if the file could not be read (see Err)
	DecisionType string    // decision.type, "" if not chosen yet
	Modified     time.Time // last write of the file
	// Err is set (a *FileError) when the file is damaged, foreign or newer: list it
	// anyway so the person sees it, with the message of Err.
	Err error
}

// OpenStore opens (creating if needed, mode 0700: cases hold personal data) the store
// in dir, and removes the temporaries a killed save, export or import left in it, in
// its packages and in its documents folders (RemoveStaleTemporaries: only those no
// running writer holds, so a second window is never disturbed).
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, TrashDir), 0o700); err != nil {
		return nil, err
	}
	s := &Store{dir: dir}
	CleanTree(dir, 2)
	return s, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

// Path returns the full path of the case file name, refusing anything that is not a
// plain .appeal name in the store (no directories, no "..").
func (s *Store) Path(file string) (string, error) {
	if file == "" || file != filepath.Base(file) || strings.HasPrefix(file, ".") || !strings.HasSuffix(file, FileExtension) {
		return "", fmt.Errorf("%w: %q", ErrNotInStore, file)
	}
	return filepath.Join(s.dir, file), nil
}

func newID() string {
	var b [5]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported systems
	}
	return "case-" + hex.EncodeToString(b[:]) + FileExtension
}

// List returns the cases, most recently changed first (then by file name).
func (s *Store) List() ([]Entry, error) {
	return s.list(s.dir)
}

// Trash returns the deleted cases that can still be restored.
func (s *Store) Trash() ([]Entry, error) {
	return s.list(filepath.Join(s.dir, TrashDir))
}

func (s *Store) list(dir string) ([]Entry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, de := range des {
		name := de.Name()
		if de.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, FileExtension) {
			continue
		}
		out = append(out, entryOf(filepath.Join(dir, name)))
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Modified.Equal(out[j].Modified) {
			return out[i].Modified.After(out[j].Modified)
		}
		return out[i].File < out[j].File
	})
	return out, nil
}

func entryOf(path string) Entry {
	e := Entry{File: filepath.Base(path), Path: path}
	if fi, err := os.Stat(path); err == nil {
		e.Modified = fi.ModTime()
	}
	c, err := Load(path)
	if err != nil {
		e.Err = err
		return e
	}
	e.Title, e.DecisionType = c.Title, c.Decision.Type
	return e
}

// Create makes a new empty case with title and returns its entry and the case.
func (s *Store) Create(title string) (Entry, *Case, error) {
	c := New(title)
	e, err := s.add(c)
	return e, c, err
}

// add saves c under a new id (never over an existing file).
func (s *Store) add(c *Case) (Entry, error) {
	for {
		file := newID()
		path := filepath.Join(s.dir, file)
		if _, err := os.Lstat(path); err == nil {
			continue // vanishingly rare: pick another id
		}
		if err := saveNew(path, c); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			return Entry{}, err
		}
		return entryOf(path), nil
	}
}

// Open loads the case file.
func (s *Store) Open(file string) (*Case, error) {
	path, err := s.Path(file)
	if err != nil {
		return nil, err
	}
	return Load(path)
}

// Save writes c to the case file (atomically, see Save).
func (s *Store) Save(file string, c *Case) error {
	path, err := s.Path(file)
	if err != nil {
		return err
	}
	return Save(path, c)
}

// Rename changes the case's title. The file name, its id, stays. For the case open
// in the interview, set Title and tell its Autosaver instead, so that a pending
// autosave does not write the old title back.
func (s *Store) Rename(file, title string) error {
	c, err := s.Open(file)
	if err != nil {
		return err
	}
	c.Title = title
	return s.Save(file, c)
}

// Duplicate copies a case to a new id with the title given (the interface passes
// e.g. "Copy of …" in the person's language) and returns the new entry.
func (s *Store) Duplicate(file, title string) (Entry, error) {
	c, err := s.Open(file)
	if err != nil {
		return Entry{}, err
	}
	c.Title = title
	return s.add(c)
}

// Delete moves the case to the trash; Restore(file) undoes it.
func (s *Store) Delete(file string) error {
	path, err := s.Path(file)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%w: %v", ErrNotInStore, err)
	}
	dst := filepath.Join(s.dir, TrashDir, file)
	if err := RenameNoReplace(path, dst); err != nil {
		return err
	}
	SyncDir(s.dir)
	SyncDir(filepath.Join(s.dir, TrashDir))
	return nil
}

// Restore brings a deleted case back from the trash under its own name.
func (s *Store) Restore(file string) (Entry, error) {
	if _, err := s.Path(file); err != nil {
		return Entry{}, err
	}
	src := filepath.Join(s.dir, TrashDir, file)
	if _, err := os.Stat(src); err != nil {
		return Entry{}, fmt.Errorf("%w: %v", ErrNotInStore, err)
	}
	dst := filepath.Join(s.dir, file)
	if err := RenameNoReplace(src, dst); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return Entry{}, fmt.Errorf("forms: %s exists already: %w", file, fs.ErrExist)
		}
		return Entry{}, err
	}
	SyncDir(s.dir)
	return entryOf(dst), nil
}

// Purge removes a case from the trash for good.
func (s *Store) Purge(file string) error {
	if _, err := s.Path(file); err != nil {
		return err
	}
	return os.Remove(filepath.Join(s.dir, TrashDir, file))
}

// Import copies a case file a person was sent ("Open case file…") into the store
// under a new id and returns its entry. The original is only read, never changed.
// A damaged, foreign or newer file is refused with Load's error.
func (s *Store) Import(src string) (Entry, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return Entry{}, fileErr(src, ErrRead, err)
	}
	c, err := Unmarshal(data, src)
	if err != nil {
		return Entry{}, err
	}
	// Relative evidence paths were relative to where the file was: keep them pointing
	// at the same files from the store.
	moved, rebased := absoluteFrom(c, filepath.Dir(src))
	for {
		path := filepath.Join(s.dir, newID())
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		if rebased {
			if err := saveNew(path, moved); err != nil {
				if errors.Is(err, fs.ErrExist) {
					continue
				}
				return Entry{}, err
			}
			return entryOf(path), nil
		}
		// The bytes as they are: an older version is migrated on its first save.
		if err := WriteFileNew(path, data, 0o600); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			return Entry{}, fileErr(path, ErrWrite, err)
		}
		return entryOf(path), nil
	}
}
