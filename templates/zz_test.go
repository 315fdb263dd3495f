package templates
import ("testing";"os";"bytes";"context")
func TestZZ(t *testing.T){
	dir := "/tmp/docsmodel/bex"; os.RemoveAll(dir); os.MkdirAll(dir, 0o755)
	c := testCase()
	items, _, _ := exhibitFiles(t, dir)
	c.Evidence = items
	var out bytes.Buffer
	res, err := WriteBundle(context.Background(), &out, c, Options{Today: signing}, BundleOptions{CaseDir: dir})
	t.Log(res, err)
	os.WriteFile("/tmp/docsmodel/bundle.pdf", out.Bytes(), 0o644)
}
