// Command wc prints how many words its arguments hold.
package main

import (
	"fmt"
	"os"
	"strings"

	"example.com/toolkit"
)

func main() {
	fmt.Println(toolkit.WordCount(strings.Join(os.Args[1:], " ")))
}
