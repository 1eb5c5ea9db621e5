// Package words splits text into words.
package words

import "strings"

// Split returns the words of text, separated by any white space.
func Split(text string) []string {
	return strings.Fields(text)
}
