// Command hello greets, and says which Go built it and how it was stamped.
package main

import (
	"fmt"
	"runtime"
)

// version is stamped at build time through <GoLinkerVariable Include="main.version" />.
var version = "dev"

func main() {
	fmt.Printf("Hello from Go %s (hello %s)\n", runtime.Version(), version)
}
