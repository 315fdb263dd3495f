// Command hello is the reference of the command-line speed benchmark
// (e2e/cli_speed.sh): the cheapest Go program, built the same way.
package main

import "fmt"

func main() { fmt.Println("hello") }
