// Package greeting is served by the tests' file-system module proxy, so the binary records its h1: checksum.
package greeting

func Hello(name string) string { return "Hello, " + name }
