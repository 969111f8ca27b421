package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// offline makes the test look like a fresh machine: no spec directory, no
// download permission, an empty user cache.
func offline(t *testing.T) string {
	t.Helper()
	t.Setenv("NIXK8S_SPEC_DIR", "")
	os.Unsetenv("NIXK8S_SPEC_DIR")
	t.Setenv("NIXK8S_ALLOW_DOWNLOAD", "")
	os.Unsetenv("NIXK8S_ALLOW_DOWNLOAD")
	// Any download attempt would go here and fail loudly.
	t.Setenv("NIXK8S_DOWNLOAD_URL", "http://127.0.0.1:1")
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	return cache
}

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSchemaOffline(t *testing.T) {
	cache := offline(t)
	tests := []struct {
		name string
		args []string
		out  []string // substrings of stdout
	}{
		{"kinds", []string{"schema", "kinds", "--k8s-version", "1.30"}, []string{
			"APIVERSION", "apps/v1", "Deployment", "Namespaced",
			"autoscaling/v2", "HorizontalPodAutoscaler",
		}},
		{"kinds removed", []string{"schema", "kinds", "--k8s-version", "1.30", "--removed"}, []string{
			"REMOVED", "autoscaling/v2beta1", "1.25", "policy/v1beta1", "PodSecurityPolicy", "(none)",
		}},
		{"explain", []string{"schema", "explain", "apps/v1", "Deployment", "spec.template.spec.containers", "--k8s-version", "1.30"}, []string{
			"KIND:       Deployment", "VERSION:    apps/v1", "FIELD: spec.template.spec.containers <[]Container> -required-", "FIELDS:", "image\t<string>",
		}},
		{"diff 1.30", []string{"schema", "diff", "1.29", "1.30"}, []string{
			"Kubernetes 1.29 -> 1.30", "ADDED KINDS", "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy\n",
		}},
		{"diff", []string{"schema", "diff", "1.24", "1.26"}, []string{
			"Kubernetes 1.24 -> 1.26", "REMOVED KINDS", "autoscaling/v2beta2 HorizontalPodAutoscaler  -> autoscaling/v2", "ADDED KINDS", "REQUIRED FIELDS CHANGED",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			for _, want := range tt.out {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			if !strings.Contains(errs, "schema from offline default (built in)") {
				t.Errorf("stderr does not name the schema source:\n%s", errs)
			}
		})
	}
	// Nothing was written into the cache and nothing was downloaded.
	if entries, _ := os.ReadDir(filepath.Join(cache, "nix-k8s", "specs")); len(entries) != 0 {
		t.Errorf("the offline commands filled the cache: %v", entries)
	}
}

func TestSchemaKindsJSON(t *testing.T) {
	offline(t)
	code, out, errs := run(t, "schema", "kinds", "--json", "--k8s-version", "1.26")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Schema struct {
			Version string `json:"version"`
			Source  struct {
				Kind string `json:"kind"`
			} `json:"source"`
		} `json:"schema"`
		Compared []string `json:"compared"`
		Kinds    []struct {
			APIVersion, Kind, Deprecated, Replacement string
			Namespaced, Preferred                     bool
		} `json:"kinds"`
		Removed []struct {
			APIVersion, Kind, RemovedIn, LastServed, Replacement string
		} `json:"removed"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Schema.Version != "1.26" || doc.Schema.Source.Kind != "builtin" {
		t.Errorf("schema = %+v", doc.Schema)
	}
	if strings.Join(doc.Compared, " ") != "1.23 1.24 1.25 1.26" {
		t.Errorf("compared = %v", doc.Compared)
	}
	scope := map[string]bool{}
	preferred := map[string]bool{}
	for _, k := range doc.Kinds {
		scope[k.APIVersion+" "+k.Kind] = k.Namespaced
		preferred[k.APIVersion+" "+k.Kind] = k.Preferred
	}
	if !scope["apps/v1 Deployment"] || scope["v1 Namespace"] || scope["rbac.authorization.k8s.io/v1 ClusterRole"] {
		t.Errorf("scopes wrong: %v", scope)
	}
	if !preferred["autoscaling/v2 HorizontalPodAutoscaler"] || preferred["autoscaling/v1 HorizontalPodAutoscaler"] {
		t.Error("autoscaling/v2 should be the preferred HPA version")
	}
	removed := map[string]string{}
	for _, r := range doc.Removed {
		removed[r.APIVersion+" "+r.Kind] = r.RemovedIn
	}
	if removed["autoscaling/v2beta2 HorizontalPodAutoscaler"] != "1.26" || removed["batch/v1beta1 CronJob"] != "1.25" {
		t.Errorf("removed = %v", removed)
	}
}

func TestSchemaExplainAndDiffJSON(t *testing.T) {
	offline(t)
	code, out, errs := run(t, "schema", "explain", "--json", "v1", "Pod", "spec.containers", "--k8s-version", "1.30.4")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ex struct {
		Schema   struct{ Version string } `json:"schema"`
		Type     string                   `json:"type"`
		Required bool                     `json:"required"`
		Fields   []struct{ Name string }  `json:"fields"`
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil {
		t.Fatal(err)
	}
	if ex.Schema.Version != "1.30.4" || ex.Type != "[]Container" || !ex.Required || len(ex.Fields) < 10 {
		t.Errorf("explain JSON = %+v", ex)
	}
	code, out, errs = run(t, "schema", "diff", "--json", "1.24", "1.25")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d struct {
		From, To string
		Removed  []struct{ APIVersion, Kind, Replacement string }
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range d.Removed {
		if r.APIVersion == "policy/v1beta1" && r.Kind == "PodDisruptionBudget" && r.Replacement == "policy/v1" {
			found = true
		}
	}
	if d.From != "1.24" || d.To != "1.25" || !found {
		t.Errorf("diff JSON = %+v", d)
	}
}

func TestSchemaErrors(t *testing.T) {
	offline(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"schema"}, 2, "usage: nix-k8s-lsp schema"},
		{[]string{"schema", "bogus"}, 2, `unknown subcommand "bogus"`},
		{[]string{"schema", "explain", "apps/v1"}, 2, "wrong number of arguments"},
		{[]string{"schema", "kinds", "--k8s-version", "1.41"}, 1, "no schema for Kubernetes 1.41"},
		{[]string{"schema", "kinds", "--k8s-version", "one"}, 1, "invalid Kubernetes version"},
		{[]string{"schema", "explain", "apps/v1", "Deployment", "spec.nope", "--k8s-version", "1.30"}, 1, `field "nope" does not exist`},
		{[]string{"schema", "fetch", "1.33"}, 1, "--allow-download"},
		{[]string{"schema", "kinds", "--no-such-flag"}, 2, "flag provided but not defined"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

func TestSchemaFetchAndVersions(t *testing.T) {
	cache := offline(t)
	dir := filepath.Join("..", "schema", "testdata", "mini")
	code, out, errs := run(t, "schema", "fetch", "1.99", "--spec-dir", dir)
	if code != 0 {
		t.Fatalf("fetch: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "cached Kubernetes 1.99 schema (2 documents, 3 kinds") {
		t.Errorf("fetch output: %s", out)
	}
	code, out, errs = run(t, "schema", "versions")
	if code != 0 {
		t.Fatalf("versions: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "1.23") || !strings.Contains(out, "1.30") || !strings.Contains(out, "1.99") || !strings.Contains(out, filepath.Join(cache, "nix-k8s", "specs", "v1.99")) {
		t.Errorf("versions output:\n%s", out)
	}
	code, out, errs = run(t, "schema", "kinds", "--k8s-version", "1.99")
	if code != 0 || !strings.Contains(out, "Widget") || !strings.Contains(errs, "schema from user cache") {
		t.Errorf("kinds from the cache: exit %d\n%s\n%s", code, out, errs)
	}
}
