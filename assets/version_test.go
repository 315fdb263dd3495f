package assets

import (
	"os"
	"regexp"
	"testing"
)

// Release packages take the version from FyneApp.toml; development builds show
// Version. The two must never disagree.
func TestVersionMatchesFyneAppToml(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version\s*=\s*"([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("FyneApp.toml has no Details.Version")
	}
	if string(m[1]) != Version {
		t.Errorf("FyneApp.toml says %s, assets.Version says %s", m[1], Version)
	}
}
