package syntax

import (
	"bytes"
	"sort"
	"sync"
	"unicode/utf8"
)

// LineIndex maps byte offsets to lines and columns and back. It is the one
// position mapper of the project: Nix-style 1-based line/byte columns for
// error messages and 0-based line/UTF-16 columns for the language server.
//
// The line table is built on first use (most parses report no error and
// never need it); a LineIndex is safe for concurrent use.
type LineIndex struct {
	src    []byte
	once   sync.Once
	starts []int // offset of the first byte of each line; see lines
}

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex {
	return &LineIndex{src: src}
}

// lines returns the offset of the first byte of each line.
func (x *LineIndex) lines() []int {
	x.once.Do(x.build)
	return x.starts
}

func (x *LineIndex) build() {
	src := x.src
	lines := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		lines = append(lines, off)
	}
	x.starts = lines
}

// clamp keeps off inside [0, len(src)].
func (x *LineIndex) clamp(off int) int {
	if off < 0 {
		return 0
	}
	if off > len(x.src) {
		return len(x.src)
	}
	return off
}

// line returns the 0-based line containing off.
func (x *LineIndex) line(off int) int {
	lines := x.lines()
	return sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
}

// Position returns the 1-based line and 1-based byte column of off, as Nix
// prints positions ("file:3:5").
func (x *LineIndex) Position(off int) (line, col int) {
	off = x.clamp(off)
	l := x.line(off)
	return l + 1, off - x.lines()[l] + 1
}

// UTF16 returns the 0-based line and 0-based UTF-16 column of off, as the
// Language Server Protocol counts them.
func (x *LineIndex) UTF16(off int) (line, col int) {
	off = x.clamp(off)
	l := x.line(off)
	n := 0
	for b := x.src[x.lines()[l]:off]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return l, n
}

// OffsetUTF16 converts a 0-based line and UTF-16 column back to a byte
// offset. Positions past the end of a line or file are clamped.
func (x *LineIndex) OffsetUTF16(line, col int) int {
	if line < 0 {
		return 0
	}
	lines := x.lines()
	if line >= len(lines) {
		return len(x.src)
	}
	off := lines[line]
	end := len(x.src)
	if line+1 < len(lines) {
		end = lines[line+1] - 1 // the newline itself
	}
	n := 0
	for off < end && n < col {
		r, size := utf8.DecodeRune(x.src[off:end])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		off += size
	}
	return off
}

// LineCount returns the number of lines (a file without newline has one).
func (x *LineIndex) LineCount() int { return len(x.lines()) }
