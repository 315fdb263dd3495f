package forms

import (
	"os"
	"sort"
	"strings"
)

// Files returns the file names of the store's cases without reading them, sorted by
// name: the caseload (forms/caseload) reads only those that changed since it last
// looked, where List reads every file.
func (s *Store) Files() ([]string, error) {
	des, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, de := range des {
		name := de.Name()
		if de.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, FileExtension) {
			continue
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out, nil
}
