// Package evidence fingerprints the files a person offers as proof (SHA-256, size,
// pages), re-checks them later, and knows which kinds of document usually prove
// which appeal argument. It never imports Fyne and never modifies a case by itself:
// every function returns values that the caller stores once they are complete.
package evidence

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"appealdesk/forms"
)

// BufferSize is the read size for hashing. 1 MiB keeps crypto/sha256 (SHA-NI/AVX2)
// at full speed while memory stays flat however large the file is (docs/BENCHMARKS.md).
const BufferSize = 1 << 20

// ErrCancelled is returned (wrapped, together with the context's own error) when a
// hash is stopped through its context. Nothing was produced.
var ErrCancelled = errors.New("evidence: hashing cancelled")

// ErrNotRegular is returned for a directory, device or other non-regular file.
var ErrNotRegular = errors.New("evidence: not a regular file")

// Progress receives bytes done and the total (the size when the file was opened).
// It is called from the hashing goroutine: at the start (0, total), every
// ProgressStep(total) bytes at most, and once at the end (done, total). A slow
// callback slows the hash; a UI should hand the figures over and return.
type Progress func(done, total int64)

// ProgressStep is how many bytes pass between two progress reports: a hundredth of
// the file but at least 16 MiB, so a 4 GB file gives about 100 reports and a small
// file only the first and the last.
func ProgressStep(total int64) int64 {
	step := total / 100
	if step < 16<<20 {
		step = 16 << 20
	}
	return step
}

// Sum streams r through SHA-256 with a BufferSize buffer, reporting progress and
// stopping when ctx is done. It returns the hex digest and the byte count.
func Sum(ctx context.Context, r io.Reader, total int64, progress Progress) (string, int64, error) {
	return sumBuf(ctx, r, total, progress, BufferSize)
}

func sumBuf(ctx context.Context, r io.Reader, total int64, progress Progress, bufSize int) (string, int64, error) {
	h := sha256.New()
	buf := make([]byte, bufSize)
	var done int64
	step := ProgressStep(total)
	next := step
	if progress != nil {
		progress(0, total)
	}
	for {
		if err := ctx.Err(); err != nil {
			return "", done, fmt.Errorf("%w: %w", ErrCancelled, err)
		}
		n, err := r.Read(buf)
		if n > 0 {
			h.Write(buf[:n])
			done += int64(n)
			if progress != nil && done >= next {
				progress(done, total)
				for next <= done {
					next += step
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", done, err
		}
	}
	if progress != nil {
		progress(done, total)
	}
	return hex.EncodeToString(h.Sum(nil)), done, nil
}

// SumFile hashes the file at path (see Sum). The size returned is the number of
// bytes hashed, so size and digest always describe the same content. Anything but
// a regular file (a FIFO, a device, a folder) is refused at once (ErrNotRegular),
// without waiting for a writer or reading forever.
func SumFile(ctx context.Context, path string, progress Progress) (digest string, size int64, err error) {
	f, st, err := OpenRegular(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	return Sum(ctx, f, st.Size(), progress)
}

// OpenRegular opens path for reading only if it is a regular file. It opens without
// blocking (a FIFO in place of an evidence file would otherwise hang until a writer
// comes, and no Cancel could stop it), then refuses anything that is not a regular
// file with ErrNotRegular.
func OpenRegular(path string) (*os.File, os.FileInfo, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, fmt.Errorf("%w: %s", ErrNotRegular, DisplayName(path))
	}
	return f, st, nil
}

// StatRegular is os.Stat that refuses anything but a regular file (ErrNotRegular).
func StatRegular(path string) (os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s", ErrNotRegular, DisplayName(path))
	}
	return st, nil
}

// Fingerprint hashes the file at path and returns its forms.File: the sanitised
// base name, the path exactly as given (and its raw bytes when it is not valid
// UTF-8, which JSON cannot carry), the size and the SHA-256. On any error,
// cancellation included, it returns the zero File: assign the result to the case
// only when err is nil, and the case never holds a half-done fingerprint.
func Fingerprint(ctx context.Context, path string, progress Progress) (forms.File, error) {
	digest, size, err := SumFile(ctx, path, progress)
	if err != nil {
		return forms.File{}, err
	}
	f := forms.File{
		Name:   DisplayName(filepath.Base(path)),
		Path:   path,
		Size:   size,
		SHA256: digest,
	}
	if !utf8.ValidString(path) {
		f.PathRaw = []byte(path)
	}
	return f, nil
}

// Attach fingerprints path and, only when that succeeds, sets item.File, the title
// when it is empty, and the page count when it is unknown (0) and can be told (see
// Pages). On error (cancelled, unreadable) item is left exactly as it was.
func Attach(ctx context.Context, item *forms.EvidenceItem, path string, progress Progress) error {
	f, err := Fingerprint(ctx, path, progress)
	if err != nil {
		return err
	}
	pages := 0
	if item.Pages == 0 {
		pages, _ = Pages(path) // 0 = unknown; a read error here leaves it unknown
	}
	item.File = &f
	if item.Title == "" {
		item.Title = f.Name
	}
	if pages > 0 {
		item.Pages = pages
	}
	return nil
}

// FilePath is the path to open for f: the raw bytes when the name was not valid
// UTF-8 (PathRaw), else Path.
func FilePath(f *forms.File) string {
	if f == nil {
		return ""
	}
	if len(f.PathRaw) > 0 {
		return string(f.PathRaw)
	}
	return f.Path
}

// Resolve returns where f is on this computer: FilePath(f) itself when absolute,
// else joined to caseDir (the directory of the .appeal file; "" = working directory).
func Resolve(f *forms.File, caseDir string) string {
	p := FilePath(f)
	if p == "" || filepath.IsAbs(p) || caseDir == "" {
		return p
	}
	return filepath.Join(caseDir, p)
}

// DisplayName makes a file name safe to show and to print: each byte that is not
// valid UTF-8 becomes U+FFFD, and so do control characters (newlines, escapes) and
// invisible format characters (bidi overrides, zero-width spaces and joiners, the
// byte-order mark), so a name can neither break a line nor fake one.
func DisplayName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name { // each invalid byte decodes as one utf8.RuneError
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}
