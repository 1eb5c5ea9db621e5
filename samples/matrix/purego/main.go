// Command purego prints the platform it was built for.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Printf("purego on %s/%s\n", runtime.GOOS, runtime.GOARCH)
}
