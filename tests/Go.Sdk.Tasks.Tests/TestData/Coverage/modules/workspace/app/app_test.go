package app

import "testing"

func TestWelcome(t *testing.T) {
	if got := Welcome([]string{"go"}); got[0] != "hello, go" {
		t.Fatal(got)
	}
}
