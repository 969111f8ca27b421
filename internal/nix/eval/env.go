package eval

import (
	"reflect"
	"sync"
	"unsafe"
)

// A frame of n slots is one allocation: an Env (parent and slot 0)
// followed by n-1 more slots, so slot i is at a fixed offset from slot 0.
// Frame sizes are known when the code is compiled, and every slot index
// the compiler hands out is below its frame's size.

// envN is a frame with len(T)+1 slots.
type envN[T any] struct {
	Env
	rest T
}

// slot returns the address of slot i of the frame.
func (e *Env) slot(i int) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(&e.first), uintptr(i)*unsafe.Sizeof(e.first)))
}

// get returns the value in slot i of the frame.
func (e *Env) get(i int) Value { return *e.slot(i) }

// newEnv allocates a frame of n slots under parent.
func newEnv(parent *Env, n int) *Env {
	var e *Env
	switch {
	case n <= 1:
		e = &Env{}
	case n == 2:
		e = &new(envN[[1]Value]).Env
	case n == 3:
		e = &new(envN[[2]Value]).Env
	case n == 4:
		e = &new(envN[[3]Value]).Env
	case n <= 6:
		e = &new(envN[[5]Value]).Env
	case n <= 8:
		e = &new(envN[[7]Value]).Env
	case n <= 12:
		e = &new(envN[[11]Value]).Env
	case n <= 16:
		e = &new(envN[[15]Value]).Env
	default:
		e = (*Env)(reflect.New(bigEnvType(n)).UnsafePointer())
	}
	e.Parent = parent
	return e
}

// bigEnvTypes caches the types of frames of more than 16 slots, by size.
var bigEnvTypes sync.Map // int -> reflect.Type

// bigEnvType returns the type of a frame of n slots: an Env followed by an
// array of n-1 values.
func bigEnvType(n int) reflect.Type {
	if t, ok := bigEnvTypes.Load(n); ok {
		return t.(reflect.Type)
	}
	t := reflect.StructOf([]reflect.StructField{
		{Name: "Env", Type: reflect.TypeFor[Env](), Anonymous: true},
		{Name: "Rest", Type: reflect.ArrayOf(n-1, reflect.TypeFor[Value]())},
	})
	bigEnvTypes.Store(n, t)
	return t
}
