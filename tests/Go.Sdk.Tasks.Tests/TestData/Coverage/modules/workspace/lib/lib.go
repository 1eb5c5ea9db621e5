// Package lib lives in a second module of the workspace.
package lib

// Greet greets.
func Greet(name string) string {
	if name == "" {
		return "hello, nobody"
	}
	return "hello, " + name
}
