// Package shapes has methods, pointer receivers and generics.
package shapes

import "example.com/calc"

// Stack is a generic stack.
type Stack[T any] struct {
	items []T
}

// Push pushes.
func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

// Pop pops, reporting whether there was anything.
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Len is a value receiver.
func (s Stack[T]) Len() int { return len(s.items) }

// Map maps.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Square is a shape.
type Square struct{ Side int }

// Area uses the parent package.
func (q Square) Area() int {
	return calc.Add(0, q.Side*q.Side)
}
