package evidence

import (
	"context"
	"errors"
	"io/fs"

	"appealdesk/forms"
)

// Status is the result of re-checking one evidence file.
type Status string

const (
	StatusOK         Status = "ok"         // same size and SHA-256 as recorded
	StatusChanged    Status = "changed"    // readable, but the content differs from what the case records
	StatusMissing    Status = "missing"    // no file at the recorded path
	StatusUnreadable Status = "unreadable" // there, but it cannot be read (permissions, a directory, I/O error)
	StatusPaper      Status = "paper"      // the item has no file (a paper document): nothing to check
)

// MessageID is the catalogue id naming the status for a person.
func (s Status) MessageID() string { return "evidence.status." + string(s) }

// Result is the check of one evidence item.
type Result struct {
	Index    int    // position in Case.Evidence
	Title    string // the item's title
	Path     string // where it was looked for (resolved; may hold bytes that are not UTF-8)
	Status   Status
	Recorded string // the SHA-256 the case records
	SHA256   string // the SHA-256 found now (ok and changed only)
	Size     int64  // the size found now (ok and changed only)
	Err      error  // why, for unreadable and missing
}

// Bad reports whether the result needs a person's attention (anything but ok or paper).
func (r Result) Bad() bool { return r.Status != StatusOK && r.Status != StatusPaper }

// Verify re-hashes every evidence file of c (paths relative to caseDir, the .appeal
// file's directory) and reports each item in order. It never modifies c. It stops
// early only when ctx is cancelled; then it returns the results so far and the error.
// progress, if given, is called per file with the item index.
func Verify(ctx context.Context, c *forms.Case, caseDir string, progress func(index int, done, total int64)) ([]Result, error) {
	out := make([]Result, 0, len(c.Evidence))
	for i := range c.Evidence {
		it := &c.Evidence[i]
		r := Result{Index: i, Title: it.Title}
		if it.File == nil {
			r.Status = StatusPaper
			out = append(out, r)
			continue
		}
		r.Path = Resolve(it.File, caseDir)
		r.Recorded = it.File.SHA256
		var p Progress
		if progress != nil {
			idx := i
			p = func(done, total int64) { progress(idx, done, total) }
		}
		digest, size, err := SumFile(ctx, r.Path, p)
		switch {
		case errors.Is(err, ErrCancelled):
			return out, err
		case errors.Is(err, fs.ErrNotExist):
			r.Status, r.Err = StatusMissing, err
		case err != nil:
			r.Status, r.Err = StatusUnreadable, err
		default:
			r.SHA256, r.Size = digest, size
			if digest == it.File.SHA256 && size == it.File.Size {
				r.Status = StatusOK
			} else {
				r.Status = StatusChanged
			}
		}
		out = append(out, r)
	}
	return out, nil
}
