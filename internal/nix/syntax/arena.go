package syntax

import (
	"sync"
	"unsafe"
)

// Allocation: a parse builds many small nodes and slices that live and die
// together with the tree, so they are handed out from chunks instead of
// being allocated one by one. A new chunk holds about as many elements as
// the rest of the source will need if it is like the part already lexed
// (so that little of the last chunk is left unused), at least 1 KiB and
// a quarter of what the slab has handed out (so that a construct that
// only becomes common late still gets large chunks), at most 64 KiB.

const (
	minChunkBytes = 1 << 10
	maxChunkBytes = 64 << 10
)

// slab hands out nodes of one type.
type slab[T any] struct {
	free   []T
	used   int // elements in the chunks so far
	chunks [][]T
	pool   *sync.Pool // recycled chunks of this type (File.Release)
}

// newChunk returns a zeroed chunk of at least need elements, ideally n:
// one a released tree left, or a new one.
func newChunk[T any](pool *sync.Pool, chunks *[][]T, n, need int) []T {
	if pool != nil {
		if c, ok := pool.Get().(*[]T); ok {
			if len(*c) >= need {
				*chunks = append(*chunks, *c)
				return *c
			}
			pool.Put(c)
		}
	}
	c := make([]T, n)
	*chunks = append(*chunks, c)
	return c
}

// recycle zeroes the chunks and hands them to pool.
func recycle[T any](pool *sync.Pool, chunks [][]T) {
	if pool == nil {
		return
	}
	for _, c := range chunks {
		clear(c)
		pool.Put(&c)
	}
}

// chunkLen returns the length of a new chunk of elements of size elem,
// at least need, for a slab whose chunks so far held used elements.
func chunkLen(l *lexer, used int, elem uintptr, need int) int {
	lo := max(minChunkBytes/int(elem), 1)
	n := max(lo, used/4)
	if off := l.off; off > 0 {
		est := used * (len(l.src) - off) / off
		n = max(n, est+est/8)
	}
	return max(min(n, maxChunk(elem)), need)
}

// maxChunk returns the number of elements of size elem in a full chunk.
func maxChunk(elem uintptr) int { return max(maxChunkBytes/int(elem), 1) }

func sizeOf[T any]() uintptr {
	var zero T
	return unsafe.Sizeof(zero)
}

// alloc returns a zeroed node. Setting its fields one by one writes only
// the pointers that are not nil, each with a cheap write barrier while
// the collector marks, where copying a whole struct in (see newNode)
// takes a bulk barrier over every pointer slot.
func alloc[T any](l *lexer, s *slab[T]) *T {
	if len(s.free) == 0 {
		n := chunkLen(l, s.used, sizeOf[T](), 1)
		s.free = newChunk(s.pool, &s.chunks, n, 1)
		s.used += len(s.free)
	}
	n := &s.free[0]
	s.free = s.free[1:]
	return n
}

// newNode returns a node set to v.
func newNode[T any](l *lexer, s *slab[T], v T) *T {
	n := alloc(l, s)
	*n = v
	return n
}

// sliceSlab hands out right-sized slices of one element type. Each slice
// has its length as capacity, so that appending to it never writes into a
// neighbour.
type sliceSlab[T any] struct {
	free   []T
	used   int
	chunks [][]T
	pool   *sync.Pool
}

// copySlice returns a copy of src from the slab; nil when src is empty.
func copySlice[T any](l *lexer, s *sliceSlab[T], src []T) []T {
	out := takeSlice(l, s, len(src))
	copy(out, src)
	return out
}

// takeSlice returns a zeroed slice of n elements from the slab; nil when
// n is 0.
func takeSlice[T any](l *lexer, s *sliceSlab[T], n int) []T {
	if n == 0 {
		return nil
	}
	elem := sizeOf[T]()
	if n > maxChunk(elem)/4 {
		return make([]T, n)
	}
	if len(s.free) < n {
		size := chunkLen(l, s.used, elem, n)
		s.free = newChunk(s.pool, &s.chunks, size, n)
		s.used += len(s.free)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// arena holds the slabs of one parse.
type arena struct {
	AttrName slab[AttrName]
	Var      slab[Var]
	String   slab[String]
	Select   slab[Select]
	Binary   slab[Binary]
	Apply    slab[Apply]
	Attr     slab[Attr]
	AttrSet  slab[AttrSet]
	Int      slab[Int]
	List     slab[List]
	Lambda   slab[Lambda]
	Unary    slab[Unary]
	Path     slab[Path]
	If       slab[If]
	Inherit  slab[Inherit]
	Let      slab[Let]
	Formal   slab[Formal]

	paths    sliceSlab[*AttrName]
	bindings sliceSlab[Binding]
	parts    sliceSlab[StrPart]
	exprs    sliceSlab[Expr]
	formals  sliceSlab[*Formal]
}

// recycledChunks holds, per node and slice type, the chunks of trees
// released with File.Release, for later parses: the memory of a tree that
// is dropped once compiled is reused rather than taken fresh from the
// system. (The pools let the collector drop what stays unused.)
var recycledChunks struct {
	AttrName, Var, String, Select, Binary, Apply, Attr, AttrSet, Int, List,
	Lambda, Unary, Path, If, Inherit, Let, Formal,
	paths, bindings, parts, exprs, formals sync.Pool
}

// init points the arena's slabs at their pools.
func (a *arena) init() {
	r := &recycledChunks
	a.AttrName.pool, a.Var.pool, a.String.pool, a.Select.pool = &r.AttrName, &r.Var, &r.String, &r.Select
	a.Binary.pool, a.Apply.pool, a.Attr.pool, a.AttrSet.pool = &r.Binary, &r.Apply, &r.Attr, &r.AttrSet
	a.Int.pool, a.List.pool, a.Lambda.pool, a.Unary.pool = &r.Int, &r.List, &r.Lambda, &r.Unary
	a.Path.pool, a.If.pool, a.Inherit.pool, a.Let.pool, a.Formal.pool = &r.Path, &r.If, &r.Inherit, &r.Let, &r.Formal
	a.paths.pool, a.bindings.pool, a.parts.pool = &r.paths, &r.bindings, &r.parts
	a.exprs.pool, a.formals.pool = &r.exprs, &r.formals
}

// release zeroes every chunk of the arena and hands it back for reuse.
func (a *arena) release() {
	recycle(a.AttrName.pool, a.AttrName.chunks)
	recycle(a.Var.pool, a.Var.chunks)
	recycle(a.String.pool, a.String.chunks)
	recycle(a.Select.pool, a.Select.chunks)
	recycle(a.Binary.pool, a.Binary.chunks)
	recycle(a.Apply.pool, a.Apply.chunks)
	recycle(a.Attr.pool, a.Attr.chunks)
	recycle(a.AttrSet.pool, a.AttrSet.chunks)
	recycle(a.Int.pool, a.Int.chunks)
	recycle(a.List.pool, a.List.chunks)
	recycle(a.Lambda.pool, a.Lambda.chunks)
	recycle(a.Unary.pool, a.Unary.chunks)
	recycle(a.Path.pool, a.Path.chunks)
	recycle(a.If.pool, a.If.chunks)
	recycle(a.Inherit.pool, a.Inherit.chunks)
	recycle(a.Let.pool, a.Let.chunks)
	recycle(a.Formal.pool, a.Formal.chunks)
	recycle(a.paths.pool, a.paths.chunks)
	recycle(a.bindings.pool, a.bindings.chunks)
	recycle(a.parts.pool, a.parts.chunks)
	recycle(a.exprs.pool, a.exprs.chunks)
	recycle(a.formals.pool, a.formals.chunks)
	*a = arena{}
}

// nLocal is the number of elements that a slice being built keeps in an
// array in its builder's frame: most slices are short, and writes to the
// stack need no write barrier while the collector marks.
const nLocal = 8

// push appends v to the k elements of a slice being built: in local
// while there is room, then (moving local's elements first) on *stack.
func push[T any](local *[nLocal]T, k *int, stack *[]T, v T) {
	switch {
	case *k < nLocal:
		local[*k] = v
	case *k == nLocal:
		*stack = append(*stack, local[:]...)
		fallthrough
	default:
		*stack = append(*stack, v)
	}
	*k++
}

// collect returns the k elements pushed with local and *stack as a
// right-sized slice from s, and pops them from *stack.
func collect[T any](l *lexer, s *sliceSlab[T], local *[nLocal]T, k int, stack *[]T) []T {
	if k <= nLocal {
		return copySlice(l, s, local[:k])
	}
	base := len(*stack) - k
	out := copySlice(l, s, (*stack)[base:])
	*stack = (*stack)[:base]
	return out
}
