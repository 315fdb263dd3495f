package caseload

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"appealdesk/forms"
)

// Reader lists the cases of a store and keeps what it read: a case file is read
// again only when its size or modification time changed, so rebuilding the home
// screen (a language switch, coming back from a case, undoing a delete) reads only
// the files that changed. It is safe for use from several goroutines.
type Reader struct {
	store *forms.Store

	mu    sync.Mutex
	cache map[string]cached // by file name
}

type cached struct {
	size    int64
	modTime time.Time
	d       digest
	err     error
}

// NewReader reads the cases of store.
func NewReader(store *forms.Store) *Reader {
	return &Reader{store: store, cache: map[string]cached{}}
}

// Read returns a summary of every case in the store on the day today, in the
// store's order (most recently changed first). Files that cannot be read are listed
// with Err set.
func (r *Reader) Read(today time.Time) ([]Summary, error) {
	files, err := r.store.Files()
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	seen := make(map[string]bool, len(files))
	out := make([]Summary, 0, len(files))
	for _, file := range files {
		seen[file] = true
		path := filepath.Join(r.store.Dir(), file)
		fi, err := os.Stat(path)
		if err != nil {
			continue // removed since the directory was read
		}
		c, ok := r.cache[file]
		if !ok || c.size != fi.Size() || !c.modTime.Equal(fi.ModTime()) {
			c = cached{size: fi.Size(), modTime: fi.ModTime()}
			if cs, err := readCase(path); err != nil {
				c.err = err
			} else {
				c.d = digestOf(cs)
			}
			r.cache[file] = c
		}
		if c.err != nil {
			out = append(out, Summary{File: file, Path: path, Modified: c.modTime, Err: c.err})
			continue
		}
		out = append(out, summarize(file, path, c.modTime, c.d, today))
	}
	for file := range r.cache {
		if !seen[file] {
			delete(r.cache, file)
		}
	}
	Sort(out, ByChanged)
	return out, nil
}

// Forget drops what was read of file, so the next Read reads it again.
func (r *Reader) Forget(file string) {
	r.mu.Lock()
	delete(r.cache, file)
	r.mu.Unlock()
}

// readCase reads a case file for the list. A file of the current format version
// is decoded in one pass into the same forms.Case that forms.Load gives; anything
// else — an older version to migrate, another format, damaged JSON — goes through
// forms.Unmarshal, so the list reports exactly the error opening would. (Load also
// makes two passes to keep unknown top-level members and to read the header first;
// the list needs neither, and one pass is a third of the time: see
// BenchmarkReadCase.)
func readCase(path string) (*forms.Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return forms.Load(path) // its own error, with the path and the message id
	}
	c := new(forms.Case)
	body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // as Load does
	if json.Unmarshal(body, c) == nil && c.Format == forms.FormatName && c.Version == forms.FormatVersion {
		return c, nil
	}
	return forms.Unmarshal(data, path)
}
