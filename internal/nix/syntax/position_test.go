package syntax

import (
	"testing"
	"unicode/utf8"
)

func TestLineIndex(t *testing.T) {
	// é is 2 bytes/1 UTF-16 unit, € 3/1, 😀 4/2 (a surrogate pair).
	src := "ab\né€😀x\n\n😀😀\nlast"
	x := NewLineIndex([]byte(src))
	if x.LineCount() != 5 {
		t.Errorf("LineCount = %d, want 5", x.LineCount())
	}
	tests := []struct {
		off                    int
		line, col, uline, ucol int
	}{
		{0, 1, 1, 0, 0},
		{2, 1, 3, 0, 2},   // the newline itself
		{3, 2, 1, 1, 0},   // é
		{5, 2, 3, 1, 1},   // €
		{8, 2, 6, 1, 2},   // 😀
		{12, 2, 10, 1, 4}, // x
		{13, 2, 11, 1, 5},
		{14, 3, 1, 2, 0}, // empty line
		{15, 4, 1, 3, 0},
		{19, 4, 5, 3, 2}, // second 😀
		{23, 4, 9, 3, 4},
		{24, 5, 1, 4, 0},
		{28, 5, 5, 4, 4}, // end of file
		{-3, 1, 1, 0, 0}, // clamped
		{99, 5, 5, 4, 4}, // clamped
	}
	for _, tt := range tests {
		if l, c := x.Position(tt.off); l != tt.line || c != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
		if l, c := x.UTF16(tt.off); l != tt.uline || c != tt.ucol {
			t.Errorf("UTF16(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.uline, tt.ucol)
		}
	}
	// Round trip at every rune boundary.
	for off := 0; off <= len(src); {
		l, c := x.UTF16(off)
		if back := x.OffsetUTF16(l, c); back != off {
			t.Errorf("OffsetUTF16(UTF16(%d)) = %d", off, back)
		}
		if off == len(src) {
			break
		}
		_, size := utf8.DecodeRuneInString(src[off:])
		off += size
	}
	// Clamping: past the end of a line, past the last line, negative line,
	// and inside a surrogate pair (moves past the whole character).
	clamps := []struct{ line, col, want int }{
		{0, 10, 2},
		{1, 100, 13},
		{9, 0, len(src)},
		{-1, 5, 0},
		{3, 1, 19},
		{3, 3, 23},
	}
	for _, tt := range clamps {
		if got := x.OffsetUTF16(tt.line, tt.col); got != tt.want {
			t.Errorf("OffsetUTF16(%d, %d) = %d, want %d", tt.line, tt.col, got, tt.want)
		}
	}
	// Positions of parse errors use Nix's 1-based byte columns.
	f := Parse("t.nix", []byte("{\n  é = 1; é = 2;\n}"))
	if len(f.Errors) == 0 {
		t.Fatal("no error for a non-ASCII identifier")
	}
	if l, c := f.Lines.Position(f.Errors[0].Pos); l != 2 || c != 3 {
		t.Errorf("error at %d:%d, want 2:3", l, c)
	}
}
