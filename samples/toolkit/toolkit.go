// Package toolkit holds the text helpers the commands share.
package toolkit

import (
	"fmt"
	"strings"

	"example.com/toolkit/internal/words"
)

// Greeting greets name, or the world when name is empty.
func Greeting(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "world"
	}
	return fmt.Sprintf("Hello, %s!", name)
}

// WordCount counts the words of text.
func WordCount(text string) int {
	return len(words.Split(text))
}
