package eval

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorKind classifies evaluation errors.
type ErrorKind uint8

const (
	ErrEval              ErrorKind = iota // type errors, missing attributes, …
	ErrThrow                              // builtins.throw
	ErrAssert                             // a failed assert
	ErrAbort                              // builtins.abort
	ErrInfiniteRecursion                  // a thunk forced while being forced
	ErrStackOverflow                      // MaxDepth exceeded
	ErrLimit                              // MaxSteps exceeded
	ErrSandbox                            // file access outside the allowed roots, network, …
	ErrCancelled                          // the context was cancelled
)

var kindNames = [...]string{
	ErrEval: "eval", ErrThrow: "throw", ErrAssert: "assert", ErrAbort: "abort",
	ErrInfiniteRecursion: "infinite-recursion", ErrStackOverflow: "stack-overflow",
	ErrLimit: "limit", ErrSandbox: "sandbox", ErrCancelled: "cancelled",
}

func (k ErrorKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Frame is one entry of an error's trace: where the evaluator was and what
// it was doing when the error passed through.
type Frame struct {
	Pos Pos
	Msg string
}

// Error is an evaluation error with its position and a trace of the
// positions the error propagated through (innermost first).
type Error struct {
	Kind  ErrorKind
	Msg   string
	Pos   Pos
	Trace []Frame
}

// maxTrace bounds the frames kept on one error, so that errors out of deep
// recursion stay readable and cheap.
const maxTrace = 32

// maxTraceShown bounds the trace frames Error prints.
const maxTraceShown = 4

// Error prints the error as Nix does: "error: MSG", then the position with
// the source line, then the trace.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("error: ")
	b.WriteString(e.Msg)
	if e.Pos.Known() {
		b.WriteString("\n\n")
		writePosSnippet(&b, e.Pos, "       ")
	}
	// The trace: consecutive identical frames (recursion) are collapsed,
	// and only the innermost few are shown.
	shown := 0
	for i := 0; i < len(e.Trace); i++ {
		f := e.Trace[i]
		same := 0
		for i+1 < len(e.Trace) && e.Trace[i+1] == f {
			i++
			same++
		}
		if shown == maxTraceShown {
			fmt.Fprintf(&b, "\n\n       … (%d more frames)", len(e.Trace)-i)
			break
		}
		shown++
		b.WriteString("\n\n       … ")
		b.WriteString(f.Msg)
		if f.Pos.Known() {
			b.WriteString("\n\n")
			writePosSnippet(&b, f.Pos, "         ")
		}
		if same > 0 {
			fmt.Fprintf(&b, "\n\n       … (repeated %d more times)", same)
		}
	}
	return b.String()
}

// Position returns "FILE:LINE:COL" for the error's position, or "" when it
// is unknown.
func (e *Error) Position() string { return e.Pos.String() }

// addFrame appends a trace frame to err if it is an *Error.
func addFrame(err error, pos Pos, format string, args ...any) error {
	var e *Error
	if errors.As(err, &e) && len(e.Trace) < maxTrace {
		e.Trace = append(e.Trace, Frame{Pos: pos, Msg: fmt.Sprintf(format, args...)})
	}
	return err
}

// String formats a position as FILE:LINE:COL, Nix style.
func (p Pos) String() string {
	if p.File == nil {
		return "«unknown»"
	}
	line, col := p.lineCol()
	return fmt.Sprintf("%s:%d:%d", p.File.Name, line, col)
}

// describe formats a position as Nix does inside messages ("(string):1:2"
// for expressions given on the command line).
func (p Pos) describe() string {
	if p.File == nil {
		return "undefined position"
	}
	line, col := p.lineCol()
	name := p.File.Name
	if name == ExprFileName {
		name = "(string)"
	}
	return fmt.Sprintf("%s:%d:%d", name, line, col)
}

// Line returns the 1-based line and column of the position's start (0, 0
// when unknown).
func (p Pos) Line() (line, col int) {
	if p.File == nil {
		return 0, 0
	}
	return p.lineCol()
}

func (p Pos) lineCol() (int, int) {
	if p.File.Lines == nil {
		return 1, int(p.Start) + 1
	}
	return p.File.Lines.Position(int(p.Start))
}

// ExprFileName is the name to give EvalSource for expressions from the
// command line: Nix's name for them, shown as "(string)" inside messages.
const ExprFileName = "«string»"

func writePosSnippet(b *strings.Builder, p Pos, indent string) {
	line, col := p.lineCol()
	fmt.Fprintf(b, "%sat %s:%d:%d:", indent, p.File.Name, line, col)
	src := p.File.Src
	start := int(p.Start)
	if start < 0 || start > len(src) {
		return
	}
	ls := start
	for ls > 0 && src[ls-1] != '\n' {
		ls--
	}
	le := start
	for le < len(src) && src[le] != '\n' {
		le++
	}
	text := string(src[ls:le])
	if len(text) > 200 {
		return
	}
	num := fmt.Sprint(line)
	pad := strings.Repeat(" ", len(num))
	caret := strings.Repeat(" ", col-1)
	fmt.Fprintf(b, "\n\n%s     %s| %s\n%s     %s| %s^", indent, num, text, indent, pad, caret)
}

// Errorf returns an *Error of kind ErrEval at pos.
func (ev *Evaluator) Errorf(pos Pos, format string, args ...any) error {
	return &Error{Kind: ErrEval, Msg: fmt.Sprintf(format, args...), Pos: pos}
}

func errKind(kind ErrorKind, pos Pos, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Pos: pos}
}

// IsKind reports whether err is an *Error of the given kind.
func IsKind(err error, kind ErrorKind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == kind
}
