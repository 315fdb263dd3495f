package caseload

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"appealdesk/forms"
)

// Whatever a file holds, the list's reading says what opening it would: the same
// case, or an error with the same message.
func FuzzReadCaseAgreesWithLoad(f *testing.F) {
	good, _ := forms.Marshal(forms.Example())
	f.Add(good)
	f.Add([]byte(`{"format":"appealdesk-case","version":1,"title":"x","decision":{"type":"return-decision"}}`))
	f.Add([]byte(`{"format":"appealdesk-case","version":2}`))
	f.Add([]byte(`{"FORMAT":"appealdesk-case","version":1,"story":[]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Add([]byte("null"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "case.appeal")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		want, wantErr := forms.Load(path)
		got, gotErr := readCase(path)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("Load error %v, readCase error %v", wantErr, gotErr)
		}
		if wantErr != nil {
			var a, b *forms.FileError
			if !errors.As(wantErr, &a) || !errors.As(gotErr, &b) || a.Message().ID != b.Message().ID {
				t.Fatalf("Load error %v, readCase error %v", wantErr, gotErr)
			}
			return
		}
		want.Unknown, got.Unknown = nil, nil
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("readCase differs from Load:\n%+v\n%+v", got, want)
		}
	})
}
