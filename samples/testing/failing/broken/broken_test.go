// Package broken does not compile: its failure is reported as a build error, not as a green run.
package broken

import "testing"

func TestBroken(t *testing.T) {
	var count int = "three"
	_ = count
}
