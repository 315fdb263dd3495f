// Package assets holds what is bundled into the binary besides code: the icon,
// the build's version stamp, and (issue 7) an organisation's edition file.
package assets

import (
	_ "embed"
	"runtime/debug"
)

// Version is the release version; Commit is stamped at build time with
// -ldflags "-X appealdesk/assets.Commit=…" and otherwise read from the Go build info.
var (
	Version = "0.1.0"
	Commit  = ""
)

// CommitID returns the commit the binary was built from, or "unknown".
func CommitID() string {
	if Commit != "" {
		return Commit
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return s.Value[:12]
			}
		}
	}
	return "unknown"
}
