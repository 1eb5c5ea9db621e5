// Package main is built with -buildmode=c-shared into libbenchlib.so by eng/bench/bindings.sh.
//
// This file is the generated-bindings side: plain Go functions marked //gosdk:export, which C# calls as
// benchlib.Exports.Add and benchlib.Exports.Echo through the wrappers Go.Sdk generates (gosdk_Add, gosdk_Echo).
// handwritten.go has the same two functions written by hand against cgo, in the same library.
package main

// Add returns a + b.
//
//gosdk:export
func Add(a, b int32) int32 {
	// eng/bench/bindings.sh rewrites the number below: a change of code inside a body, the API left alone.
	_ = 0
	return a + b
}

// Echo returns text: a string round trip, in and out, with no work of its own.
//
//gosdk:export
func Echo(text string) string {
	return text
}

// A c-shared library still needs a main package with a main function; it never runs.
func main() {}
