package calc

import (
	"fmt"
	"testing"
)

func TestSum(t *testing.T) {
	if got := Sum(1, 2, 3); got != 6 {
		t.Errorf("Sum(1, 2, 3) = %d, want 6", got)
	}
}

func TestMax(t *testing.T) {
	cases := []struct {
		name   string
		values []int
		want   int
	}{
		{"empty", nil, 0},
		{"one", []int{4}, 4},
		{"negative", []int{-3, -1, -2}, -1},
	}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			if got := Max(c.values...); got != c.want {
				t.Errorf("Max(%v) = %d, want %d", c.values, got, c.want)
			}
		})
	}
}

func TestParallel(t *testing.T) {
	for i := 0; i < 3; i++ {
		i := i
		t.Run(fmt.Sprintf("worker%d", i), func(t *testing.T) {
			t.Parallel()
			t.Logf("worker %d sums %d", i, Sum(i, i))
		})
	}
}

func ExampleSum() {
	fmt.Println(Sum(2, 3))
	// Output: 5
}

func BenchmarkSum(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Sum(1, 2, 3, 4)
	}
}
