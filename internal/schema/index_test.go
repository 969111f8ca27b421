package schema

import "testing"

func TestParseAPIVersion(t *testing.T) {
	tests := []struct {
		in         string
		group, ver string
		ok         bool
	}{
		{"v1", "", "v1", true},
		{"apps/v1", "apps", "v1", true},
		{"", "", "", false},
		{"/v1", "", "", false},
		{"apps/", "", "", false},
		{"a/b/c", "", "", false},
	}
	for _, tt := range tests {
		g, v, ok := ParseAPIVersion(tt.in)
		if g != tt.group || v != tt.ver || ok != tt.ok {
			t.Errorf("ParseAPIVersion(%q) = %q, %q, %v; want %q, %q, %v", tt.in, g, v, ok, tt.group, tt.ver, tt.ok)
		}
	}
}

func TestIndexAccessors(t *testing.T) {
	ix := &Index{Version: "1.30"}
	ix.AddType(&Type{Name: "D", Type: TypeObject, Required: []string{"spec"}, Properties: []*Field{
		{Name: "a", Type: &Type{Type: TypeString}},
		{Name: "spec", Required: true, Type: &Type{Ref: "S", Description: "the spec"}},
	}})
	ix.AddType(&Type{Name: "S", Type: TypeObject})
	ix.AddKind(&Kind{Group: "apps", Version: "v1", Kind: "Deployment", Namespaced: true, Schema: "D"})
	ix.AddKind(&Kind{Group: "", Version: "v1", Kind: "Namespace", Schema: "S"})
	ix.AddKind(&Kind{Group: "apps", Version: "v1", Kind: "Deployment", Namespaced: true, Schema: "D"})

	if len(ix.Kinds) != 2 || ix.Kinds[0].Kind != "Namespace" {
		t.Fatalf("Kinds not sorted/deduplicated: %v", ix.Kinds)
	}
	k, ok := ix.Lookup("apps/v1", "Deployment")
	if !ok || k.Schema != "D" || k.APIVersion() != "apps/v1" {
		t.Fatalf("Lookup(apps/v1, Deployment) = %+v, %v", k, ok)
	}
	if _, ok := ix.Lookup("apps/v1beta1", "Deployment"); ok {
		t.Error("Lookup found a version that is not served")
	}
	root := ix.Schema(k)
	f := root.Property("spec")
	if f == nil || !f.Required || !root.IsRequired("spec") || root.IsRequired("a") {
		t.Fatalf("Property/IsRequired wrong: %+v", f)
	}
	if root.Property("zzz") != nil {
		t.Error("Property found a missing field")
	}
	if got := ix.Resolve(f.Type); got == nil || got.Name != "S" {
		t.Errorf("Resolve(spec) = %+v, want S", got)
	}
	ix.AddType(&Type{Name: "loop", Ref: "loop"})
	if ix.Resolve(&Type{Ref: "loop"}) != nil {
		t.Error("Resolve of a reference cycle should be nil")
	}
	if got := len(ix.KindsNamed("Deployment")); got != 1 {
		t.Errorf("KindsNamed = %d, want 1", got)
	}
}
