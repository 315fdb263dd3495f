package forms

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Opening a case for editing (the window does it; the command line only reads):
// an advisory lock beside the case keeps a second window to reading, temporaries a
// killed save left beside it are removed, and the file as it was loaded is
// remembered, so a change made behind the app's back is never overwritten. The lock
// file also carries what the next start must say: that the last change of a session
// could not be saved.

// ErrLocked is the kind of the FileError LockCase returns when another window (or
// another Appeal Desk on this computer) has the case open.
var ErrLocked = errors.New("the case is open in another window")

// lockRecordSize is the size of the lock file's record. It is written in full when
// the lock is taken, so that marking a failed save later overwrites bytes already on
// the disk and needs no free space (the usual reason a save fails).
const lockRecordSize = 512

// CaseLock is the lock of one case file: ".<name>.lock" in the case's folder, held
// with an advisory lock (flock, LockFileEx) that ends when the process dies.
type CaseLock struct {
	path     string // the lock file
	f        *os.File
	unsaved  bool
	previous *Unsaved
}

// Unsaved says that a session ended with a change that could not be saved.
type Unsaved struct {
	Case  string    // the case file
	When  time.Time // when the session gave up
	Cause string    // the error, for logs
}

// LockPath is the lock file of the case at casePath.
func LockPath(casePath string) string {
	dir, base := filepath.Split(casePath)
	return filepath.Join(dir, "."+base+".lock")
}

// LockCase takes the lock of the case at casePath. When another process holds it the
// error is a *FileError of kind ErrLocked; when no lock file can be made (a read-only
// folder) it is of kind ErrWrite. Either way the case can still be read.
func LockCase(casePath string) (*CaseLock, error) {
	lp := LockPath(casePath)
	for try := 0; ; try++ {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, noLockErr(casePath, err)
		}
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, noLockErr(casePath, err)
		}
		if !ok {
			f.Close()
			return nil, lockedErr(casePath)
		}
		// The holder before us may have removed the file after we opened it: then our
		// lock is on a file nobody else will look at. Take the lock again.
		st1, err1 := f.Stat()
		st2, err2 := os.Lstat(lp)
		if err1 != nil || err2 != nil || !os.SameFile(st1, st2) {
			f.Close()
			if try < 10 {
				continue
			}
			return nil, noLockErr(casePath, errors.New("the lock file keeps changing"))
		}
		l := &CaseLock{path: lp, f: f}
		l.previous = readRecord(f, casePath)
		if err := l.write("open", time.Now(), ""); err != nil {
			f.Close()
			return nil, noLockErr(casePath, err)
		}
		return l, nil
	}
}

func noLockErr(casePath string, cause error) *FileError {
	e := fileErr(casePath, ErrWrite, cause)
	e.msg.ID = "case.lock.cannot_write"
	return e
}

func lockedErr(casePath string) *FileError {
	e := fileErr(casePath, ErrLocked, nil)
	e.msg.ID = "case.lock.locked"
	return e
}

// Previous is the record of an earlier session of this case that ended with its last
// change unsaved, or nil. Taking the lock has cleared it.
func (l *CaseLock) Previous() *Unsaved { return l.previous }

// MarkUnsaved records that the session ends with its last change unsaved (cause):
// the lock file stays, and the next start or the next opening of the case says so.
func (l *CaseLock) MarkUnsaved(cause error) {
	if l == nil || l.f == nil {
		return
	}
	msg := ""
	if cause != nil {
		msg = cause.Error()
	}
	if l.write("unsaved", time.Now(), msg) == nil {
		l.unsaved = true
	}
}

// Release ends the lock and removes the lock file, unless MarkUnsaved kept it.
func (l *CaseLock) Release() {
	if l == nil || l.f == nil {
		return
	}
	if !l.unsaved {
		os.Remove(l.path) // while locked: see the check in LockCase
	}
	l.f.Close()
	l.f = nil
}

// write replaces the record in place: the same lockRecordSize bytes each time.
func (l *CaseLock) write(state string, when time.Time, cause string) error {
	rec := fmt.Sprintf("appealdesk-lock 1\nstate %s\ntime %s\npid %d\ncause %s\n",
		state, when.UTC().Format(time.RFC3339), os.Getpid(), strings.ReplaceAll(cause, "\n", " "))
	b := make([]byte, lockRecordSize)
	for i := range b {
		b[i] = ' '
	}
	copy(b, rec)
	if len(rec) >= lockRecordSize {
		b[lockRecordSize-1] = '\n'
	}
	if _, err := l.f.WriteAt(b, 0); err != nil {
		return err
	}
	if err := l.f.Truncate(lockRecordSize); err != nil {
		return err
	}
	return l.f.Sync()
}

// readRecord reads an "unsaved" record, nil for any other.
func readRecord(f *os.File, casePath string) *Unsaved {
	b := make([]byte, 4*lockRecordSize)
	n, _ := f.ReadAt(b, 0)
	sc := bufio.NewScanner(bytes.NewReader(b[:n]))
	u := &Unsaved{Case: casePath}
	unsaved := false
	for sc.Scan() {
		k, v, _ := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		switch k {
		case "state":
			unsaved = v == "unsaved"
		case "time":
			u.When, _ = time.Parse(time.RFC3339, v)
		case "cause":
			u.Cause = v
		}
	}
	if !unsaved {
		return nil
	}
	return u
}

// Edit is a case opened for editing: its lock (nil when read-only) and what is
// needed to save it safely.
type Edit struct {
	Path string
	Case *Case
	// ReadOnly is why the case can only be read (a *FileError: ErrLocked, or ErrWrite
	// when no lock can be made there); nil when it can be edited.
	ReadOnly error
	// Previous: the last session of this case ended with a change unsaved.
	Previous *Unsaved
	// Cleaned is how many temporaries left by killed saves were removed beside it.
	Cleaned int

	lock  *CaseLock
	stamp os.FileInfo
}

// OpenForEdit locks the case at path (or opens it read-only, saying why), removes
// the temporaries killed saves left in its folder, and loads it. A file that does
// not load is refused (and its lock released): nothing is ever saved over it.
func OpenForEdit(path string) (*Edit, error) {
	e := &Edit{Path: path}
	lock, lerr := LockCase(path)
	if lerr != nil {
		e.ReadOnly = lerr
	} else {
		e.lock = lock
		e.Previous = lock.Previous()
		// Only the lock holder writes this case, so none of its temporaries is live;
		// others of the folder are judged by their own locks.
		e.Cleaned = RemoveStaleTemporaries(filepath.Dir(path))
	}
	st, err := os.Stat(path)
	if err != nil {
		lock.Release()
		return nil, fileErr(path, ErrRead, err)
	}
	c, err := Load(path)
	if err != nil {
		lock.Release()
		return nil, err
	}
	e.Case, e.stamp = c, st
	return e, nil
}

// Autosaver starts the autosave of an editable case; nil when it is read-only.
// It saves only while the file on disk is the one it last saw: when another program
// changed, replaced or removed it, the autosave writes a new file beside it instead
// (never over it) and tells onMoved.
func (e *Edit) Autosaver(onError func(error), onMoved func(from, to string)) *Autosaver {
	if e.ReadOnly != nil {
		return nil
	}
	a := newAutosaver(e.Path, onError, AutosaveQuiet, AutosaveMaxDelay, nil)
	a.stamp = e.stamp
	a.onMoved = func(from, to string) {
		// The copy is ours alone: lock it, and free the original for its other editor.
		if l, err := LockCase(to); err == nil {
			old := e.lock
			e.lock, e.Path = l, to
			old.Release()
		}
		if onMoved != nil {
			onMoved(from, to)
		}
	}
	return a
}

// RemoveIf removes the case file when worthless says the case as it is on disk is
// worth nothing (a new case left without a single answer), and reports whether it
// did. It is decided and done while the edit still holds the case's lock, so no other
// window can have opened the case in between; Close then removes the lock file too.
// Call it after the autosave was closed without an error (a last change that could
// not be saved keeps the file, which the next start names), before Close. A read-only
// edit removes nothing.
func (e *Edit) RemoveIf(worthless func(*Case) bool) bool {
	if e == nil || e.lock == nil || worthless == nil {
		return false
	}
	c, err := Load(e.Path)
	if err != nil || !worthless(c) {
		return false
	}
	if err := os.Remove(e.Path); err != nil {
		return false
	}
	SyncDir(filepath.Dir(e.Path))
	return true
}

// Close ends the edit after the autosave was closed with saveErr: a failed last save
// is recorded for the next start, then the lock is released.
func (e *Edit) Close(saveErr error) {
	if e == nil || e.lock == nil {
		return
	}
	if saveErr != nil && !errors.Is(saveErr, ErrClosed) {
		e.lock.MarkUnsaved(saveErr)
	}
	e.lock.Release()
	e.lock = nil
}

// sameFile reports whether the file now at a path is still the one seen before:
// the same file, size and modification time.
func sameFile(before, now os.FileInfo) bool {
	return before != nil && now != nil && os.SameFile(before, now) &&
		before.Size() == now.Size() && before.ModTime().Equal(now.ModTime())
}

// changedName is where the autosave puts a case whose file was changed behind its
// back: "<name>-changed-<date>-<time>.appeal" beside it (-2, -3 … if taken).
func changedName(path string, now time.Time, n int) string {
	dir, base := filepath.Split(path)
	stem := strings.TrimSuffix(base, FileExtension)
	suffix := ""
	if n > 1 {
		suffix = fmt.Sprintf("-%d", n)
	}
	return filepath.Join(dir, stem+"-changed-"+now.Format("20060102-150405")+suffix+FileExtension)
}

// saveAside writes c to a new file beside path (changedName) and returns its name and
// FileInfo.
func saveAside(path string, c *Case) (string, os.FileInfo, error) {
	data, err := marshalChecked(path, c)
	if err != nil {
		return "", nil, err
	}
	now := time.Now()
	for n := 1; n < 100; n++ {
		p := changedName(path, now, n)
		fi, err := writeAtomic(osFS{}, p, data, 0o600, false)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", nil, fileErr(p, ErrWrite, err)
		}
		return p, fi, nil
	}
	return "", nil, fileErr(path, ErrWrite, fs.ErrExist)
}

// UnsavedInStore lists the cases of the store whose last session ended with a change
// unsaved, and clears those records (each is to be said once, at this start).
// Records of cases open in another window are left alone.
func (s *Store) UnsavedInStore() []Unsaved {
	des, err := os.ReadDir(s.dir)
	if err != nil {
		return nil
	}
	var out []Unsaved
	for _, de := range des {
		name := de.Name()
		if !de.Type().IsRegular() || !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, FileExtension+".lock") {
			continue
		}
		casePath := filepath.Join(s.dir, strings.TrimSuffix(strings.TrimPrefix(name, "."), ".lock"))
		l, err := LockCase(casePath)
		if err != nil {
			continue
		}
		if p := l.Previous(); p != nil {
			out = append(out, *p)
		}
		l.Release()
	}
	return out
}
