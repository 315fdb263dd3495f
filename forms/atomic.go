package forms

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// WriteFileAtomic replaces path with data so that path always holds either its old
// or its new content, complete, also after a power cut: the data goes to a locked
// temporary file in the same folder, which is fsynced, renamed over path, and the
// folder fsynced. Use it only for a file the app itself made (the open case, a
// document it wrote before); for a new file use WriteFileNew.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	_, err := writeAtomic(osFS{}, path, data, perm, true)
	return err
}

// WriteFileNew writes data to path, which must not exist (the error then wraps
// fs.ErrExist and nothing is touched), with the same guarantees as WriteFileAtomic.
func WriteFileNew(path string, data []byte, perm os.FileMode) error {
	_, err := writeAtomic(osFS{}, path, data, perm, false)
	return err
}

// WriteFileReplacing is WriteFileAtomic for a file written to a path a person names
// (a calendar, say): an existing file is replaced only when it is one of the app's own
// kind (IsOwnFile: an earlier calendar); anything else there, a case above all, is
// refused (fs.ErrExist) and left as it is.
func WriteFileReplacing(path string, data []byte, perm os.FileMode, ownPrefix string) error {
	exists, own := IsOwnFile(path, ownPrefix)
	switch {
	case !exists:
		return WriteFileNew(path, data, perm)
	case !own:
		return &fs.PathError{Op: "replace", Path: path, Err: fs.ErrExist}
	}
	return WriteFileAtomic(path, data, perm)
}

// IsOwnFile reports whether something is at path, and whether it is a regular file
// (not a link, a folder or a FIFO) whose first bytes are ownPrefix: one of the app's
// own kind, which it may replace. Anything that cannot be read counts as there and not
// the app's. The file is opened once, without following a link and without waiting on
// a FIFO, and its type is taken from what was opened, so nothing swapped in between a
// check and the open can make the app block or read through a link.
func IsOwnFile(path, ownPrefix string) (exists, own bool) {
	f, err := openNoFollow(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, false
	}
	if err != nil {
		return true, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return true, false
	}
	head := make([]byte, len(ownPrefix))
	n, _ := io.ReadFull(f, head)
	return true, string(head[:n]) == ownPrefix
}

// writeAtomic is WriteFileAtomic (replace) or WriteFileNew on fsys (osFS{}, the
// operating system's); it returns the written file's FileInfo (taken before the
// rename, so no other writer can slip in between).
func writeAtomic(fsys fileSystem, path string, data []byte, perm os.FileMode, replace bool) (fi os.FileInfo, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if !replace {
		if _, err := fsys.lstat(path); err == nil {
			return nil, &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
		}
	}
	tmp, err := fsys.createTemp(dir, base)
	if err != nil {
		return nil, err
	}
	renamed := false
	defer func() {
		if !renamed {
			fsys.remove(tmp.Name())
		}
		tmp.Close() // after the rename: the lock tells a cleaner the file is in use
	}()
	if err = tmp.Chmod(perm); err != nil {
		return nil, err
	}
	if _, err = tmp.Write(data); err != nil {
		return nil, err
	}
	if err = tmp.Sync(); err != nil {
		return nil, err
	}
	if fi, err = tmp.Stat(); err != nil {
		return nil, err
	}
	if err = fsys.rename(tmp.Name(), path, replace); err != nil {
		return nil, err
	}
	renamed = true
	fsys.syncDir(dir)
	return fi, nil
}

// SyncDir makes a rename in dir durable. Some systems (Windows) cannot open a
// directory for syncing; the rename is still atomic there, so a failure is not an error.
func SyncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// FreeSpace is how many bytes the current user may still write on the file system
// that holds dir; an error when the system cannot tell.
func FreeSpace(dir string) (int64, error) { return freeSpace(dir) }

// fileSystem is what writeAtomic needs from the operating system. Tests pass a model
// that forgets everything not fsynced, to cut the power at every step.
type fileSystem interface {
	createTemp(dir, base string) (tempFile, error)
	rename(oldpath, newpath string, replace bool) error
	remove(name string) error
	lstat(name string) (os.FileInfo, error)
	syncDir(dir string)
}

type tempFile interface {
	Name() string
	Chmod(os.FileMode) error
	Write([]byte) (int, error)
	Sync() error
	Stat() (os.FileInfo, error)
	Close() error
}

type osFS struct{}

func (osFS) createTemp(dir, base string) (tempFile, error) { return CreateTemp(dir, base) }
func (osFS) remove(name string) error                      { return os.Remove(name) }
func (osFS) lstat(name string) (os.FileInfo, error)        { return os.Lstat(name) }
func (osFS) syncDir(dir string)                            { SyncDir(dir) }
func (osFS) rename(oldpath, newpath string, replace bool) error {
	if replace {
		return os.Rename(oldpath, newpath)
	}
	return RenameNoReplace(oldpath, newpath)
}

// CreateTemp creates ".<base>.tmp-<digits>" in dir (mode 0600) and locks it, so that
// RemoveStaleTemporaries leaves it alone until it is closed. The caller writes it,
// renames it into place and closes it, or removes it.
func CreateTemp(dir, base string) (*os.File, error) {
	for try := 0; ; try++ {
		f, err := os.CreateTemp(dir, "."+base+".tmp-*")
		if err != nil {
			return nil, err
		}
		if held, err := lockFresh(f); err == nil || !held || try >= 10 {
			return f, nil
		}
		f.Close() // a cleaner took it between creation and our lock: make another
	}
}

// lockFresh locks a file or folder this process has just created. It reports
// held=false (and err=nil) when the lock cannot be had on this system, and an error
// when a cleaner in another process got in first (it had removed the name or holds
// the lock): then make a new one.
func lockFresh(f *os.File) (held bool, err error) {
	ok, err := tryLock(f)
	if err != nil {
		return false, nil // no locks here: cleaners go by age
	}
	if !ok {
		return true, errors.New("taken by a cleaner")
	}
	st1, err1 := f.Stat()
	st2, err2 := os.Lstat(f.Name())
	if err1 != nil || err2 != nil || !os.SameFile(st1, st2) {
		return true, errors.New("removed by a cleaner")
	}
	return true, nil
}

// TempDir is a temporary folder that holds a lock while it is in use (on systems that
// can lock a folder; elsewhere a stale one is recognised by its age).
type TempDir struct {
	Path string
	lock *os.File
}

// NewTempDir creates ".appealdesk-<kind>-<digits>" in parent (mode 0700), locked.
// kind is lower-case letters ("import", "documents").
func NewTempDir(parent, kind string) (*TempDir, error) {
	for try := 0; ; try++ {
		p, err := os.MkdirTemp(parent, ".appealdesk-"+kind+"-*")
		if err != nil {
			return nil, err
		}
		d := &TempDir{Path: p}
		if !folderLocks {
			return d, nil
		}
		f, err := os.Open(p)
		if err != nil {
			return d, nil
		}
		if held, err := lockFresh(f); err != nil && held && try < 10 {
			f.Close()
			continue
		}
		d.lock = f
		return d, nil
	}
}

// Release ends the lock: call it after the folder was renamed into place or removed.
func (d *TempDir) Release() {
	if d != nil && d.lock != nil {
		d.lock.Close()
		d.lock = nil
	}
}

// tempFileName matches the temporary files writeAtomic and lawyerpack make: the name
// of a file of the app's own kinds, then ".tmp-" and digits.
var tempFileName = regexp.MustCompile(`^\..+\.(appeal|appealpack|pdf|ics|docx|zip)\.tmp-[0-9]+$`)

// tempDirName matches the temporary folders of NewTempDir.
var tempDirName = regexp.MustCompile(`^\.appealdesk-[a-z]+-[0-9]+$`)

// staleAge is how old an unlockable temporary must be to count as left behind, where
// locks do not work (Windows folders, some network file systems).
const staleAge = time.Hour

// RemoveStaleTemporaries removes from dir every temporary file or folder the app can
// leave behind when it is killed (a half-written case, package or document, a
// half-imported package with decrypted evidence) that no living writer holds, and
// returns how many. It never follows a symbolic link and never touches a name the
// app does not make.
func RemoveStaleTemporaries(dir string) int {
	des, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, de := range des {
		name := de.Name()
		if !strings.HasPrefix(name, ".") {
			continue
		}
		isDir := de.Type().IsDir()
		if !(de.Type().IsRegular() && tempFileName.MatchString(name) || isDir && tempDirName.MatchString(name)) {
			continue
		}
		if removeIfStale(filepath.Join(dir, name), isDir) {
			n++
		}
	}
	return n
}

func removeIfStale(p string, isDir bool) bool {
	before, err := os.Lstat(p)
	if err != nil || before.Mode()&fs.ModeSymlink != 0 {
		return false
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	now, err := f.Stat()
	if err != nil || !os.SameFile(before, now) {
		return false
	}
	ok, lerr := tryLock(f)
	if lerr != nil || (isDir && !folderLocks) {
		ok = time.Since(now.ModTime()) > staleAge
	}
	if !ok {
		return false // a writer holds it
	}
	if again, err := os.Lstat(p); err != nil || !os.SameFile(again, now) {
		return false
	}
	if isDir {
		return os.RemoveAll(p) == nil
	}
	return os.Remove(p) == nil
}

// CleanTree runs RemoveStaleTemporaries in dir and in its folders down to depth
// levels (the store, its packages and documents); temporary folders themselves are
// removed, not entered. It returns how many temporaries it removed.
func CleanTree(dir string, depth int) int {
	n := RemoveStaleTemporaries(dir)
	if depth <= 0 {
		return n
	}
	des, err := os.ReadDir(dir)
	if err != nil {
		return n
	}
	for _, de := range des {
		if de.Type().IsDir() && !strings.HasPrefix(de.Name(), ".") {
			n += CleanTree(filepath.Join(dir, de.Name()), depth-1)
		}
	}
	return n
}
