package eval

import "strconv"

// Version strings as Nix compares them (splitVersion, compareVersions,
// parseDrvName).

// nextVersionComponent returns the component of s starting at i (after
// skipping '.' and '-' separators) and the index after it. A component is
// a run of digits or a run of other characters.
func nextVersionComponent(s string, i int) (string, int) {
	for i < len(s) && (s[i] == '.' || s[i] == '-') {
		i++
	}
	start := i
	if i < len(s) && isDigitByte(s[i]) {
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
	} else {
		for i < len(s) && !isDigitByte(s[i]) && s[i] != '.' && s[i] != '-' {
			i++
		}
	}
	return s[start:i], i
}

// splitVersion splits a version into its components.
func splitVersion(s string) []string {
	out := []string{}
	for i := 0; i < len(s); {
		c, next := nextVersionComponent(s, i)
		if c == "" {
			break
		}
		out = append(out, c)
		i = next
	}
	return out
}

// versionInt parses a component as a C int, as Nix does (digits only,
// within 32 bits).
func versionInt(c string) (int32, bool) {
	if c == "" {
		return 0, false
	}
	for i := 0; i < len(c); i++ {
		if !isDigitByte(c[i]) {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(c, 10, 32)
	if err != nil {
		return 0, false
	}
	return int32(n), true
}

// versionComponentLess orders two components: numbers numerically, the
// empty component before a number, "pre" before anything else, strings
// before numbers, and otherwise strings by bytes.
func versionComponentLess(c1, c2 string) bool {
	n1, ok1 := versionInt(c1)
	n2, ok2 := versionInt(c2)
	switch {
	case ok1 && ok2:
		return n1 < n2
	case c1 == "" && ok2:
		return true
	case c1 == "pre" && c2 != "pre":
		return true
	case c2 == "pre":
		return false
	case ok2:
		return true
	case ok1:
		return false
	}
	return c1 < c2
}

// compareVersions returns -1, 0 or 1.
func compareVersions(a, b string) int {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var c1, c2 string
		c1, i = nextVersionComponent(a, i)
		c2, j = nextVersionComponent(b, j)
		if versionComponentLess(c1, c2) {
			return -1
		}
		if versionComponentLess(c2, c1) {
			return 1
		}
	}
	return 0
}

// parseDrvName splits "name-version" at the first '-' not followed by a
// letter.
func parseDrvName(s string) (name, version string) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '-' && !isAlphaByte(s[i+1]) {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}
