// Package main is built with -buildmode=c-shared: every function marked //export is a C function of the library.
package main

import "C"

//export Add
func Add(a, b C.int) C.int {
	return a + b
}

// A c-shared library needs a main function, which never runs.
func main() {}
