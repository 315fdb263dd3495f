// Command cpuclock runs a command many times and prints the median and the fastest
// CPU time (user + system, from the kernel's accounting of the child) and wall time
// per run: the measure of a command-line call's cost in docs/BENCHMARKS.md.
//
//	go run ./e2e/cpuclock -n 41 -- ./appealdesk deadlines case.appeal
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 41, "runs")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: cpuclock [-n RUNS] -- COMMAND [ARG…]")
		os.Exit(2)
	}
	var cpu, wall []time.Duration
	for range *n {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		start := time.Now()
		if err := cmd.Run(); err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		wall = append(wall, time.Since(start))
		cpu = append(cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
	}
	slices.Sort(cpu)
	slices.Sort(wall)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	fmt.Printf("%-60s cpu median %6.2f ms (fastest %6.2f)   wall median %6.2f ms   n=%d\n",
		strings.Join(args, " "), ms(cpu[len(cpu)/2]), ms(cpu[0]), ms(wall[len(wall)/2]), *n)
}
