package syntax

import (
	"fmt"
)

// checkInvariants verifies what every parse must satisfy whatever the
// input: a non-nil tree whose node spans lie inside the source and inside
// their parent's span, children in source order, errors and comments sorted
// and inside the source.
func checkInvariants(f *File) error {
	n := len(f.Src)
	if f.Expr == nil {
		return fmt.Errorf("File.Expr is nil")
	}
	var check func(node Node, ps, pe int) error
	check = func(node Node, ps, pe int) error {
		s, e := node.Span()
		if s < 0 || e > n || s > e {
			return fmt.Errorf("%s: span [%d,%d) outside source of %d bytes", describeNode(node), s, e, n)
		}
		if s < ps || e > pe {
			return fmt.Errorf("%s: span [%d,%d) outside parent span [%d,%d)", describeNode(node), s, e, ps, pe)
		}
		prev := s
		var err error
		walkChildren(node, func(c Node) bool {
			if err != nil {
				return false
			}
			cs, _ := c.Span()
			if cs < prev {
				if _, legacy := node.(*Select); !legacy {
					err = fmt.Errorf("%s [%d,%d): child %s starts at %d before the previous child's start %d", describeNode(node), s, e, describeNode(c), cs, prev)
					return false
				}
			}
			prev = cs
			err = check(c, s, e)
			return false
		})
		return err
	}
	if err := check(f.Expr, 0, n); err != nil {
		return err
	}
	for i, e := range f.Errors {
		if e.Pos < 0 || e.End > n || e.Pos > e.End {
			return fmt.Errorf("error %q: range [%d,%d) outside source of %d bytes", e.Msg, e.Pos, e.End, n)
		}
		if i > 0 && f.Errors[i-1].Pos > e.Pos {
			return fmt.Errorf("errors not sorted: %q at %d after %q at %d", e.Msg, e.Pos, f.Errors[i-1].Msg, f.Errors[i-1].Pos)
		}
		if e.Msg == "" {
			return fmt.Errorf("error at %d has no message", e.Pos)
		}
	}
	for i, c := range f.Comments {
		if c.Pos < 0 || c.End > n || c.Pos >= c.End {
			return fmt.Errorf("comment [%d,%d) outside source of %d bytes", c.Pos, c.End, n)
		}
		if i > 0 && f.Comments[i-1].End > c.Pos {
			return fmt.Errorf("comments overlap or are unsorted at %d", c.Pos)
		}
	}
	return nil
}
