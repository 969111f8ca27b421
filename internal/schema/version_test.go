package schema

import (
	"sort"
	"strings"
	"testing"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		in       string
		minor    string
		str, tag string
		wantErr  string
	}{
		{in: "1.31", minor: "1.31", str: "1.31", tag: "v1.31.0"},
		{in: "1.31.2", minor: "1.31", str: "1.31.2", tag: "v1.31.2"},
		{in: "v1.23", minor: "1.23", str: "1.23", tag: "v1.23.0"},
		{in: " 1.30 ", minor: "1.30", str: "1.30", tag: "v1.30.0"},
		{in: "1", wantErr: "MAJOR.MINOR"},
		{in: "1.31.2.4", wantErr: "MAJOR.MINOR"},
		{in: "2.0", wantErr: "only Kubernetes 1.x"},
		{in: "1.x", wantErr: "not a number"},
		{in: "1.031", wantErr: "not a number"},
		{in: "1.-1", wantErr: "not a number"},
		{in: "1.+3", wantErr: "not a number"},
		{in: "", wantErr: "MAJOR.MINOR"},
	}
	for _, tt := range tests {
		v, err := ParseVersion(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseVersion(%q) error = %v, want it to mention %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseVersion(%q): %v", tt.in, err)
			continue
		}
		if v.MinorString() != tt.minor || v.String() != tt.str || v.Tag() != tt.tag {
			t.Errorf("ParseVersion(%q) = %s/%s/%s, want %s/%s/%s", tt.in, v.MinorString(), v, v.Tag(), tt.minor, tt.str, tt.tag)
		}
	}
}

func TestSortVersions(t *testing.T) {
	vs := []string{"1.10", "1.9", "1.30", "1.23", "junk"}
	sortVersions(vs)
	if got := strings.Join(vs, " "); got != "1.9 1.10 1.23 1.30 junk" {
		t.Errorf("sortVersions = %s", got)
	}
}

func TestCompareAPIVersions(t *testing.T) {
	// Kubernetes priority order, highest first.
	want := []string{"v2", "v1", "v2beta2", "v2beta1", "v1beta2", "v1beta1", "v1alpha1", "foo", "zeta"}
	got := []string{"v1alpha1", "zeta", "v1beta1", "v2beta1", "v1", "foo", "v2beta2", "v2", "v1beta2"}
	sort.Slice(got, func(i, j int) bool { return CompareAPIVersions(got[i], got[j]) < 0 })
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("priority order = %v, want %v", got, want)
	}
	for _, tt := range []struct {
		v  string
		st Stability
	}{{"v1", GA}, {"v2beta2", Beta}, {"v1alpha3", Alpha}, {"vfoo", Alpha}} {
		if got := StabilityOf(tt.v); got != tt.st {
			t.Errorf("StabilityOf(%s) = %s, want %s", tt.v, got, tt.st)
		}
	}
}

func FuzzParseVersion(f *testing.F) {
	for _, s := range []string{"1.31", "1.31.2", "v1.23", "", "1..2", "1.2.3.4", "01.2", "1.99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseVersion(s)
		if err != nil {
			if err.Error() == "" || !strings.Contains(err.Error(), "version") {
				t.Fatalf("error %q does not explain itself", err)
			}
			return
		}
		// A parsed version round-trips through its own spelling.
		again, err := ParseVersion(v.String())
		if err != nil || again != v {
			t.Fatalf("ParseVersion(%q) = %+v; re-parsing %q gave %+v, %v", s, v, v.String(), again, err)
		}
		if v.Major != 1 || v.Minor < 0 || v.Patch < 0 {
			t.Fatalf("ParseVersion(%q) accepted %+v", s, v)
		}
	})
}

func FuzzCompareAPIVersions(f *testing.F) {
	f.Add("v1", "v2beta1")
	f.Add("v1alpha1", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := CompareAPIVersions(a, b), CompareAPIVersions(b, a)
		if (ab < 0) != (ba > 0) || (ab == 0) != (ba == 0) {
			t.Fatalf("CompareAPIVersions not antisymmetric for %q, %q: %d, %d", a, b, ab, ba)
		}
	})
}
