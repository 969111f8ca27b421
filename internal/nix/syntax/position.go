package syntax

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// LineIndex maps byte offsets to lines and columns and back. It is the one
// position mapper of the project: Nix-style 1-based line/byte columns for
// error messages and 0-based line/UTF-16 columns for the language server.
type LineIndex struct {
	src   []byte
	lines []int // offset of the first byte of each line
}

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex {
	lines := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &LineIndex{src: src, lines: lines}
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
	return sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
}

// Position returns the 1-based line and 1-based byte column of off, as Nix
// prints positions ("file:3:5").
func (x *LineIndex) Position(off int) (line, col int) {
	off = x.clamp(off)
	l := x.line(off)
	return l + 1, off - x.lines[l] + 1
}

// UTF16 returns the 0-based line and 0-based UTF-16 column of off, as the
// Language Server Protocol counts them.
func (x *LineIndex) UTF16(off int) (line, col int) {
	off = x.clamp(off)
	l := x.line(off)
	n := 0
	for b := x.src[x.lines[l]:off]; len(b) > 0; {
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
	if line >= len(x.lines) {
		return len(x.src)
	}
	off := x.lines[line]
	end := len(x.src)
	if line+1 < len(x.lines) {
		end = x.lines[line+1] - 1 // the newline itself
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
func (x *LineIndex) LineCount() int { return len(x.lines) }
