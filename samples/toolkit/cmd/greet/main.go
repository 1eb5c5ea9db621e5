// Command greet greets its first argument.
package main

import (
	"fmt"
	"os"

	"example.com/toolkit"
)

func main() {
	name := ""
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Println(toolkit.Greeting(name))
}
