package schema

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func builtinIndex(t testing.TB, v string) *Index {
	t.Helper()
	data, ok := builtin.Index(v)
	if !ok {
		t.Fatalf("no built-in %s", v)
	}
	ix, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run with -update after checking):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestExplainGolden(t *testing.T) {
	ix := buildMini(t)
	tests := []struct{ name, apiVersion, kind, path string }{
		{"explain_widget.golden", "v1", "Widget", ""},
		{"explain_widget_spec.golden", "v1", "Widget", "spec"},
		{"explain_widget_parts_name.golden", "v1", "Widget", "spec.parts.name"},
		{"explain_widget_color.golden", "v1", "Widget", "spec.color"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := Explain(ix, tt.apiVersion, tt.kind, tt.path)
			if err != nil {
				t.Fatal(err)
			}
			js, err := json.MarshalIndent(ex, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, FormatExplanation(ex)+"\n--- json\n"+string(js)+"\n")
		})
	}
}

func TestExplainBuiltin(t *testing.T) {
	ix := builtinIndex(t, "1.30")
	ex, err := Explain(ix, "apps/v1", "Deployment", "spec.template.spec.containers")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Type != "[]Container" || !ex.Required || ex.Description == "" {
		t.Errorf("containers: type %q required %v", ex.Type, ex.Required)
	}
	fields := map[string]ExplainField{}
	for _, f := range ex.Fields {
		fields[f.Name] = f
	}
	if f := fields["name"]; !f.Required || f.Type != "string" {
		t.Errorf("containers[].name = %+v", f)
	}
	if f := fields["ports"]; f.Type != "[]ContainerPort" || f.Required {
		t.Errorf("containers[].ports = %+v", f)
	}
	if f := fields["resources"]; f.Type != "ResourceRequirements" {
		t.Errorf("containers[].resources = %+v", f)
	}
	if ex2, err := Explain(ix, "apps/v1", "Deployment", "spec.template.spec.containers[0].image"); err != nil || ex2.Type != "string" || ex2.Path != "spec.template.spec.containers.image" {
		t.Errorf("indexed path: %+v, %v", ex2, err)
	}
	if _, err := Explain(ix, "v1", "Pod", "metadata.name.x"); err == nil || !strings.Contains(err.Error(), "metadata.name is <string>") {
		t.Errorf("scalar path error = %v", err)
	}
	ex, err = Explain(ix, "v1", "Pod", "spec.containers.resources.limits")
	if err != nil || ex.Type != "map[string]Quantity" {
		t.Errorf("limits: %+v, %v", ex, err)
	}
	ex, err = Explain(ix, "v1", "Pod", "spec.serviceAccount")
	if err != nil || ex.Deprecated == "" {
		t.Errorf("serviceAccount should be deprecated: %+v, %v", ex, err)
	}
	ex, err = Explain(ix, "v1", "Service", "spec.ports.targetPort")
	if err != nil || ex.Type != "IntOrString" {
		t.Errorf("targetPort: %+v, %v", ex, err)
	}
	errs := []struct{ apiVersion, kind, path, want string }{
		{"apps/v1", "Deployment", "spec.bogus", `explaining apps/v1 Deployment (Kubernetes 1.30): field "bogus" does not exist in spec; fields there: minReadySeconds, paused,`},
		{"apps/v1beta1", "Deployment", "", "Deployment is served as apps/v1"},
		{"v1", "Nothing", "", `no kind "Nothing"`},
		{"v1", "ConfigMap", "data.x", `field "x" does not exist: data is <map[string]string>, which has no fields`},
	}
	for _, e := range errs {
		_, err := Explain(ix, e.apiVersion, e.kind, e.path)
		if err == nil || !strings.Contains(err.Error(), e.want) {
			t.Errorf("Explain(%s %s %s) error = %v, want %q", e.apiVersion, e.kind, e.path, err, e.want)
		}
	}
}

func TestDiffBuiltin(t *testing.T) {
	d := DiffIndexes(builtinIndex(t, "1.24"), builtinIndex(t, "1.26"))
	removed := map[string]string{}
	for _, k := range d.Removed {
		removed[k.APIVersion+" "+k.Kind] = k.Replacement
	}
	for gvk, repl := range map[string]string{
		"autoscaling/v2beta1 HorizontalPodAutoscaler": "autoscaling/v2",
		"autoscaling/v2beta2 HorizontalPodAutoscaler": "autoscaling/v2",
		"policy/v1beta1 PodDisruptionBudget":          "policy/v1",
		"batch/v1beta1 CronJob":                       "batch/v1",
		"policy/v1beta1 PodSecurityPolicy":            "",
	} {
		got, ok := removed[gvk]
		if !ok || got != repl {
			t.Errorf("removed %s: replacement %q, present %v; want %q", gvk, got, ok, repl)
		}
	}
	added := map[string]bool{}
	for _, k := range d.Added {
		added[k.APIVersion+" "+k.Kind] = true
	}
	if !added["flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema"] {
		t.Error("1.26 added flowcontrol v1beta3 FlowSchema")
	}
	if added["apps/v1 Deployment"] || removed["apps/v1 Deployment"] != "" {
		t.Error("apps/v1 Deployment is in both versions")
	}
	// Reverse diff mirrors the forward one.
	r := DiffIndexes(builtinIndex(t, "1.26"), builtinIndex(t, "1.24"))
	if len(r.Added) != len(d.Removed) || len(r.Removed) != len(d.Added) {
		t.Errorf("reverse diff: %d added/%d removed, forward %d removed/%d added", len(r.Added), len(r.Removed), len(d.Removed), len(d.Added))
	}
}

func TestDiffRequiredFields(t *testing.T) {
	from := buildMini(t)
	to := buildMini(t)
	to.Version = "1.100"
	part := to.Types["io.example.v1.Part"]
	part.Required = nil
	part.Properties[0].Required = false
	ws := to.Types["io.example.v1.WidgetSpec"]
	ws.Required = append(ws.Required, "mode")
	ws.Properties = append([]*Field(nil), ws.Properties...)
	for i, f := range ws.Properties {
		if f.Name == "mode" {
			c := *f
			c.Required = true
			ws.Properties[i] = &c
		}
	}
	d := DiffIndexes(from, to)
	if len(d.RequiredChanged) != 1 {
		t.Fatalf("RequiredChanged = %+v", d.RequiredChanged)
	}
	c := d.RequiredChanged[0]
	if c.Kind != "Widget" || strings.Join(c.Added, ",") != "spec.mode" || strings.Join(c.Removed, ",") != "spec.parts[].name" {
		t.Errorf("change = %+v", c)
	}
	if got := strings.Join(RequiredPaths(from, from.Types["io.example.v1.Widget"]), ","); got != "spec,spec.color,spec.parts[].name,spec.size" {
		t.Errorf("RequiredPaths = %s", got)
	}
	for in, want := range map[string]string{"a.b": "a", "a[].b": "a", "a.*.b": "a", "a": "", "a.b[].c": "a.b"} {
		if got := parentPath(in); got != want {
			t.Errorf("parentPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewFactsSynthetic(t *testing.T) {
	k := func(g, v, kind string) *Kind { return &Kind{Group: g, Version: v, Kind: kind} }
	history := map[string][]*Kind{
		"1.10": {k("x", "v1alpha1", "Foo"), k("x", "v1beta1", "Foo"), k("y", "v1beta1", "Bar")},
		"1.11": {k("x", "v1beta1", "Foo"), k("x", "v1", "Foo"), k("y", "v1beta1", "Bar")},
		"1.12": {k("x", "v1", "Foo"), k("x", "v2alpha1", "Foo"), k("z", "v1", "Bar")},
		"1.9":  {k("x", "v1alpha1", "Foo"), k("w", "v1", "Old")},
		"1.13": {k("x", "v2", "Foo")},
	}
	f, err := NewFacts("1.12", history)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(f.Compared, " ") != "1.9 1.10 1.11 1.12" {
		t.Errorf("Compared = %v (newer versions must be ignored, order numeric)", f.Compared)
	}
	if p, _ := f.Preferred("Foo"); p.APIVersion() != "x/v1" {
		t.Errorf("preferred Foo = %s; GA beats a newer alpha", p.APIVersion())
	}
	if d, ok := f.Deprecated(GVK{"x", "v2alpha1", "Foo"}); !ok || d.Replacement != "x/v1" {
		t.Errorf("x/v2alpha1 Foo deprecation = %+v, %v", d, ok)
	}
	if _, ok := f.Deprecated(GVK{"x", "v1", "Foo"}); ok {
		t.Error("the preferred version is not deprecated")
	}
	want := map[GVK]Removal{
		{"x", "v1alpha1", "Foo"}: {LastServed: "1.10", RemovedIn: "1.11", Replacement: "x/v1"},
		{"x", "v1beta1", "Foo"}:  {LastServed: "1.11", RemovedIn: "1.12", Replacement: "x/v1"},
		{"y", "v1beta1", "Bar"}:  {LastServed: "1.11", RemovedIn: "1.12", Replacement: "z/v1"},
		{"w", "v1", "Old"}:       {LastServed: "1.9", RemovedIn: "1.10"},
	}
	rs := f.Removals()
	if len(rs) != len(want) {
		t.Fatalf("Removals = %+v", rs)
	}
	for _, r := range rs {
		w := want[r.GVK]
		w.GVK = r.GVK
		if r != w {
			t.Errorf("removal %v = %+v, want %+v", r.GVK, r, w)
		}
	}
	if got := strings.Join(f.ServedIn(GVK{"x", "v1alpha1", "Foo"}), " "); got != "1.9 1.10" {
		t.Errorf("ServedIn = %s", got)
	}
	if _, err := NewFacts("1.99", history); err == nil {
		t.Error("NewFacts accepted a target without kinds")
	}
}

func TestDeprecatedFieldsBuiltin(t *testing.T) {
	found := map[string]bool{}
	for _, f := range DeprecatedFields(builtinIndex(t, "1.30")) {
		found[shortName(f.Type)+"."+f.Field] = true
	}
	for _, want := range []string{"PodSpec.serviceAccount", "ObjectMeta.selfLink", "Volume.gitRepo", "ServiceSpec.loadBalancerIP"} {
		if !found[want] {
			t.Errorf("%s not reported deprecated", want)
		}
	}
	if found["CustomResourceDefinitionVersion.deprecated"] || found["PodSpec.containers"] {
		t.Error("a field that is not deprecated was reported")
	}
}
