// Package main is built with -buildmode=c-shared: each //export function is a C function of libgolib.
//
// Memory rule: a string Go returns is allocated with C.CString (C's malloc, outside Go's heap); the caller owns it
// and gives it back with FreeString. Strings passed in are only read during the call and copied by C.GoString.
package main

// #include <stdlib.h>
import "C"

import (
	"time"
	"unsafe"
)

//export Add
func Add(a, b C.longlong) C.longlong {
	return a + b
}

//export Greet
func Greet(name *C.char) *C.char {
	return C.CString("Hello, " + C.GoString(name) + ", from Go")
}

// ParseDuration reads a Go duration such as "1h30m". It returns 0 and sets *nanoseconds, or returns 1 and sets
// *message to Go's error text (free it with FreeString).
//
//export ParseDuration
func ParseDuration(text *C.char, nanoseconds *C.longlong, message **C.char) C.int {
	d, err := time.ParseDuration(C.GoString(text))
	if err != nil {
		*message = C.CString(err.Error())
		return 1
	}
	*nanoseconds = C.longlong(d)
	return 0
}

//export FreeString
func FreeString(s *C.char) {
	C.free(unsafe.Pointer(s))
}

// A c-shared library still needs a main package with a main function; it never runs.
func main() {}
