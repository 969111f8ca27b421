package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestJSONSchemaFileName(t *testing.T) {
	tests := []struct {
		g    GVK
		want string
	}{
		{GVK{"", "v1", "Service"}, "service-v1.json"},
		{GVK{"apps", "v1", "Deployment"}, "deployment-apps-v1.json"},
		{GVK{"networking.k8s.io", "v1", "Ingress"}, "ingress-networking-v1.json"},
		{GVK{"autoscaling", "v2", "HorizontalPodAutoscaler"}, "horizontalpodautoscaler-autoscaling-v2.json"},
		{GVK{"external-secrets.io", "v1", "ExternalSecret"}, "externalsecret-external-secrets-v1.json"},
	}
	for _, tt := range tests {
		if got := JSONSchemaFileName(tt.g); got != tt.want {
			t.Errorf("JSONSchemaFileName(%v) = %q, want %q", tt.g, got, tt.want)
		}
	}
}

// walkJSON calls fn on every object of a decoded JSON document.
func walkJSON(v any, fn func(map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		fn(x)
		for _, c := range x {
			walkJSON(c, fn)
		}
	case []any:
		for _, c := range x {
			walkJSON(c, fn)
		}
	}
}

func TestExportJSONSchemasStandaloneAndStrict(t *testing.T) {
	v := builtinValidator(t)
	dir := t.TempDir()
	names, err := v.ExportJSONSchemas(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 60 {
		t.Fatalf("exported %d schemas, want every kind", len(names))
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defs, _ := doc["definitions"].(map[string]any)
		walkJSON(doc, func(m map[string]any) {
			ref, ok := m["$ref"].(string)
			if !ok {
				return
			}
			if !strings.HasPrefix(ref, "#/definitions/") {
				t.Errorf("%s: reference %q leaves the document", name, ref)
				return
			}
			if _, ok := defs[strings.TrimPrefix(ref, "#/definitions/")]; !ok {
				t.Errorf("%s: dangling reference %q", name, ref)
			}
		})
	}
	var dep map[string]any
	data, err := os.ReadFile(filepath.Join(dir, "deployment-apps-v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &dep); err != nil {
		t.Fatal(err)
	}
	if dep["additionalProperties"] != false {
		t.Errorf("Deployment root allows unknown fields: additionalProperties=%v", dep["additionalProperties"])
	}
	defs := dep["definitions"].(map[string]any)
	container := defs["io.k8s.api.core.v1.Container"].(map[string]any)
	if container["additionalProperties"] != false {
		t.Error("Container allows unknown fields")
	}
	pull := container["properties"].(map[string]any)["imagePullPolicy"].(map[string]any)
	if enum, _ := pull["enum"].([]any); len(enum) == 0 {
		t.Error("imagePullPolicy has no enum")
	}
	// A preserve-unknown CRD subtree stays open.
	var cp map[string]any
	data, err = os.ReadFile(filepath.Join(dir, "clusterpolicy-kyverno-v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &cp); err != nil {
		t.Fatal(err)
	}
	pattern := dig(cp, "properties", "spec", "properties", "rules", "items", "properties", "validate", "properties", "pattern")
	if pattern == nil {
		t.Fatal("ClusterPolicy schema lacks spec.rules[].validate.pattern")
	}
	if _, closed := pattern["additionalProperties"]; closed {
		t.Error("ClusterPolicy validate.pattern is x-kubernetes-preserve-unknown-fields but the export closes it")
	}
	if dig(cp, "properties", "spec")["additionalProperties"] != false {
		t.Error("ClusterPolicy spec allows unknown fields")
	}
	// Exporting twice gives byte-identical files.
	dir2 := t.TempDir()
	if _, err := v.ExportJSONSchemas(dir2); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(dir2, name))
		if string(a) != string(b) {
			t.Fatalf("%s differs between two exports", name)
		}
	}
}

// dig follows keys through nested JSON objects; nil when a step is missing.
func dig(m map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		next, ok := m[k].(map[string]any)
		if !ok {
			return nil
		}
		m = next
	}
	return m
}
