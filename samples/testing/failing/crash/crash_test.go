// Package crash has a test that panics: the panic fails it and ends the test binary.
package crash

import "testing"

func TestFine(t *testing.T) {}

func TestIndex(t *testing.T) {
	var values []int
	_ = values[3]
}
