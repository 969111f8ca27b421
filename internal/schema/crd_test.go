package schema

import (
	"strings"
	"testing"
)

func TestLoadSharedCRDs(t *testing.T) {
	crds := sharedCRDs(t)
	want := map[string][]string{ // kind → served versions
		"ClusterPolicy":      {"v1", "v2beta1"},
		"ValidatingPolicy":   {"v1", "v1alpha1", "v1beta1"},
		"MutatingPolicy":     {"v1", "v1alpha1", "v1beta1"},
		"ExternalSecret":     {"v1"},
		"SecretStore":        {"v1"},
		"ClusterSecretStore": {"v1"},
		"SealedSecret":       {"v1alpha1"},
	}
	got := map[string][]string{}
	for _, c := range crds {
		for _, v := range c.Versions {
			if v.Served {
				got[c.Kind] = append(got[c.Kind], v.Name)
			}
			if v.Served && v.Schema == nil {
				t.Errorf("%s %s has no openAPIV3Schema", c.Kind, v.Name)
			}
		}
	}
	for k, vs := range want {
		if strings.Join(got[k], ",") != strings.Join(vs, ",") {
			t.Errorf("%s served versions %v, want %v", k, got[k], vs)
		}
	}
	v := builtinValidator(t)
	for _, c := range crds {
		for _, ver := range c.Versions {
			k, ok := v.Index().Lookup(GVK{c.Group, ver.Name, ""}.APIVersion(), c.Kind)
			if ok != ver.Served {
				t.Errorf("%s %s: in index=%t, served=%t", c.Kind, ver.Name, ok, ver.Served)
			}
			if ok && k.Namespaced != c.Namespaced {
				t.Errorf("%s: namespaced=%t, want %t", c.Kind, k.Namespaced, c.Namespaced)
			}
		}
	}
}

func TestParseCRDsErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"not a CRD", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n", "expected apiextensions.k8s.io/v1 CustomResourceDefinition"},
		{"no versions", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a.b}\nspec: {group: b, names: {kind: A}}\n", "at least one version"},
		{"no group", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a.b}\nspec: {names: {kind: A}}\n", "spec.group and spec.names.kind are required"},
		{"bad yaml", "a: [\n", "invalid YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCRDs("c.yaml", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "c.yaml:") {
				t.Errorf("error %q does not name the file and line", err)
			}
		})
	}
}

// TestCRDStructuralRules checks value validations and structural schema
// rules on a small CRD.
func TestCRDStructuralRules(t *testing.T) {
	const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [size]
            properties:
              size: {type: integer, minimum: 1, maximum: 10}
              name: {type: string, pattern: '^[a-z]+$', maxLength: 5}
              mode: {type: string, enum: [fast, slow]}
              port: {x-kubernetes-int-or-string: true}
              tags: {type: array, maxItems: 2, x-kubernetes-list-type: set, items: {type: string}}
              extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
              closed: {type: object}
              items:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [id]
                items: {type: object, properties: {id: {type: string}, v: {type: string}}}
  - name: v0
    served: false
    storage: false
`
	crds, err := ParseCRDs("w.yaml", []byte(crd))
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewValidator(validationIndex(t, "1.30"), crds...)
	if err != nil {
		t.Fatal(err)
	}
	head := "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n"
	tests := []struct {
		name, body, code, path string
	}{
		{"valid", "  size: 3\n  name: abc\n  mode: fast\n  port: http\n  tags: [a, b]\n  extra: {any: [thing]}\n  closed: {}\n  items: [{id: a}, {id: b}]\n", "", ""},
		{"minimum", "  size: 0\n", CodeValue, "spec.size"},
		{"maximum", "  size: 11\n", CodeValue, "spec.size"},
		{"pattern", "  size: 1\n  name: ABC\n", CodeFormat, "spec.name"},
		{"maxLength", "  size: 1\n  name: abcdef\n", CodeValue, "spec.name"},
		{"enum", "  size: 1\n  mode: medium\n", CodeEnum, "spec.mode"},
		{"int-or-string", "  size: 1\n  port: [80]\n", CodeType, "spec.port"},
		{"maxItems", "  size: 1\n  tags: [a, b, c]\n", CodeValue, "spec.tags"},
		{"set", "  size: 1\n  tags: [a, a]\n", CodeDuplicateKey, "spec.tags[1]"},
		{"list map", "  size: 1\n  items: [{id: a}, {id: a, v: x}]\n", CodeDuplicateKey, "spec.items[1]"},
		{"closed object", "  size: 1\n  closed: {x: 1}\n", CodeUnknownField, "spec.closed.x"},
		{"unknown", "  size: 1\n  colour: red\n", CodeUnknownField, "spec.colour"},
		{"required", "  name: abc\n", CodeRequired, "spec.size"},
		{"type", "  size: \"3\"\n", CodeType, "spec.size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := v.ValidateFile("w.yaml", []byte(head+tt.body))
			if tt.code == "" {
				if len(ds) != 0 {
					t.Fatalf("want no diagnostics, got:\n%s", formatDiagnostics(ds))
				}
				return
			}
			if len(ds) != 1 || ds[0].Code != tt.code || ds[0].Path != tt.path {
				t.Fatalf("want one %s at %s, got:\n%s", tt.code, tt.path, formatDiagnostics(ds))
			}
		})
	}
	ds := v.ValidateFile("w.yaml", []byte("apiVersion: example.com/v0\nkind: Widget\nmetadata: {name: w}\n"))
	if len(ds) != 1 || ds[0].Code != CodeNotServed || ds[0].Fix != "use apiVersion example.com/v1" {
		t.Errorf("non-served version: got:\n%s", formatDiagnostics(ds))
	}
}
