// Package calc is test data for Go.Sdk's coverage converter: every construct its function scanner must get right.
package calc

import (
	"errors"
	"strings"
)

/* A block comment with a brace { that must not count,
   spanning lines. func NotAFunction() { */

// ErrDivide is returned by Divide.
var ErrDivide = errors.New("divide by zero {")

// handler is a function literal at top level, not a declaration.
var handler = func(s string) string {
	return strings.ToUpper(s)
}

type op func(a, b int) int

// Add adds.
func Add(a, b int) int {
	return a + b
}

// Divide divides, or fails on zero.
func Divide(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDivide
	}
	return a / b, nil
}

// Braces lives among literals that hold braces.
func Braces(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case '{':
			n++
		case '}':
			n--
		}
	}
	raw := `}
{ still raw }`
	if strings.Contains(s, "\"}") {
		n += len(raw)
	}
	return n
}

// Unused is never called.
func Unused() struct{ X, Y int } {
	return struct{ X, Y int }{1, 2}
}

func apply(f op, a, b int) int { return f(a, b) }

// Twice applies Add twice, through a literal.
func Twice(a int) int {
	double := func(x int) int {
		return apply(Add, x, x)
	}
	return double(a)
}
