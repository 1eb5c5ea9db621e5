// Package calc has tests that pass: plain, table-driven subtests, parallel tests, an example and a benchmark.
package calc

// Sum adds its arguments.
func Sum(values ...int) int {
	total := 0
	for _, v := range values {
		total += v
	}
	return total
}

// Max returns the largest argument, or 0 for none.
func Max(values ...int) int {
	if len(values) == 0 {
		return 0
	}
	best := values[0]
	for _, v := range values[1:] {
		if v > best {
			best = v
		}
	}
	return best
}

// Abs is deliberately left untested, so coverage is below 100%.
func Abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
