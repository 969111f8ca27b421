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

// TestNewAttrsN checks that sets of every size have exactly their entries
// and keep what is stored in them across a garbage collection.
func TestNewAttrsN(t *testing.T) {
	var sets []*Attrs
	for n := 0; n <= 20; n++ {
		a := newAttrsN(n)
		if len(a.Entries) != n || cap(a.Entries) != n {
			t.Fatalf("newAttrsN(%d): len %d cap %d", n, len(a.Entries), cap(a.Entries))
		}
		for i := range a.Entries {
			a.Entries[i] = Attr{Name: fmt.Sprint("a", i), Value: String(fmt.Sprint(n))}
		}
		sets = append(sets, a)
	}
	runtime.GC()
	for n, a := range sets {
		for i, e := range a.Entries {
			if e.Name != fmt.Sprint("a", i) || e.Value != String(fmt.Sprint(n)) {
				t.Fatalf("set of %d entries, entry %d = %v", n, i, e)
			}
		}
	}
}
