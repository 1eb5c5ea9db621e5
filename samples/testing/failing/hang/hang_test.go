// Package hang has a test that never ends, so go test's -timeout (GoTestTimeout) stops it.
package hang

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {}

func TestForever(t *testing.T) {
	time.Sleep(time.Hour)
}
