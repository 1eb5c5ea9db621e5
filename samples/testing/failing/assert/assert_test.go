package assert

import "testing"

func TestDoubleTwo(t *testing.T) {
	if got := Double(2); got != 4 {
		t.Errorf("Double(2) = %d, want 4", got)
	}
}

func TestDoubleTable(t *testing.T) {
	t.Run("three", func(t *testing.T) {
		if got := Double(3); got != 6 {
			t.Fatalf("Double(3) = %d, want 6", got)
		}
	})
	t.Run("zero", func(t *testing.T) {
		if got := Double(0); got != 0 {
			t.Errorf("Double(0) = %d, want 0", got)
		}
	})
}

func TestDoubleTen(t *testing.T) {
	if got := Double(10); got != 20 {
		t.Errorf("Double(10) = %d, want 20", got)
	}
}
