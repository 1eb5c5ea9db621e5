// Added by Go.Sdk (go build -overlay) to a c-shared library that has //gosdk:export functions.
//
// gosdk_free gives back the memory the generated wrappers allocate for results and error texts. It is C, and in
// the library, so that the memory goes back to the C runtime that allocated it (on Windows, MinGW's CRT is not
// .NET's), without entering the Go runtime. It lives in a file without //export, the only place cgo allows a C
// function's definition.

package main

/*
#include <stdlib.h>

void gosdk_free(void* data) { free(data); }
*/
import "C"
