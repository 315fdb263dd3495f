//go:build !unix

package evidence

import "os"

// openNonBlocking: outside Unix, opening a file never waits for a writer.
func openNonBlocking(path string) (*os.File, error) { return os.Open(path) }
