// Package main is built with -buildmode=c-shared into a C library. Every function marked //gosdk:export is
// callable from C# as GoLib.Exports.<Name>: Go.Sdk generates the C entry points and the C# bindings.
package main

// Add returns a + b.
//
//gosdk:export
func Add(a, b int32) int32 {
	return a + b
}

// Greet returns a greeting for name.
//
//gosdk:export
func Greet(name string) string {
	return "Hello, " + name + ", from Go"
}

// A c-shared library needs a main function, which never runs.
func main() {}
