package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const validateCorpus = "../../testdata/schema/corpus"

// runCmd runs the tool with stdin and returns exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// sharedDir returns the directory an environment variable names, failing
// when it is unset (scripts/test and CI set it).
func sharedDir(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv(name)
	if dir == "" {
		t.Fatalf("%s is not set: point it at the shared Kubernetes data (scripts/test sets it)", name)
	}
	if !filepath.IsAbs(dir) {
		if _, err := os.Stat(dir); err != nil {
			dir = filepath.Join("..", "..", dir)
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return dir
}

func corpusFile(name string) string { return filepath.Join(validateCorpus, name+".yaml") }

// diagLine is the text format of one diagnostic: file:line:col: path: message.
var diagLine = regexp.MustCompile(`^([^:\s]+):(\d+):(\d+): (?:([^:\s]+): )?(.+) \[([a-z]+/[a-z-]+)\]$`)

func TestSchemaValidateExitCodesAndFormat(t *testing.T) {
	crds := sharedDir(t, "NIXK8S_CRD_DIR")
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		lines []string // substrings expected in stdout, in order
	}{
		{"valid", []string{corpusFile("valid-deployment"), corpusFile("valid-service")}, "", 0, nil},
		{"invalid", []string{corpusFile("valid-configmap"), corpusFile("stricter-enum-image-pull-policy")}, "", 1, []string{
			"stricter-enum-image-pull-policy.yaml:21:26: spec.template.spec.containers[0].imagePullPolicy: unsupported value \"Sometimes\"",
		}},
		{"several errors in order", []string{corpusFile("stricter-quantity-lots"), corpusFile("invalid-kind-removed-pdb")}, "", 1, []string{
			"resources.limits.cpu: invalid quantity \"lots\"",
			"invalid-kind-removed-pdb.yaml:1:13: apiVersion: policy/v1beta1 PodDisruptionBudget was removed in Kubernetes 1.25",
			"fix: use apiVersion policy/v1",
		}},
		{"stdin", []string{"-"}, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: 1}\n", 1, []string{"-:4:11: data.a: expected string, found integer 1"}},
		{"crd valid", []string{"--crd", filepath.Join(crds, "external-secrets.io_externalsecrets.yaml"), corpusFile("crd-valid-externalsecret")}, "", 0, nil},
		{"crd without --crd", []string{corpusFile("crd-valid-externalsecret")}, "", 1, []string{"kind: Kubernetes 1.30 has no kind ExternalSecret in external-secrets.io/v1"}},
		{"crd invalid", []string{"--crd", filepath.Join(crds, "external-secrets.io_externalsecrets.yaml"), corpusFile("crd-invalid-externalsecret-enum")}, "", 1, []string{"spec.target.creationPolicy: unsupported value \"Always\""}},
		{"syntax error", []string{corpusFile("invalid-yaml-duplicate-key")}, "", 1, []string{"invalid-yaml-duplicate-key.yaml:7:3: key \"a\" already set"}},
		{"directory", []string{"../../testdata/schema/golden"}, "", 1, []string{"builtin.yaml:9:13: spec.replicas", "crd.yaml:", "syntax.yaml:14:3"}},
		{"missing file", []string{"does-not-exist.yaml"}, "", 2, nil},
		{"no files", []string{}, "", 2, nil},
		{"bad flag", []string{"--nope", corpusFile("valid-service")}, "", 2, nil},
		{"bad crd", []string{"--crd", corpusFile("valid-service"), corpusFile("valid-service")}, "", 2, nil},
		{"bad version", []string{"--k8s-version", "banana", corpusFile("valid-service")}, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"schema", "validate", "--k8s-version", "1.30"}, tt.args...)
			if tt.name == "bad version" {
				args = append([]string{"schema", "validate"}, tt.args...)
			}
			code, out, errs := runCmd(t, tt.stdin, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			if tt.code == 0 && out != "" {
				t.Errorf("valid input printed:\n%s", out)
			}
			if tt.code == 2 && errs == "" {
				t.Error("usage or I/O error without a message on stderr")
			}
			rest := out
			for _, want := range tt.lines {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order):\n%s", want, out)
				}
				rest = rest[i+len(want):]
			}
			for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if l == "" || strings.HasPrefix(l, "\tfix: ") {
					continue
				}
				if !diagLine.MatchString(l) {
					t.Errorf("line %q is not file:line:col: path: message [code]", l)
				}
			}
			if tt.code != 2 && !strings.Contains(errs, "Kubernetes 1.30 schema from") {
				t.Errorf("stderr does not name the schema in effect:\n%s", errs)
			}
		})
	}
}

func TestSchemaValidateJSON(t *testing.T) {
	files := []string{corpusFile("valid-deployment"), corpusFile("invalid-duplicate-port-default-tcp"), corpusFile("invalid-metadata-label-key")}
	code, out, errs := runCmd(t, "", append([]string{"schema", "validate", "--k8s-version", "1.30", "--json"}, files...)...)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, errs)
	}
	var res struct {
		Schema struct {
			Version string `json:"version"`
			Source  struct {
				Kind string `json:"kind"`
			} `json:"source"`
		} `json:"schema"`
		Objects     int `json:"objects"`
		Invalid     int `json:"invalid"`
		Diagnostics []struct {
			File, Path, Code, Message, Severity string
			Line, Column, Offset                int
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if res.Objects != 3 || res.Invalid != 2 {
		t.Errorf("objects=%d invalid=%d, want 3 and 2", res.Objects, res.Invalid)
	}
	if res.Schema.Version != "1.30" || res.Schema.Source.Kind == "" {
		t.Errorf("schema info %+v", res.Schema)
	}
	if len(res.Diagnostics) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %+v", len(res.Diagnostics), res.Diagnostics)
	}
	d := res.Diagnostics[0]
	if d.Code != "schema/duplicate-key" || d.Path != "spec.template.spec.containers[0].ports[0]" && d.Path != "spec.template.spec.containers[0].ports[1]" || d.Line == 0 || d.Severity != "error" {
		t.Errorf("first diagnostic %+v", d)
	}
	data, err := os.ReadFile(files[1])
	if err != nil {
		t.Fatal(err)
	}
	// The offset points at the same place as line and column.
	lineStart := 0
	for l := 1; l < d.Line; l++ {
		lineStart += bytes.IndexByte(data[lineStart:], '\n') + 1
	}
	if d.Offset != lineStart+d.Column-1 {
		t.Errorf("offset %d does not match %d:%d", d.Offset, d.Line, d.Column)
	}
}

func TestSchemaValidateSpecDir(t *testing.T) {
	specs := sharedDir(t, "NIXK8S_SPEC_DIR")
	// 1.33 is not in the offline default: it must come from --spec-dir.
	code, out, errs := runCmd(t, "", "schema", "validate", "--k8s-version", "1.33", "--spec-dir", specs,
		corpusFile("valid-deployment"), corpusFile("stricter-enum-service-type"))
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "Kubernetes 1.33 schema from spec directory") {
		t.Errorf("stderr does not show the spec directory in effect:\n%s", errs)
	}
	if !strings.Contains(out, `spec.type: unsupported value "Internal"`) {
		t.Errorf("missing the enum error:\n%s", out)
	}
}

// TestExportJSONSchemaWithKubeconform exports the 1.30 schemas with the
// CRDs and has kubeconform -strict validate corpus objects with them.
func TestExportJSONSchemaWithKubeconform(t *testing.T) {
	kc, err := exec.LookPath("kubeconform")
	if err != nil {
		t.Fatalf("kubeconform is not on PATH (go install github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0): %v", err)
	}
	crds := sharedDir(t, "NIXK8S_CRD_DIR")
	dir := t.TempDir()
	code, out, errs := runCmd(t, "", "schema", "export-jsonschema", "--k8s-version", "1.30", "--crd", crds, dir)
	if code != 0 {
		t.Fatalf("export exit %d\n%s\n%s", code, out, errs)
	}
	for _, name := range []string{"deployment-apps-v1.json", "service-v1.json", "ingress-networking-v1.json",
		"horizontalpodautoscaler-autoscaling-v2.json", "clusterpolicy-kyverno-v1.json", "externalsecret-external-secrets-v1.json"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("export lacks %s: %v", name, err)
		}
	}
	loc := filepath.Join(dir, "{{.ResourceKind}}{{.KindSuffix}}.json")
	check := func(want bool, files ...string) {
		t.Helper()
		args := append([]string{"-strict", "-summary", "-schema-location", loc}, files...)
		cmd := exec.Command(kc, args...)
		var o bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &o
		err := cmd.Run()
		if (err == nil) != want {
			t.Errorf("kubeconform on %v: success=%t, want %t\n%s", files, err == nil, want, o.String())
		}
	}
	check(true, corpusFile("valid-deployment"), corpusFile("valid-service"), corpusFile("valid-configmap"),
		corpusFile("valid-hpa"), corpusFile("valid-pdb"), corpusFile("valid-cronjob"), corpusFile("valid-ingress"),
		corpusFile("valid-deployment-numeric-quantity"), corpusFile("valid-deployment-null-field"),
		corpusFile("crd-valid-clusterpolicy"), corpusFile("crd-valid-externalsecret"), corpusFile("crd-valid-sealedsecret"))
	for _, bad := range []string{"invalid-unknown-container-field", "invalid-type-replicas-string", "stricter-enum-image-pull-policy",
		"stricter-quantity-lots", "stricter-int32-overflow", "invalid-required-selector", "crd-invalid-externalsecret-enum",
		"crd-invalid-clusterpolicy-unknown"} {
		check(false, corpusFile(bad))
	}
}
