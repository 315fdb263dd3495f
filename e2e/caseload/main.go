// Command caseload writes generated fictional cases into a folder of cases, to try
// the home screen with many cases: go run ./e2e/caseload -n 200 -dir DIR [-today 2026-12-01].
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/caseload"
)

func main() {
	n := flag.Int("n", 200, "number of cases")
	dir := flag.String("dir", "", "the folder of cases (created if missing)")
	day := flag.String("today", "", "the day the cases are generated around (default: today)")
	seed := flag.Int64("seed", 200, "random seed: the same seed gives the same cases")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: caseload -n N -dir DIR [-today YYYY-MM-DD]")
		os.Exit(2)
	}
	today := time.Now()
	if *day != "" {
		t, err := time.Parse("2006-01-02", *day)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		today = t
	}
	s, err := forms.OpenStore(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rng := rand.New(rand.NewSource(*seed))
	for i := 0; i < *n; i++ {
		c := caseload.Generate(rng, today, i)
		e, _, err := s.Create(c.Title)
		if err == nil {
			err = s.Save(e.File, c)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d cases in %s\n", *n, *dir)
}
