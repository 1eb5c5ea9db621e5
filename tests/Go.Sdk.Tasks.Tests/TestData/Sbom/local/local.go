// Package local is required through a folder replace, so the binary records it without a version or checksum.
package local

func Name() string { return "SBOM" }
