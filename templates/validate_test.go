package templates

import (
	"bytes"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	pdfmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// validateStrict checks a PDF with pdfcpu in strict mode (what `pdfcpu validate -m
// strict` does).
func validateStrict(t *testing.T, name string, pdf []byte) {
	t.Helper()
	api.DisableConfigDir()
	conf := pdfmodel.NewDefaultConfiguration()
	conf.ValidationMode = pdfmodel.ValidationStrict
	if err := api.Validate(bytes.NewReader(pdf), conf); err != nil {
		t.Errorf("%s: pdfcpu validate (strict): %v", name, err)
	}
}

// TestPDFValidStrict: every document of every decision type, script and copy
// passes pdfcpu's strict validation (the outline's counts included), and names its
// language.
func TestPDFValidStrict(t *testing.T) {
	for _, v := range layoutVariants() {
		if v.c.Story.WhatHappened != "" && len(v.c.Evidence) < 40 {
			continue // the shortest and the longest of each type
		}
		for name, d := range render(t, v.c, v.o) {
			validateStrict(t, v.name+" "+name, d.PDF)
			if !bytes.Contains(d.PDF, []byte("/Lang")) {
				t.Errorf("%s %s: no /Lang", v.name, name)
			}
		}
	}
}
