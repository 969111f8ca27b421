package schema

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

// Facts are the version facts of one target Kubernetes version, derived by
// comparing the kinds of every known version up to the target: which API
// version of a kind is preferred, which are deprecated, and which were
// removed and since when. Nothing here comes from a hand-kept table.
type Facts struct {
	// Target is the target minor version ("1.26").
	Target string
	// Compared lists the known versions compared, oldest first, ending
	// with Target.
	Compared []string

	target     []*Kind
	served     map[GVK]*Kind
	history    map[GVK][]string // versions serving each GVK, oldest first
	removed    []Removal
	deprecated map[GVK]Deprecation
}

// Removal records a group/version/kind served by an earlier known version
// and not by the target.
type Removal struct {
	GVK GVK `json:"-"`
	// LastServed is the last known version serving it, RemovedIn the first
	// known version after that.
	LastServed string `json:"lastServed"`
	RemovedIn  string `json:"removedIn"`
	// Replacement is the preferred apiVersion of the same kind in the
	// target ("" when the kind is gone altogether).
	Replacement string `json:"replacement,omitempty"`
}

// Deprecation records why a served group/version/kind is deprecated.
type Deprecation struct {
	GVK    GVK    `json:"-"`
	Reason string `json:"reason"`
	// Replacement is the apiVersion to move to ("" when unknown).
	Replacement string `json:"replacement,omitempty"`
}

// NewFacts derives the facts of target from the kinds each known version
// serves (history maps a minor version to its kinds; it must contain
// target). Versions newer than target are ignored.
func NewFacts(target string, history map[string][]*Kind) (*Facts, error) {
	if _, ok := history[target]; !ok {
		return nil, fmt.Errorf("deriving version facts: no kinds for the target version %s", target)
	}
	var versions []string
	for v := range history {
		if compareMinor(v, target) <= 0 {
			versions = append(versions, v)
		}
	}
	sortVersions(versions)
	f := &Facts{
		Target:     target,
		Compared:   versions,
		target:     history[target],
		served:     make(map[GVK]*Kind),
		history:    make(map[GVK][]string),
		deprecated: make(map[GVK]Deprecation),
	}
	for _, k := range f.target {
		f.served[k.GVK()] = k
	}
	for _, v := range versions {
		for _, k := range history[v] {
			f.history[k.GVK()] = append(f.history[k.GVK()], v)
		}
	}
	// Removals: served before, not now.
	for g, vs := range f.history {
		if _, ok := f.served[g]; ok {
			continue
		}
		last := vs[len(vs)-1]
		rm := Removal{GVK: g, LastServed: last, RemovedIn: target}
		for i, v := range versions {
			if v == last && i+1 < len(versions) {
				rm.RemovedIn = versions[i+1]
				break
			}
		}
		if k, ok := f.PreferredIn(g.Group, g.Kind); ok {
			rm.Replacement = k.APIVersion()
		} else if k, ok := f.Preferred(g.Kind); ok {
			rm.Replacement = k.APIVersion()
		}
		f.removed = append(f.removed, rm)
	}
	sort.Slice(f.removed, func(i, j int) bool { return gvkLess(f.removed[i].GVK, f.removed[j].GVK) })
	// Deprecations: the spec says so, or a more stable or newer version of
	// the same group and kind is served (only pre-release versions are
	// deprecated this way: GA versions stay until the spec says otherwise).
	for _, k := range f.target {
		g := k.GVK()
		best, _ := f.PreferredIn(k.Group, k.Kind)
		switch {
		case k.Deprecated != "":
			d := Deprecation{GVK: g, Reason: k.Deprecated}
			if best != nil && best != k {
				d.Replacement = best.APIVersion()
			}
			f.deprecated[g] = d
		case StabilityOf(k.Version) != GA && best != nil && best != k:
			f.deprecated[g] = Deprecation{
				GVK:         g,
				Reason:      fmt.Sprintf("%s %s is served in Kubernetes %s", best.APIVersion(), k.Kind, target),
				Replacement: best.APIVersion(),
			}
		}
	}
	return f, nil
}

func gvkLess(a, b GVK) bool {
	return kindLess(&Kind{Group: a.Group, Version: a.Version, Kind: a.Kind}, &Kind{Group: b.Group, Version: b.Version, Kind: b.Kind})
}

// Served returns the target's kind for g.
func (f *Facts) Served(g GVK) (*Kind, bool) {
	k, ok := f.served[g]
	return k, ok
}

// VersionsOf returns every target kind called kind, preferred first
// (stability, then the core group, then newest version, then group name).
func (f *Facts) VersionsOf(kind string) []*Kind {
	var out []*Kind
	for _, k := range f.target {
		if k.Kind == kind {
			out = append(out, k)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return preferLess(out[i], out[j]) })
	return out
}

func preferLess(a, b *Kind) bool {
	sa, sb := StabilityOf(a.Version), StabilityOf(b.Version)
	if sa != sb {
		return sa > sb
	}
	if (a.Group == "") != (b.Group == "") {
		return a.Group == ""
	}
	if a.Group != b.Group {
		return a.Group < b.Group
	}
	return CompareAPIVersions(a.Version, b.Version) < 0
}

// Preferred returns the apiVersion to use for kind in the target: GA over
// beta over alpha, newest first. ok is false when no version serves it.
func (f *Facts) Preferred(kind string) (*Kind, bool) {
	vs := f.VersionsOf(kind)
	if len(vs) == 0 {
		return nil, false
	}
	return vs[0], true
}

// PreferredIn is Preferred restricted to one API group.
func (f *Facts) PreferredIn(group, kind string) (*Kind, bool) {
	for _, k := range f.VersionsOf(kind) {
		if k.Group == group {
			return k, true
		}
	}
	return nil, false
}

// IsPreferred reports whether k is the preferred version of its kind in
// its group.
func (f *Facts) IsPreferred(k *Kind) bool {
	best, ok := f.PreferredIn(k.Group, k.Kind)
	return ok && best.GVK() == k.GVK()
}

// ServedIn lists the compared versions that serve g, oldest first.
func (f *Facts) ServedIn(g GVK) []string {
	return append([]string(nil), f.history[g]...)
}

// Removed reports whether g was served by an earlier known version and is
// not by the target.
func (f *Facts) Removed(g GVK) (Removal, bool) {
	for _, r := range f.removed {
		if r.GVK == g {
			return r, true
		}
	}
	return Removal{}, false
}

// Removals lists every removal, sorted by group, version, kind.
func (f *Facts) Removals() []Removal { return append([]Removal(nil), f.removed...) }

// Deprecated reports whether the target serves g as deprecated.
func (f *Facts) Deprecated(g GVK) (Deprecation, bool) {
	d, ok := f.deprecated[g]
	return d, ok
}

// Deprecations lists every deprecated kind of the target, sorted.
func (f *Facts) Deprecations() []Deprecation {
	out := make([]Deprecation, 0, len(f.deprecated))
	for _, d := range f.deprecated {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return gvkLess(out[i].GVK, out[j].GVK) })
	return out
}

// KnownVersions lists every version some source can serve, oldest first:
// the spec directory's v1.N/ folders, the user cache and the offline
// default.
func (r *Resolver) KnownVersions() []string {
	seen := map[string]bool{}
	add := func(dir string) {
		m, _ := filepath.Glob(filepath.Join(dir, "v1.*"))
		for _, p := range m {
			if st, err := os.Stat(p); err != nil || !st.IsDir() {
				continue
			}
			if v, err := ParseVersion(filepath.Base(p)); err == nil && !v.HasPatch {
				seen[v.MinorString()] = true
			}
		}
	}
	if r.SpecDir != "" {
		add(r.SpecDir)
	}
	if r.CacheDir != "" {
		add(filepath.Join(r.CacheDir, "specs"))
	}
	if !r.NoBuiltin {
		for _, v := range builtin.Versions() {
			seen[v] = true
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	sortVersions(out)
	return out
}

// kindsOf returns the kinds of a known version, by the cheapest route: the
// kinds section of a cached or built-in index, else a full load.
func (r *Resolver) kindsOf(ctx context.Context, version string) ([]*Kind, error) {
	v, err := ParseVersion(version)
	if err != nil {
		return nil, err
	}
	if _, ok := r.specDirFor(v); !ok {
		if r.CacheDir != "" {
			if data, err := os.ReadFile(filepath.Join(r.cacheVersionDir(v), cacheIndexFile)); err == nil {
				if _, kinds, err := DecodeKinds(data); err == nil {
					return kinds, nil
				}
			}
		}
		if !r.NoBuiltin {
			if data, ok := builtin.Index(v.MinorString()); ok {
				_, kinds, err := DecodeKinds(data)
				return kinds, err
			}
		}
	}
	l, err := r.Load(ctx, version)
	if err != nil {
		return nil, err
	}
	return l.Kinds, nil
}

// Facts derives the version facts of target, comparing it with every
// known version up to it.
func (r *Resolver) Facts(ctx context.Context, target *Loaded) (*Facts, error) {
	tv := target.Version
	history := map[string][]*Kind{tv: target.Kinds}
	for _, v := range r.KnownVersions() {
		if v == tv || compareMinor(v, tv) > 0 {
			continue
		}
		kinds, err := r.kindsOf(ctx, v)
		if err != nil {
			return nil, fmt.Errorf("deriving version facts of Kubernetes %s: %w", tv, err)
		}
		history[v] = kinds
	}
	return NewFacts(tv, history)
}

// DeprecatedField is a field whose description deprecates it.
type DeprecatedField struct {
	// Type is the schema name of the object type holding the field.
	Type  string `json:"type"`
	Field string `json:"field"`
	Note  string `json:"note"`
}

// DeprecatedFields lists the deprecated fields of every named type in ix,
// sorted by type and field.
func DeprecatedFields(ix *Index) []DeprecatedField {
	var out []DeprecatedField
	for name, t := range ix.Types {
		for _, f := range t.Properties {
			if f.Type.Deprecated != "" {
				out = append(out, DeprecatedField{Type: name, Field: f.Name, Note: f.Type.Deprecated})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Field < out[j].Field
	})
	return out
}
