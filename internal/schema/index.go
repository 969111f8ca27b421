// Package schema holds the Kubernetes API schema of one or more Kubernetes
// versions in a compact, fast-loading form (the Index), resolves which schema
// source serves a requested version, derives version facts (preferred,
// deprecated and removed API versions) and validates objects against it.
//
// An Index is built once from the official OpenAPI documents (see Build) and
// stored in a compact compressed encoding (see Encode and Decode); tools load
// that encoding, never the OpenAPI documents, on their hot path.
package schema

import (
	"sort"
	"strings"
)

// JSON schema type names used in Type.Type.
const (
	TypeObject  = "object"
	TypeString  = "string"
	TypeInteger = "integer"
	TypeNumber  = "number"
	TypeBoolean = "boolean"
	TypeArray   = "array"
)

// Index is the schema of one Kubernetes version: its kinds and the named
// types (OpenAPI component schemas) they are built from.
//
// An Index is immutable once loaded, except through AddKind and AddType
// (used to overlay CRDs); callers that share an Index between goroutines
// must not call those concurrently with readers.
type Index struct {
	// Version is the Kubernetes minor version, e.g. "1.30".
	Version string
	// Kinds lists every group/version/kind, sorted by group, version, kind.
	Kinds []*Kind
	// Types maps a schema name (e.g. "io.k8s.api.apps.v1.Deployment") to its
	// definition.
	Types map[string]*Type

	byGVK map[GVK]*Kind
}

// GVK identifies a kind in one API group version. Group is "" for the core
// group.
type GVK struct {
	Group, Version, Kind string
}

// APIVersion returns the apiVersion string of g: "v1" for the core group,
// "apps/v1" otherwise.
func (g GVK) APIVersion() string {
	if g.Group == "" {
		return g.Version
	}
	return g.Group + "/" + g.Version
}

// String returns "apiVersion Kind", e.g. "apps/v1 Deployment".
func (g GVK) String() string { return g.APIVersion() + " " + g.Kind }

// ParseAPIVersion splits an apiVersion ("apps/v1", "v1") into group and
// version. ok is false when apiVersion is empty or has more than one slash.
func ParseAPIVersion(apiVersion string) (group, version string, ok bool) {
	if apiVersion == "" {
		return "", "", false
	}
	g, v, found := strings.Cut(apiVersion, "/")
	if !found {
		return "", apiVersion, true
	}
	if g == "" || v == "" || strings.Contains(v, "/") {
		return "", "", false
	}
	return g, v, true
}

// Kind is one group/version/kind served by the API.
type Kind struct {
	Group   string
	Version string
	Kind    string
	// Namespaced is true when objects of the kind live in a namespace, false
	// for cluster-scoped kinds (Namespace, ClusterRole, ...).
	Namespaced bool
	// Schema is the name of the kind's Type in Index.Types.
	Schema string
	// Deprecated is the spec's own deprecation note for the kind (taken
	// from its description), or "" when the spec does not deprecate it.
	// Deprecation derived from newer versions is in Facts.
	Deprecated string
}

// GVK returns the kind's identity.
func (k *Kind) GVK() GVK { return GVK{k.Group, k.Version, k.Kind} }

// APIVersion returns the kind's apiVersion string ("apps/v1", "v1").
func (k *Kind) APIVersion() string { return k.GVK().APIVersion() }

// Type is one schema node. Named types (the values of Index.Types) have a
// Name; the schemas of fields, array items and map values are unnamed nodes
// that either reference a named type (Ref) or describe the value inline.
//
// A node with Ref set carries only what the referring site adds: its
// Description, Default, Deprecated note and list/patch attributes; use
// Index.Resolve for the referenced definition.
type Type struct {
	// Name is the schema name of a named type, "" for inline nodes.
	Name string
	// Ref names the Type this node stands for, "" when inline.
	Ref string
	// Type is one of the Type* constants, or "" when unconstrained (or
	// defined through OneOf/AnyOf or Ref).
	Type string
	// Format is the OpenAPI format: "int32", "int64", "date-time", "byte",
	// "int-or-string", ...
	Format      string
	Description string
	// Enum lists the allowed values of a string (from the schema's enum or
	// the "Possible enum values" list of its description), sorted.
	Enum []string
	// Required lists the required property names of an object, sorted.
	Required []string
	// Properties lists an object's fields, sorted by name.
	Properties []*Field
	// Items is the element schema of an array.
	Items *Type
	// AdditionalProperties is the value schema of a map
	// (additionalProperties), nil when absent.
	AdditionalProperties *Type
	// OneOf and AnyOf hold alternatives where the spec uses them (Quantity
	// is oneOf string|number, IntOrString oneOf integer|string).
	OneOf []*Type
	AnyOf []*Type
	// Default is the JSON encoding of the default value, "" when none.
	Default string
	// Nullable reports that null is allowed.
	Nullable bool
	// IntOrString is x-kubernetes-int-or-string (or format int-or-string).
	IntOrString bool
	// PreserveUnknownFields is x-kubernetes-preserve-unknown-fields.
	PreserveUnknownFields bool
	// EmbeddedResource is x-kubernetes-embedded-resource.
	EmbeddedResource bool
	// ListType is x-kubernetes-list-type: "atomic", "set", "map" or "".
	ListType string
	// ListMapKeys is x-kubernetes-list-map-keys.
	ListMapKeys []string
	// MapType is x-kubernetes-map-type: "atomic", "granular" or "".
	MapType string
	// PatchStrategy and PatchMergeKey are x-kubernetes-patch-strategy and
	// x-kubernetes-patch-merge-key.
	PatchStrategy string
	PatchMergeKey string
	// Deprecated is the deprecation note found in the description
	// ("Deprecated: ..."), "" when not deprecated.
	Deprecated string
}

// Field is one property of an object type.
type Field struct {
	Name string
	// Required mirrors the parent type's Required list.
	Required bool
	Type     *Type
}

// Property returns the field called name, or nil. Properties must be sorted
// by name (they are in every index this package builds).
func (t *Type) Property(name string) *Field {
	if t == nil {
		return nil
	}
	i := sort.Search(len(t.Properties), func(i int) bool { return t.Properties[i].Name >= name })
	if i < len(t.Properties) && t.Properties[i].Name == name {
		return t.Properties[i]
	}
	return nil
}

// IsRequired reports whether name is in t.Required.
func (t *Type) IsRequired(name string) bool {
	if t == nil {
		return false
	}
	i := sort.SearchStrings(t.Required, name)
	return i < len(t.Required) && t.Required[i] == name
}

// Lookup finds the kind served as apiVersion ("apps/v1", "v1") and kind.
func (ix *Index) Lookup(apiVersion, kind string) (*Kind, bool) {
	g, v, ok := ParseAPIVersion(apiVersion)
	if !ok {
		return nil, false
	}
	return ix.LookupGVK(GVK{g, v, kind})
}

// LookupGVK finds a kind by its identity.
func (ix *Index) LookupGVK(g GVK) (*Kind, bool) {
	if ix == nil {
		return nil, false
	}
	if ix.byGVK != nil {
		k, ok := ix.byGVK[g]
		return k, ok
	}
	for _, k := range ix.Kinds {
		if k.GVK() == g {
			return k, true
		}
	}
	return nil, false
}

// KindsNamed returns every served version of the kind called name (in any
// group), in Kinds order.
func (ix *Index) KindsNamed(name string) []*Kind {
	var out []*Kind
	for _, k := range ix.Kinds {
		if k.Kind == name {
			out = append(out, k)
		}
	}
	return out
}

// Type returns the named type, or nil.
func (ix *Index) Type(name string) *Type {
	if ix == nil {
		return nil
	}
	return ix.Types[name]
}

// Schema returns the root type of k, or nil when the index lacks it.
func (ix *Index) Schema(k *Kind) *Type {
	if k == nil {
		return nil
	}
	return ix.Type(k.Schema)
}

// Resolve follows t's Ref chain to the named definition. It returns t when
// t is inline, and nil when t is nil or a reference is dangling.
func (ix *Index) Resolve(t *Type) *Type {
	for i := 0; t != nil && t.Ref != "" && i < 64; i++ {
		t = ix.Type(t.Ref)
	}
	if t != nil && t.Ref != "" {
		return nil // reference cycle
	}
	return t
}

// AddType adds or replaces a named type (t.Name must be set).
func (ix *Index) AddType(t *Type) {
	if ix.Types == nil {
		ix.Types = make(map[string]*Type)
	}
	ix.Types[t.Name] = t
}

// AddKind adds or replaces a kind, keeping Kinds sorted.
func (ix *Index) AddKind(k *Kind) {
	ix.reindex()
	g := k.GVK()
	if old, ok := ix.byGVK[g]; ok {
		*old = *k
		return
	}
	i := sort.Search(len(ix.Kinds), func(i int) bool { return !kindLess(ix.Kinds[i], k) })
	ix.Kinds = append(ix.Kinds, nil)
	copy(ix.Kinds[i+1:], ix.Kinds[i:])
	ix.Kinds[i] = k
	ix.byGVK[g] = k
}

// reindex sorts Kinds and rebuilds the GVK lookup table.
func (ix *Index) reindex() {
	if ix.byGVK != nil && len(ix.byGVK) == len(ix.Kinds) {
		return
	}
	sort.SliceStable(ix.Kinds, func(i, j int) bool { return kindLess(ix.Kinds[i], ix.Kinds[j]) })
	ix.byGVK = make(map[GVK]*Kind, len(ix.Kinds))
	for _, k := range ix.Kinds {
		ix.byGVK[k.GVK()] = k
	}
}

func kindLess(a, b *Kind) bool {
	if a.Group != b.Group {
		return a.Group < b.Group
	}
	if a.Version != b.Version {
		return a.Version < b.Version
	}
	return a.Kind < b.Kind
}
