// Package main is built with -buildmode=c-shared into libgolib.so (golib.dll, libgolib.dylib).
//
// Every function marked //gosdk:export is callable from C# as golib.Exports.<Name>: Go.Sdk generates the C
// entry points and the C# methods (docs/mixed-language.md#bindings). The functions are plain Go: strings, slices,
// errors and pointers cross the boundary without any C types here.
package main

import (
	"fmt"
	"time"
)

// Add returns a + b.
//
//gosdk:export
func Add(a, b int64) int64 {
	return a + b
}

// Greet returns a greeting for name.
//
//gosdk:export
func Greet(name string) string {
	return "Hello, " + name + ", from Go"
}

// ParseDuration reads a Go duration such as "1h30m" and returns it in nanoseconds; text Go cannot read is an
// error, which C# receives as a GoException.
//
//gosdk:export
func ParseDuration(text string) (int64, error) {
	d, err := time.ParseDuration(text)
	return int64(d), err
}

// Tally counts words. It stays in Go: C# holds it through a handle.
type Tally struct {
	counts map[string]int
}

// NewTally returns an empty tally.
//
//gosdk:export
func NewTally() *Tally {
	return &Tally{counts: map[string]int{}}
}

// Count adds one to word's count and returns the new count.
//
//gosdk:export
func Count(t *Tally, word string) int {
	t.counts[word]++
	return t.counts[word]
}

// Summary describes the tally.
//
//gosdk:export
func Summary(t *Tally) string {
	return fmt.Sprintf("%d distinct words", len(t.counts))
}

// A c-shared library still needs a main package with a main function; it never runs.
func main() {}
