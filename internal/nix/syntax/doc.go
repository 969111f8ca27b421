package syntax

import (
	"sort"
	"strings"
)

// DocComment returns the documentation comment of n, usually an *Attr, an
// *Inherit (in a set or a let) or a *Formal: the comments immediately
// before it (each on its own line, with no blank line between them or
// before n), or else a comment trailing on the line where n ends (after an
// optional ',' or ';'). Several preceding comments are returned as one
// Comment spanning them, whose Text is their source text. It returns nil
// when n has no doc comment.
func (f *File) DocComment(n Node) *Comment {
	if f == nil || n == nil || isNilNode(n) || len(f.Comments) == 0 {
		return nil
	}
	start, end := n.Span()
	src := f.Src
	// Comments ending at or before start, walking backwards.
	i := sort.Search(len(f.Comments), func(i int) bool { return f.Comments[i].End > start }) - 1
	first, last := -1, -1
	next := start
	for ; i >= 0; i-- {
		c := f.Comments[i]
		if !onlySpace(src[c.End:next], 1) || !startsLine(src, c.Pos) {
			break
		}
		if last < 0 {
			last = i
		}
		first = i
		next = c.Pos
	}
	if first >= 0 {
		if first == last {
			return f.Comments[first]
		}
		a, b := f.Comments[first], f.Comments[last]
		block := true
		for _, c := range f.Comments[first : last+1] {
			block = block && c.Block
		}
		return &Comment{Range: Span{a.Pos, b.End}, Text: string(src[a.Pos:b.End]), Block: block}
	}
	// A trailing comment on the same line.
	j := end
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && (src[j] == ',' || src[j] == ';') {
		j++
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
	}
	k := sort.Search(len(f.Comments), func(i int) bool { return f.Comments[i].Pos >= j })
	if k < len(f.Comments) && f.Comments[k].Pos == j {
		return f.Comments[k]
	}
	return nil
}

// onlySpace reports whether b is white space with at most maxNL newlines.
func onlySpace(b []byte, maxNL int) bool {
	nl := 0
	for _, c := range b {
		switch c {
		case '\n':
			nl++
			if nl > maxNL {
				return false
			}
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// startsLine reports whether only blanks precede off on its line.
func startsLine(src []byte, off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// DocText returns the text of a doc comment without comment markers: `#`
// (and one following space) is removed from line comments; `/*`, `/**`,
// `*/` and a leading `*` column are removed from block comments; the
// common indentation is removed and surrounding blank lines are dropped.
func DocText(c *Comment) string {
	if c == nil {
		return ""
	}
	var lines []string
	for _, l := range strings.Split(c.Text, "\n") {
		lines = append(lines, strings.TrimRight(l, " \t\r"))
	}
	if !c.Block {
		for i, l := range lines {
			l = strings.TrimLeft(l, " \t")
			l = strings.TrimPrefix(l, "#")
			lines[i] = strings.TrimPrefix(l, " ")
		}
		return strings.Join(trimBlank(lines), "\n")
	}
	text := strings.Join(lines, "\n")
	text = strings.TrimSpace(text)
	text = strings.TrimPrefix(text, "/*")
	text = strings.TrimPrefix(text, "*")
	text = strings.TrimSuffix(text, "*/")
	lines = strings.Split(text, "\n")
	// A leading " * " column.
	star := len(lines) > 1
	for _, l := range lines[1:] {
		if t := strings.TrimLeft(l, " \t"); t != "" && !strings.HasPrefix(t, "*") {
			star = false
		}
	}
	if star {
		for i := 1; i < len(lines); i++ {
			t := strings.TrimLeft(lines[i], " \t")
			t = strings.TrimPrefix(t, "*")
			lines[i] = strings.TrimPrefix(t, " ")
		}
	}
	lines[0] = strings.TrimSpace(lines[0])
	// Common indentation of the other lines.
	indent := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	for i := 1; i < len(lines); i++ {
		if len(lines[i]) >= indent && indent > 0 {
			lines[i] = lines[i][indent:]
		}
		lines[i] = strings.TrimRight(lines[i], " \t")
	}
	return strings.Join(trimBlank(lines), "\n")
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
