package schema

import (
	"regexp"
	"testing"
)

// The API server's regular expressions, the reference for the matchers.
var (
	refDNS1123Label     = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	refDNS1123Subdomain = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
	refDNS1035Label     = regexp.MustCompile(`^[a-z]([-a-z0-9]*[a-z0-9])?$`)
	refQualifiedName    = regexp.MustCompile(`^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`)
	refLabelValue       = regexp.MustCompile(`^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$`)
)

func checkMatchers(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name string
		got  bool
		ref  *regexp.Regexp
	}{
		{"RFC 1123 label", matchDNS1123Label(s), refDNS1123Label},
		{"RFC 1123 subdomain", matchDNS1123Subdomain(s), refDNS1123Subdomain},
		{"RFC 1035 label", matchDNS1035Label(s), refDNS1035Label},
		{"qualified name", matchQualifiedNamePart(s), refQualifiedName},
		{"label value", s == "" || matchQualifiedNamePart(s), refLabelValue},
	} {
		if want := c.ref.MatchString(s); c.got != want {
			t.Errorf("%s %q: matcher says %t, regular expression %t", c.name, s, c.got, want)
		}
	}
}

func TestNameMatchersAgreeWithRegexps(t *testing.T) {
	for _, s := range []string{"", "a", "A", "-", "a-", "-a", "a-b", "a.b", "a..b", ".a", "a.", "1a", "a_b", "A.b-C_d", "ab--cd",
		"a.b-c.d", "é", "a b", "a/b", "0", "9-9", "z.9"} {
		checkMatchers(t, s)
	}
}

func FuzzNameMatchers(f *testing.F) {
	for _, s := range []string{"app.kubernetes.io", "My_Name", "a-b.c", "-x", "x."} {
		f.Add(s)
	}
	f.Fuzz(checkMatchers)
}
