package eval

import (
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// logLine writes one message line (trace, warning) to the evaluator's
// stderr. As Nix does, a message goes out as is to a terminal, and
// otherwise (a log file, a pipe, CI) without terminal escape sequences and
// with tabs expanded to spaces, so colour codes that a library puts in its
// warnings do not end up in logs as noise.
func (ev *Evaluator) logLine(msg string) {
	w := ev.Stderr()
	if !isTerminal(w) {
		msg = plainText(msg)
	}
	io.WriteString(w, msg+"\n")
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// plainText removes terminal control sequences (ESC [ … final byte) and
// other escape characters from s, and expands tabs to the next multiple of
// 8 columns. Columns count characters from the start of the message, line
// breaks included, as Nix counts them.
func plainText(s string) string {
	if !strings.ContainsAny(s, "\x1b\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			i = skipEscape(s, i)
		case c == '\t':
			n := 8 - col%8
			b.WriteString("        "[:n])
			col += n
			i++
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+size])
			col++
			i += size
		}
	}
	return b.String()
}

// skipEscape returns the index just after the escape that starts at s[i]
// (an ESC): a control sequence ESC [ parameters final-byte, or the ESC
// alone.
func skipEscape(s string, i int) int {
	i++ // ESC
	if i >= len(s) || s[i] != '[' {
		return i
	}
	i++
	for i < len(s) && (s[i] < 0x40 || s[i] > 0x7e) {
		i++
	}
	if i < len(s) {
		i++ // final byte
	}
	return i
}
