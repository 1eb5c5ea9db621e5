// Command cgo calls a C function, so every target needs a C compiler for it.
package main

/*
static int answer(int x) { return x * 6; }
*/
import "C"

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Printf("cgo on %s/%s says %d\n", runtime.GOOS, runtime.GOARCH, int(C.answer(7)))
}
