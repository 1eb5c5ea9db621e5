// The hand-written side of eng/bench/bindings.sh, in the shape the earlier samples/mixed used: //export functions
// with C types, a string argument read with C.GoString, a result allocated with C.CString that the caller gives
// back through FreeString.
package main

// #include <stdlib.h>
import "C"

import "unsafe"

//export HandAdd
func HandAdd(a, b C.int) C.int {
	return a + b
}

//export HandEcho
func HandEcho(text *C.char) *C.char {
	return C.CString(C.GoString(text))
}

//export HandFreeString
func HandFreeString(s *C.char) {
	C.free(unsafe.Pointer(s))
}
