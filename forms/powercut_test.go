package forms

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A kill -9 cannot show a missing fsync: the kernel still writes the page cache out.
// A power cut can. powerFS models a disk that keeps only what was fsynced (POSIX
// promises no more): a file's data survives once the file was synced, a name (a new
// file, a rename) once its folder was synced. TestPowerCutDuringSave cuts the power
// after every step of Save (given the model in place of the operating system's file
// system) and checks what a restart would find.

type inode struct{ data, durable []byte }

type powerFS struct {
	live, durable map[string]map[string]*inode // folder → name → file
	next          int
	onStep        func() // called after every step, to take the disk's picture
}

func newPowerFS() *powerFS {
	return &powerFS{live: map[string]map[string]*inode{}, durable: map[string]map[string]*inode{}}
}

func (p *powerFS) folder(m map[string]map[string]*inode, dir string) map[string]*inode {
	dir = filepath.Clean(dir)
	if m[dir] == nil {
		m[dir] = map[string]*inode{}
	}
	return m[dir]
}

func (p *powerFS) step() {
	if p.onStep != nil {
		p.onStep()
	}
}

// afterCut is what a restart finds at path: its durable content, or nil.
func (p *powerFS) afterCut(path string) []byte {
	in := p.folder(p.durable, filepath.Dir(path))[filepath.Base(path)]
	if in == nil {
		return nil
	}
	return append([]byte{}, in.durable...)
}

type powerFile struct {
	p    *powerFS
	name string
	in   *inode
}

func (p *powerFS) createTemp(dir, base string) (tempFile, error) {
	p.next++
	name := fmt.Sprintf(".%s.tmp-%d", base, p.next)
	in := &inode{}
	p.folder(p.live, dir)[name] = in
	p.step()
	return &powerFile{p: p, name: filepath.Join(dir, name), in: in}, nil
}

func (f *powerFile) Name() string            { return f.name }
func (f *powerFile) Chmod(os.FileMode) error { return nil }
func (f *powerFile) Close() error            { return nil }
func (f *powerFile) Write(b []byte) (int, error) {
	// Written in two halves: a cut may fall in the middle of a write.
	half := len(b) / 2
	f.in.data = append(f.in.data, b[:half]...)
	f.p.step()
	f.in.data = append(f.in.data, b[half:]...)
	f.p.step()
	return len(b), nil
}
func (f *powerFile) Sync() error {
	f.in.durable = append([]byte{}, f.in.data...)
	f.p.step()
	return nil
}
func (f *powerFile) Stat() (os.FileInfo, error) { return fakeInfo{f.name, int64(len(f.in.data))}, nil }

func (p *powerFS) rename(oldpath, newpath string, replace bool) error {
	from, to := p.folder(p.live, filepath.Dir(oldpath)), p.folder(p.live, filepath.Dir(newpath))
	in := from[filepath.Base(oldpath)]
	if in == nil {
		return fs.ErrNotExist
	}
	if _, ok := to[filepath.Base(newpath)]; ok && !replace {
		return fs.ErrExist
	}
	delete(from, filepath.Base(oldpath))
	to[filepath.Base(newpath)] = in
	p.step()
	return nil
}

func (p *powerFS) remove(name string) error {
	delete(p.folder(p.live, filepath.Dir(name)), filepath.Base(name))
	p.step()
	return nil
}

func (p *powerFS) lstat(name string) (os.FileInfo, error) {
	if in := p.folder(p.live, filepath.Dir(name))[filepath.Base(name)]; in != nil {
		return fakeInfo{name, int64(len(in.data))}, nil
	}
	return nil, fs.ErrNotExist
}

func (p *powerFS) syncDir(dir string) {
	d := p.folder(p.durable, dir)
	for k := range d {
		delete(d, k)
	}
	for k, v := range p.folder(p.live, dir) {
		d[k] = v
	}
	p.step()
}

type fakeInfo struct {
	name string
	size int64
}

func (i fakeInfo) Name() string       { return filepath.Base(i.name) }
func (i fakeInfo) Size() int64        { return i.size }
func (i fakeInfo) Mode() fs.FileMode  { return 0o600 }
func (i fakeInfo) ModTime() time.Time { return time.Time{} }
func (i fakeInfo) IsDir() bool        { return false }
func (i fakeInfo) Sys() any           { return nil }

// TestPowerCutDuringSave saves ten versions of a case on the modelled disk and cuts
// the power after each of the steps. A restart must always find one complete version
// (never an empty or torn file), never an older one than the last Save that returned
// (a Save that returned is on the disk), and never a version not yet saved. Removing
// the fsync of the file or of its folder from writeAtomic makes it fail.
func TestPowerCutDuringSave(t *testing.T) {
	p := newPowerFS()

	dir := "/cases"
	path := filepath.Join(dir, "case-1.appeal")
	versions := [][]byte{}
	c := Example()
	c.Title = "version 0"
	first, err := Marshal(c)
	must(t, err)
	versions = append(versions, first)
	p.folder(p.live, dir)[filepath.Base(path)] = &inode{data: first, durable: first}
	p.folder(p.durable, dir)[filepath.Base(path)] = p.folder(p.live, dir)[filepath.Base(path)]

	returned := 0 // the newest version whose Save has returned
	cuts := 0
	p.onStep = func() {
		cuts++
		got := p.afterCut(path)
		found := -1
		for i, v := range versions {
			if bytes.Equal(got, v) {
				found = i
			}
		}
		switch {
		case found < 0:
			t.Fatalf("cut %d: a restart finds a file that is no complete version (%d bytes)", cuts, len(got))
		case found < returned:
			t.Fatalf("cut %d: a restart finds version %d, but Save of version %d had returned", cuts, found, returned)
		}
	}
	for v := 1; v <= 10; v++ {
		c.Title = fmt.Sprintf("version %d", v)
		c.Story.PrivateNotes = string(bytes.Repeat([]byte("ж"), v*311))
		data, err := Marshal(c)
		must(t, err)
		versions = append(versions, data)
		must(t, save(p, path, c))
		returned = v
		p.step() // a cut right after Save returned
	}
	if cuts < 60 {
		t.Fatalf("only %d cuts: the model is not in Save's path", cuts)
	}
	t.Logf("%d power cuts, every one recoverable", cuts)
}
