package eval

// stableSort sorts v with less exactly as libstdc++'s std::stable_sort does
// when its temporary buffer can be allocated (which is what Nix's
// builtins.sort uses). Reproducing the comparison sequence matters because
// user comparators are often not strict weak orders (for example
// `a: b: a.prio <= b.prio`), and then the order of equal elements depends on
// the algorithm.
func stableSort(v []Value, less func(a, b Value) bool) {
	n := len(v)
	if n < 2 {
		return
	}
	half := (n + 1) / 2
	buf := make([]Value, half)
	mergeSortWithBuffer(v[:half], buf, less)
	mergeSortWithBuffer(v[half:], buf, less)
	mergeAdaptive(v, half, buf, less)
}

const sortChunk = 7

func mergeSortWithBuffer(v, buf []Value, less func(a, b Value) bool) {
	n := len(v)
	buf = buf[:0]
	for len(buf) < n {
		buf = append(buf, nil)
	}
	for i := 0; i < n; i += sortChunk {
		end := i + sortChunk
		if end > n {
			end = n
		}
		insertionSort(v[i:end], less)
	}
	for step := sortChunk; step < n; {
		mergeSortLoop(v, buf, step, less)
		step *= 2
		mergeSortLoop(buf, v, step, less)
		step *= 2
	}
}

func insertionSort(v []Value, less func(a, b Value) bool) {
	for i := 1; i < len(v); i++ {
		val := v[i]
		if less(val, v[0]) {
			copy(v[1:i+1], v[:i])
			v[0] = val
			continue
		}
		j := i
		// libstdc++ relies on v[0] to stop this loop; a comparator that is
		// not a strict weak order could walk past it, so it is guarded.
		for j > 0 && less(val, v[j-1]) {
			v[j] = v[j-1]
			j--
		}
		v[j] = val
	}
}

// mergeSortLoop merges runs of length step from src into dst.
func mergeSortLoop(src, dst []Value, step int, less func(a, b Value) bool) {
	n := len(src)
	i, out := 0, 0
	for n-i >= 2*step {
		out = moveMerge(src[i:i+step], src[i+step:i+2*step], dst, out, less)
		i += 2 * step
	}
	s := step
	if n-i < s {
		s = n - i
	}
	moveMerge(src[i:i+s], src[i+s:n], dst, out, less)
}

func moveMerge(a, b, dst []Value, out int, less func(a, b Value) bool) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if less(b[j], a[i]) {
			dst[out] = b[j]
			j++
		} else {
			dst[out] = a[i]
			i++
		}
		out++
	}
	out += copy(dst[out:], a[i:])
	out += copy(dst[out:], b[j:])
	return out
}

// mergeAdaptive merges the sorted halves v[:mid] and v[mid:] through buf.
func mergeAdaptive(v []Value, mid int, buf []Value, less func(a, b Value) bool) {
	len1, len2 := mid, len(v)-mid
	if len1 <= len2 {
		b := append(buf[:0], v[:mid]...)
		i, j, out := 0, mid, 0
		for i < len(b) && j < len(v) {
			if less(v[j], b[i]) {
				v[out] = v[j]
				j++
			} else {
				v[out] = b[i]
				i++
			}
			out++
		}
		copy(v[out:], b[i:])
		return
	}
	// Merge from the back with the second half in the buffer.
	b := append(buf[:0], v[mid:]...)
	if len(b) == 0 {
		return
	}
	last1, last2, out := mid-1, len(b)-1, len(v)
	for {
		if less(b[last2], v[last1]) {
			out--
			v[out] = v[last1]
			if last1 == 0 {
				copy(v[out-last2-1:out], b[:last2+1])
				return
			}
			last1--
		} else {
			out--
			v[out] = b[last2]
			if last2 == 0 {
				return
			}
			last2--
		}
	}
}
