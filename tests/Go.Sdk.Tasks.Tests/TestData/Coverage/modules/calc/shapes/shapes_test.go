package shapes

import "testing"

func TestStack(t *testing.T) {
	var s Stack[int]
	s.Push(1)
	if v, ok := s.Pop(); !ok || v != 1 {
		t.Fatal("pop")
	}
	if Map([]int{1}, func(i int) int { return i * 2 })[0] != 2 {
		t.Fatal("map")
	}
}
