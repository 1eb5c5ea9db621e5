// Command testing prints a few sums; its packages show what `dotnet test` makes of Go tests.
package main

import (
	"fmt"

	"example.com/testing/pass/calc"
	"example.com/testing/pass/text"
)

func main() {
	fmt.Println(text.Title("sum"), calc.Sum(1, 2, 3))
}
