package locales

import (
	"os"
	"strings"
)

// FromLocale maps a POSIX or BCP 47 locale name to an interface language:
// sr_RS@latin, sr@latin and sr-Latn → Serbian Latin; sr, sr_RS, sr-Cyrl → Serbian Cyrillic;
// ru… → Russian; anything else, including C and POSIX, → English.
func FromLocale(name string) Lang {
	s := strings.ToLower(strings.TrimSpace(name))
	if s == "" || s == "c" || s == "posix" || strings.HasPrefix(s, "c.") {
		return English
	}
	modifier := ""
	if i := strings.IndexByte(s, '@'); i >= 0 {
		s, modifier = s[:i], s[i+1:]
	}
	if i := strings.IndexByte(s, '.'); i >= 0 { // encoding, e.g. .utf-8
		s = s[:i]
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' })
	if len(parts) == 0 {
		return English
	}
	switch parts[0] {
	case "ru":
		return Russian
	case "sh":
		return SerbianLatin
	case "sr":
		if modifier == "latin" {
			return SerbianLatin
		}
		for _, p := range parts[1:] {
			if p == "latn" {
				return SerbianLatin
			}
		}
		return SerbianCyrl
	}
	return English
}

// localeKeys are the environment variables gettext reads, in its order.
var localeKeys = []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}

// SystemLang is the language of the first start, taken from the environment the way
// gettext reads it (FromEnvironment); the platform's own setting (Windows, macOS) is
// passed in as fallback by the caller, since reading it needs the GUI toolkit. It
// never prints anything, even for LANG=C.
func SystemLang(platformLocale string) Lang {
	if l, ok := FromEnvironment(); ok {
		return l
	}
	return FromLocale(platformLocale)
}

// FromEnvironment is the language the environment names, read the way gettext reads
// it: LANGUAGE (its first entry), then LC_ALL, LC_MESSAGES, LANG. ok is false when
// none of them is set, as on Windows and macOS.
func FromEnvironment() (l Lang, ok bool) {
	for _, key := range localeKeys {
		v := os.Getenv(key)
		if key == "LANGUAGE" {
			v, _, _ = strings.Cut(v, ":")
		}
		if v != "" {
			return FromLocale(v), true
		}
	}
	return "", false
}
