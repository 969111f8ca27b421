package cli

import (
	"runtime"
	"testing"
	"time"
)

// afterFirstGC's callback runs once a collection has happened (the eval
// commands rely on it to turn ordinary GC pacing back on).
func TestAfterFirstGCRuns(t *testing.T) {
	done := make(chan struct{})
	afterFirstGC(func() { close(done) })
	deadline := time.After(10 * time.Second)
	for {
		runtime.GC()
		select {
		case <-done:
			return
		case <-deadline:
			t.Fatal("the callback did not run after garbage collections")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
