package eval

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"hash"
	"strings"
)

// String builtins.

func primStringLength(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.CoerceToString(pos, args[0], false)
	if err != nil {
		return nil, err
	}
	return Int(len(s)), nil
}

// substring implements Nix 2.8's builtins.substring on already coerced
// arguments. Nix converts start and len to a C int (so they wrap at 32
// bits), rejects a negative start and treats a negative len as "to the end".
func substring(start, length int64, s string) (string, bool) {
	st, ln := int32(start), int32(length)
	if st < 0 {
		return "", false
	}
	if int(st) >= len(s) {
		return "", true
	}
	rest := s[st:]
	if ln < 0 || int(ln) >= len(rest) {
		return rest, true
	}
	return rest[:ln], true
}

func primSubstring(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	start, err := ev.ForceInt(pos, args[0])
	if err != nil {
		return nil, err
	}
	length, err := ev.ForceInt(pos, args[1])
	if err != nil {
		return nil, err
	}
	s, err := ev.CoerceToString(pos, args[2], false)
	if err != nil {
		return nil, err
	}
	r, ok := substring(start, length, s)
	if !ok {
		return nil, ev.Errorf(pos, "negative start position in 'substring'")
	}
	return String(r), nil
}

func primConcatStringsSep(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	sep, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i, e := range l.Elems {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ev.CoerceToString(pos, e, false)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	return String(b.String()), nil
}

// replaceStrings is Nix's algorithm: at each position the first matching
// pattern wins; an empty pattern matches everywhere (also at the end) and
// the character after it is kept.
func replaceStrings(from, to []string, s string) string {
	var b strings.Builder
	for p := 0; p <= len(s); {
		found := false
		for i, f := range from {
			if !strings.HasPrefix(s[p:], f) {
				continue
			}
			found = true
			b.WriteString(to[i])
			if f == "" {
				if p < len(s) {
					b.WriteByte(s[p])
				}
				p++
			} else {
				p += len(f)
			}
			break
		}
		if !found {
			if p < len(s) {
				b.WriteByte(s[p])
			}
			p++
		}
	}
	return b.String()
}

func forceStrings(ev *Evaluator, pos Pos, l *List) ([]string, error) {
	out := make([]string, len(l.Elems))
	for i, e := range l.Elems {
		s, err := ev.ForceString(pos, e)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func primReplaceStrings(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	fromL, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	toL, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	if len(fromL.Elems) != len(toL.Elems) {
		return nil, ev.Errorf(pos, "'from' and 'to' arguments to 'replaceStrings' have different lengths")
	}
	from, err := forceStrings(ev, pos, fromL)
	if err != nil {
		return nil, err
	}
	to, err := forceStrings(ev, pos, toL)
	if err != nil {
		return nil, err
	}
	s, err := ev.ForceString(pos, args[2])
	if err != nil {
		return nil, err
	}
	return String(replaceStrings(from, to, s)), nil
}

// regexArgs forces the pattern and subject of match/split and compiles
// the pattern.
func regexArgs(ev *Evaluator, pos Pos, args []Value) (*nixRegex, string, error) {
	pattern, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, "", err
	}
	s, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, "", err
	}
	r, err := ev.regexCache().get(pattern)
	if err != nil {
		if errors.Is(err, errBadRegex) {
			return nil, "", ev.Errorf(pos, "invalid regular expression '%s'", pattern)
		}
		return nil, "", err
	}
	return r, s, nil
}

// groupValues turns submatch offsets into the list of captured strings
// (null for groups that did not participate).
func groupValues(s string, loc []int) *List {
	n := len(loc)/2 - 1
	out := make([]Value, n)
	for g := 1; g <= n; g++ {
		if loc[2*g] < 0 {
			out[g-1] = Null{}
		} else {
			out[g-1] = String(s[loc[2*g]:loc[2*g+1]])
		}
	}
	return &List{Elems: out}
}

func primMatch(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	r, s, err := regexArgs(ev, pos, args)
	if err != nil {
		return nil, err
	}
	loc := r.Match(s)
	if loc == nil {
		return Null{}, nil
	}
	return groupValues(s, loc), nil
}

func primSplit(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	r, s, err := regexArgs(ev, pos, args)
	if err != nil {
		return nil, err
	}
	var out []Value
	prev := 0
	for _, m := range r.FindAll(s) {
		out = append(out, String(s[prev:m[0]]), groupValues(s, m))
		prev = m[1]
	}
	out = append(out, String(s[prev:]))
	return &List{Elems: out}, nil
}

func primSplitVersion(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	parts := splitVersion(s)
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = String(p)
	}
	return &List{Elems: out}, nil
}

func primCompareVersions(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	b, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, err
	}
	return Int(compareVersions(a, b)), nil
}

func primParseDrvName(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	name, version := parseDrvName(s)
	return NewAttrs([]Attr{
		{Name: "name", Value: String(name)},
		{Name: "version", Value: String(version)},
	}), nil
}

func primToString(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.CoercePathToString(pos, args[0], true)
	if err != nil {
		return nil, err
	}
	return String(s), nil
}

// newHash returns the hash function Nix names algo, or nil.
func newHash(algo string) hash.Hash {
	switch algo {
	case "md5":
		return md5.New()
	case "sha1":
		return sha1.New()
	case "sha256":
		return sha256.New()
	case "sha512":
		return sha512.New()
	}
	return nil
}

func primHashString(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	algo, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	h := newHash(algo)
	if h == nil {
		return nil, ev.Errorf(pos, "unknown hash algorithm '%s'", algo)
	}
	s, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, err
	}
	h.Write([]byte(s))
	return String(hex.EncodeToString(h.Sum(nil))), nil
}

var stringPrimOps = []*PrimOp{
	{Name: "stringLength", Arity: 1, Fn: primStringLength},
	{Name: "substring", Arity: 3, Fn: primSubstring},
	{Name: "concatStringsSep", Arity: 2, Fn: primConcatStringsSep},
	{Name: "replaceStrings", Arity: 3, Fn: primReplaceStrings},
	{Name: "match", Arity: 2, Fn: primMatch},
	{Name: "split", Arity: 2, Fn: primSplit},
	{Name: "splitVersion", Arity: 1, Fn: primSplitVersion},
	{Name: "compareVersions", Arity: 2, Fn: primCompareVersions},
	{Name: "parseDrvName", Arity: 1, Fn: primParseDrvName},
	{Name: "toString", Arity: 1, Fn: primToString},
	{Name: "hashString", Arity: 2, Fn: primHashString},
}
