package text

import (
	"os"
	"testing"
)

func TestTitle(t *testing.T) {
	if got := Title("go"); got != "Go" {
		t.Fatalf("Title(go) = %q, want Go", got)
	}
}

func TestNeedsNetwork(t *testing.T) {
	if os.Getenv("SAMPLE_NETWORK") == "" {
		t.Skip("set SAMPLE_NETWORK to run")
	}
}
