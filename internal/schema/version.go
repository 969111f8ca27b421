package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// KubeVersion is a Kubernetes release as users write it in k8s.version:
// "1.31" (a minor version) or "1.31.2" (a patch release). A leading "v" is
// accepted.
type KubeVersion struct {
	Major, Minor, Patch int
	// HasPatch is true when the patch number was given.
	HasPatch bool
}

// ParseVersion parses "1.31", "1.31.2", "v1.31" or "v1.31.2".
func ParseVersion(s string) (KubeVersion, error) {
	in := s
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return KubeVersion{}, fmt.Errorf("invalid Kubernetes version %q: write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. \"1.31\" or \"1.31.2\"", in)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 1_000_000 || p == "" || (len(p) > 1 && p[0] == '0') || p[0] == '+' || p[0] == '-' {
			return KubeVersion{}, fmt.Errorf("invalid Kubernetes version %q: %q is not a number; write e.g. \"1.31\" or \"1.31.2\"", in, p)
		}
		nums[i] = n
	}
	if nums[0] != 1 {
		return KubeVersion{}, fmt.Errorf("invalid Kubernetes version %q: only Kubernetes 1.x exists; write e.g. \"1.31\"", in)
	}
	v := KubeVersion{Major: nums[0], Minor: nums[1]}
	if len(nums) == 3 {
		v.Patch, v.HasPatch = nums[2], true
	}
	return v, nil
}

// MinorString returns "1.31": the key schemas are stored under.
func (v KubeVersion) MinorString() string { return fmt.Sprintf("%d.%d", v.Major, v.Minor) }

// String returns the version as written: "1.31" or "1.31.2".
func (v KubeVersion) String() string {
	if v.HasPatch {
		return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	}
	return v.MinorString()
}

// Tag returns the kubernetes/kubernetes release tag: "v1.31.2", or
// "v1.31.0" when no patch was given.
func (v KubeVersion) Tag() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

// compareMinor orders "1.9" before "1.10". Unparsable strings sort last,
// by text.
func compareMinor(a, b string) int {
	va, ea := ParseVersion(a)
	vb, eb := ParseVersion(b)
	switch {
	case ea != nil && eb != nil:
		return strings.Compare(a, b)
	case ea != nil:
		return 1
	case eb != nil:
		return -1
	}
	if va.Major != vb.Major {
		return va.Major - vb.Major
	}
	if va.Minor != vb.Minor {
		return va.Minor - vb.Minor
	}
	return va.Patch - vb.Patch
}

// sortVersions sorts minor version strings oldest first.
func sortVersions(vs []string) {
	sort.Slice(vs, func(i, j int) bool { return compareMinor(vs[i], vs[j]) < 0 })
}

// Stability is an API version's maturity level.
type Stability int

// Stability levels, least stable first.
const (
	Alpha Stability = iota
	Beta
	GA
)

func (s Stability) String() string {
	switch s {
	case Alpha:
		return "alpha"
	case Beta:
		return "beta"
	}
	return "GA"
}

// apiVersionRank splits an API version ("v2beta1") into its stability,
// major and pre-release numbers. ok is false for versions not following the
// Kubernetes convention.
func apiVersionRank(v string) (st Stability, major, minor int, ok bool) {
	if !strings.HasPrefix(v, "v") {
		return 0, 0, 0, false
	}
	rest := v[1:]
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, 0, 0, false
	}
	major, _ = strconv.Atoi(rest[:i])
	rest = rest[i:]
	switch {
	case rest == "":
		return GA, major, 0, true
	case strings.HasPrefix(rest, "beta"):
		st, rest = Beta, rest[len("beta"):]
	case strings.HasPrefix(rest, "alpha"):
		st, rest = Alpha, rest[len("alpha"):]
	default:
		return 0, 0, 0, false
	}
	if rest == "" {
		return st, major, 0, true
	}
	n, err := strconv.Atoi(rest)
	if err != nil {
		return 0, 0, 0, false
	}
	return st, major, n, true
}

// CompareAPIVersions orders API versions by Kubernetes priority: GA before
// beta before alpha, then newest first (v2 before v1, v1beta2 before
// v1beta1), then non-conforming versions by text. It returns a negative
// number when a has priority over b.
func CompareAPIVersions(a, b string) int {
	sa, ma, na, oka := apiVersionRank(a)
	sb, mb, nb, okb := apiVersionRank(b)
	switch {
	case !oka && !okb:
		return strings.Compare(a, b)
	case !oka:
		return 1
	case !okb:
		return -1
	case sa != sb:
		return int(sb) - int(sa)
	case ma != mb:
		return mb - ma
	}
	return nb - na
}

// StabilityOf returns the stability of an API version ("v1beta1" is
// Beta); non-conforming versions count as Alpha.
func StabilityOf(apiVersion string) Stability {
	st, _, _, ok := apiVersionRank(apiVersion)
	if !ok {
		return Alpha
	}
	return st
}
