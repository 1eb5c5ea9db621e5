package toolkit

import "testing"

func TestGreeting(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"named", "Gopher", "Hello, Gopher!"},
		{"empty", "", "Hello, world!"},
		{"spaces", "  Ada ", "Hello, Ada!"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Greeting(c.in); got != c.want {
				t.Errorf("Greeting(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestWordCount(t *testing.T) {
	cases := map[string]struct {
		in   string
		want int
	}{
		"none":  {"", 0},
		"one":   {"go", 1},
		"mixed": {" go\tbuild\n./... ", 3},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := WordCount(c.in); got != c.want {
				t.Errorf("WordCount(%q) = %d, want %d", c.in, got, c.want)
			}
		})
	}
}
