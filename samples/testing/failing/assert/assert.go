// Package assert has tests that fail with t.Errorf and t.Fatalf, one of them in a subtest.
package assert

// Double is wrong on purpose.
func Double(v int) int { return v + 2 }
