// Package app uses a workspace module.
package app

import "example.com/lib"

// Welcome welcomes everyone.
func Welcome(names []string) []string {
	var out []string
	for _, n := range names {
		out = append(out, lib.Greet(n))
	}
	return out
}
