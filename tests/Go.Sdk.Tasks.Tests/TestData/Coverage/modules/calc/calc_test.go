package calc

import "testing"

func TestAdd(t *testing.T) {
	if Add(1, 2) != 3 {
		t.Fatal("1+2")
	}
	if Twice(2) != 4 {
		t.Fatal("twice")
	}
}

func TestDivide(t *testing.T) {
	if _, err := Divide(1, 0); err == nil {
		t.Fatal("no error")
	}
	if Braces("{{}") != 1 {
		t.Fatal("braces")
	}
}
