package syntax

// Allocation: a parse builds many small nodes and slices that live and die
// together with the tree, so they are handed out from chunks instead of
// being allocated one by one. Chunks start small (a short file stays
// cheap) and double up to a bound.

const (
	minChunk = 16
	maxChunk = 1024
)

// slab hands out nodes of one type.
type slab[T any] struct {
	free []T
	size int // size of the last chunk
}

func nextChunk(size int) int {
	if size < minChunk {
		return minChunk
	}
	if size >= maxChunk {
		return maxChunk
	}
	return 2 * size
}

// alloc returns a zeroed node. Setting its fields one by one writes only
// the pointers that are not nil, each with a cheap write barrier while
// the collector marks, where copying a whole struct in (see newNode)
// takes a bulk barrier over every pointer slot.
func alloc[T any](s *slab[T]) *T {
	if len(s.free) == 0 {
		s.size = nextChunk(s.size)
		s.free = make([]T, s.size)
	}
	n := &s.free[0]
	s.free = s.free[1:]
	return n
}

// newNode returns a node set to v.
func newNode[T any](s *slab[T], v T) *T {
	n := alloc(s)
	*n = v
	return n
}

// sliceSlab hands out right-sized slices of one element type. Each slice
// has its length as capacity, so that appending to it never writes into a
// neighbour.
type sliceSlab[T any] struct {
	free []T
	size int
}

// copySlice returns a copy of src from the slab; nil when src is empty.
func copySlice[T any](s *sliceSlab[T], src []T) []T {
	out := takeSlice(s, len(src))
	copy(out, src)
	return out
}

// takeSlice returns a zeroed slice of n elements from the slab; nil when
// n is 0.
func takeSlice[T any](s *sliceSlab[T], n int) []T {
	if n == 0 {
		return nil
	}
	if n > maxChunk/4 {
		return make([]T, n)
	}
	if len(s.free) < n {
		s.size = nextChunk(s.size)
		for s.size < n {
			s.size = nextChunk(s.size)
		}
		s.free = make([]T, s.size)
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
func collect[T any](s *sliceSlab[T], local *[nLocal]T, k int, stack *[]T) []T {
	if k <= nLocal {
		return copySlice(s, local[:k])
	}
	base := len(*stack) - k
	out := copySlice(s, (*stack)[base:])
	*stack = (*stack)[:base]
	return out
}
