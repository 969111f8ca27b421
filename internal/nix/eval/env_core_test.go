package eval

import (
	"fmt"
	"runtime"
	"testing"
)

// TestEnvSlots checks that frames of every size keep the values stored in
// all their slots, across a garbage collection, and keep their parent.
func TestEnvSlots(t *testing.T) {
	parent := newEnv(nil, 1)
	var envs []*Env
	for n := 0; n <= 40; n++ {
		e := newEnv(parent, n)
		for i := 0; i < n; i++ {
			*e.slot(i) = String(fmt.Sprint(n, ":", i))
		}
		envs = append(envs, e)
	}
	runtime.GC()
	for n, e := range envs {
		if e.Parent != parent {
			t.Fatalf("frame of %d slots lost its parent", n)
		}
		for i := 0; i < n; i++ {
			if got, want := e.get(i), String(fmt.Sprint(n, ":", i)); got != want {
				t.Fatalf("frame of %d slots, slot %d = %v, want %v", n, i, got, want)
			}
		}
	}
	if bigEnvType(30) != bigEnvType(30) {
		t.Fatal("frame types of one size are not shared")
	}
}
