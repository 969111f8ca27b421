package schema

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func buildMini(t *testing.T) *Index {
	t.Helper()
	docs, err := ReadDocuments(filepath.Join("testdata", "mini", "v1.99"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Path != "api/v1" || docs[1].Path != "apis/example.com/v1beta1" {
		t.Fatalf("ReadDocuments paths = %v", docPaths(docs))
	}
	ix, err := Build(context.Background(), "1.99", docs)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func docPaths(docs []Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Path)
	}
	return out
}

func TestBuildMiniV3(t *testing.T) {
	ix := buildMini(t)
	var got []string
	for _, k := range ix.Kinds {
		scope := "cluster"
		if k.Namespaced {
			scope = "namespaced"
		}
		got = append(got, k.APIVersion()+" "+k.Kind+" "+scope)
	}
	want := []string{"v1 Widget namespaced", "v1 Zone cluster", "example.com/v1beta1 Gadget cluster"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("kinds = %q, want %q", got, want)
	}
	if k, _ := ix.Lookup("v1", "Zone"); k.Deprecated != "Deprecated: zones are going away." {
		t.Errorf("Zone deprecation = %q", k.Deprecated)
	}
	w, _ := ix.Lookup("v1", "Widget")
	root := ix.Schema(w)
	spec := root.Property("spec")
	if spec == nil || !spec.Required || spec.Type.Ref != "io.example.v1.WidgetSpec" || spec.Type.Description != "The widget's spec." || spec.Type.Default != "{}" {
		t.Fatalf("spec field = %+v / %+v", spec, spec.Type)
	}
	ws := ix.Resolve(spec.Type)
	if !reflect.DeepEqual(ws.Required, []string{"color", "size"}) {
		t.Errorf("required = %v, want sorted [color size]", ws.Required)
	}
	var names []string
	for _, f := range ws.Properties {
		names = append(names, f.Name)
	}
	if strings.Join(names, ",") != "color,labels,mode,oldField,parts,port,raw,size" {
		t.Errorf("properties not sorted: %v", names)
	}
	checks := []struct {
		field string
		ok    func(*Type) bool
	}{
		{"color", func(x *Type) bool { return reflect.DeepEqual(x.Enum, []string{"Blue", "Red"}) && x.Type == TypeString }},
		{"mode", func(x *Type) bool { return reflect.DeepEqual(x.Enum, []string{"Fast", "Slow"}) }},
		{"size", func(x *Type) bool {
			q := ix.Resolve(x)
			return x.Ref != "" && len(q.OneOf) == 2 && q.OneOf[0].Type == TypeString && q.OneOf[1].Type == TypeNumber
		}},
		{"port", func(x *Type) bool { return ix.Resolve(x).IntOrString }},
		{"labels", func(x *Type) bool {
			return x.Type == TypeObject && x.AdditionalProperties != nil && x.AdditionalProperties.Type == TypeString && x.MapType == "granular"
		}},
		{"parts", func(x *Type) bool {
			return x.Type == TypeArray && x.Items.Ref == "io.example.v1.Part" && x.ListType == "map" &&
				reflect.DeepEqual(x.ListMapKeys, []string{"name"}) && x.PatchMergeKey == "name" && x.PatchStrategy == "merge"
		}},
		{"oldField", func(x *Type) bool {
			return x.Deprecated == "Deprecated: use size instead." && x.Format == "int32" && x.Type == TypeInteger
		}},
		{"raw", func(x *Type) bool { return x.PreserveUnknownFields && x.EmbeddedResource && x.Nullable }},
	}
	for _, c := range checks {
		f := ws.Property(c.field)
		if f == nil || !c.ok(f.Type) {
			t.Errorf("field %s converted wrongly: %+v", c.field, f)
		}
	}
	if ws.Property("color").Required != true || ws.Property("mode").Required {
		t.Error("Field.Required does not mirror the parent's required list")
	}
}

func TestBuildSwaggerV2(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "swagger.json"))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), "1.99", []Document{{Path: "swagger.json", Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	g, ok := ix.Lookup("example.com/v1", "Gizmo")
	if !ok || !g.Namespaced {
		t.Fatalf("Gizmo = %+v, %v; want namespaced", g, ok)
	}
	if d, ok := ix.Lookup("example.com/v1", "Dial"); !ok || d.Namespaced {
		t.Fatalf("Dial = %+v, %v; want cluster-scoped", d, ok)
	}
	spec := ix.Schema(g).Property("spec")
	if spec == nil || !spec.Required || spec.Type.Ref != "io.example.v1.GizmoSpec" {
		t.Fatalf("Gizmo.spec = %+v", spec)
	}
	tags := ix.Resolve(spec.Type).Property("tags")
	if tags == nil || tags.Type.Type != TypeArray || tags.Type.Items.Type != TypeString {
		t.Fatalf("GizmoSpec.tags = %+v", tags)
	}
}

func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		docs []Document
		want string
	}{
		{"none", nil, "no OpenAPI documents"},
		{"not json", []Document{{Path: "api/v1", Data: []byte("{")}}, "api/v1: not a JSON OpenAPI document"},
		{"no kinds", []Document{{Path: "api/v1", Data: []byte(`{"openapi":"3.0.0","info":{"title":"x","version":"1"},"paths":{}}`)}}, "declare no kinds"},
	}
	for _, tt := range tests {
		_, err := Build(ctx, "1.99", tt.docs)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "1.99") {
			t.Errorf("%s: error = %v, want it to name the version and mention %q", tt.name, err, tt.want)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	docs, _ := ReadDocuments(filepath.Join("testdata", "mini", "v1.99"))
	if _, err := Build(cancelled, "1.99", docs); err == nil {
		t.Error("Build ignored a cancelled context")
	}
}

func TestReadDocumentsLayouts(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"api__v1_openapi.json":            "{}",
		"apis__apps__v1_openapi.json":     "{}",
		"README.json":                     "{}",
		"nested/apis/batch/v1.json":       "{}",
		"nested/apis/too/deep/v1.json":    "{}",
		"nested/api/v1.txt":               "{}",
		"version_openapi.json":            "{}",
		"apis/policy/v1beta1.json":        "{}",
		".well-known__x_openapi.json":     "{}",
		"apis__flowcontrol__v1_openapi.x": "{}",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := ReadDocuments(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(docPaths(docs), " ")
	// version_openapi.json and .well-known are not group versions, but the
	// builder ignores documents without kinds, so they are harmless.
	want := ".well-known/x api/v1 apis/apps/v1 apis/batch/v1 apis/policy/v1beta1 version"
	if got != want {
		t.Errorf("ReadDocuments = %q, want %q", got, want)
	}
	if _, err := ReadDocuments(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no api/v1.json") {
		t.Errorf("empty dir error = %v", err)
	}
}

func TestDeprecationNote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain field.", ""},
		{"Deprecated: use x. More text.", "Deprecated: use x."},
		{"Something. DEPRECATED: GitRepo is deprecated. To provision…", "DEPRECATED: GitRepo is deprecated."},
		{"Binding ties. Deprecated in 1.7, please use the bindings subresource of pods instead.", "Deprecated in 1.7, please use the bindings subresource of pods instead."},
		{"DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.", "DeprecatedServiceAccount is a deprecated alias for ServiceAccountName."},
		{"See https://k8s.io/docs/x#phase The field is never populated, and now is deprecated.", "See https://k8s.io/docs/x#phase The field is never populated, and now is deprecated."},
		{"deprecated indicates this version of the custom resource API is deprecated. When set", ""},
		{"Recycle (deprecated) or Delete.", ""},
		{"this field will be deprecated later", ""},
	}
	for _, tt := range tests {
		if got := deprecationNote(tt.in); got != tt.want {
			t.Errorf("deprecationNote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEnumFromDescription(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Protocol.\n\nPossible enum values:\n - `\"SCTP\"` is SCTP.\n - `\"TCP\"` is TCP.\n - `\"UDP\"` is UDP.", []string{"SCTP", "TCP", "UDP"}},
		{"One of Always, Never.", nil},
		{"Possible enum values:\n - `\"\"` empty\n - `\"a\\\"b\"` quoted", []string{"", `a"b`}},
	}
	for _, tt := range tests {
		if got := enumFromDescription(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("enumFromDescription(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzEnumFromDescription(f *testing.F) {
	f.Add("Possible enum values:\n - `\"A\"` a")
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range enumFromDescription(s) {
			if !strings.Contains(s, e) {
				t.Fatalf("enum value %q not in the description", e)
			}
		}
		_ = deprecationNote(s)
	})
}

func FuzzBuild(f *testing.F) {
	for _, p := range []string{"testdata/mini/v1.99/api/v1.json", "testdata/mini/v1.99/apis/example.com/v1beta1.json", "testdata/swagger.json"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"openapi":"3.0.0","components":{"schemas":{"a":{"allOf":[{"$ref":"#/components/schemas/a"}]}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := Build(context.Background(), "1.99", []Document{{Path: "api/v1", Data: data}})
		if err != nil {
			return
		}
		// Whatever builds must encode, decode to the same index and
		// support the accessors.
		enc, err := EncodeBytes(ix)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(enc)
		if err != nil {
			t.Fatalf("built index does not decode: %v", err)
		}
		if len(back.Kinds) != len(ix.Kinds) || len(back.Types) != len(ix.Types) {
			t.Fatal("round trip changed the index")
		}
		for _, k := range ix.Kinds {
			if s := ix.Schema(k); s != nil {
				RequiredPaths(ix, s)
				Explain(ix, k.APIVersion(), k.Kind, "spec")
			}
		}
	})
}

func FuzzDocumentPath(f *testing.F) {
	for _, s := range []string{"api/v1.json", "apis/apps/v1.json", "x/apis/a/v1.json", "api__v1_openapi.json", "swagger.json", "a/b/c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		p, ok := documentPath(name)
		if !ok {
			return
		}
		if p != "swagger.json" && !strings.HasPrefix(p, "api") && !strings.Contains(name, "_openapi.json") {
			t.Fatalf("documentPath(%q) = %q", name, p)
		}
	})
}
