package schema

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// builtinValidator returns a validator over the built-in offline 1.30
// index with version facts and the shared CRDs: what `schema validate
// --k8s-version 1.30 --crd $NIXK8S_CRD_DIR` runs.
func builtinValidator(t testing.TB) *Validator {
	t.Helper()
	crds := sharedCRDs(t)
	builtinOnce.Do(func() {
		r := &Resolver{}
		l, err := r.Load(context.Background(), "1.30")
		if err != nil {
			builtinErr = err
			return
		}
		builtinLoaded = l
		builtinFacts, builtinErr = r.Facts(context.Background(), l)
	})
	if builtinErr != nil {
		t.Fatalf("loading the built-in 1.30 schema: %v", builtinErr)
	}
	builtinVOnce.Do(func() {
		builtinV, builtinVErr = NewValidator(builtinLoaded.Index, crds...)
		if builtinVErr == nil {
			builtinV.UseFacts(builtinFacts)
		}
	})
	if builtinVErr != nil {
		t.Fatal(builtinVErr)
	}
	return builtinV
}

// The validator is read-only once built, so tests share one.
var (
	builtinVOnce sync.Once
	builtinV     *Validator
	builtinVErr  error
)

var (
	builtinOnce   sync.Once
	builtinLoaded *Loaded
	builtinFacts  *Facts
	builtinErr    error
)

// formatDiagnostics renders diagnostics the way `schema validate` prints
// them, one per line with code and fix.
func formatDiagnostics(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteString(" [" + d.Severity.String() + " " + d.Code + "]")
		if d.Fix != "" {
			b.WriteString(" fix: " + d.Fix)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestValidateGolden validates the files of testdata/schema/golden and
// compares every diagnostic (position, path, message, code, fix) with the
// .golden file next to it. Run with -update to rewrite them.
func TestValidateGolden(t *testing.T) {
	v := builtinValidator(t)
	files, err := filepath.Glob("../../testdata/schema/golden/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := formatDiagnostics(v.ValidateFile(filepath.Base(f), data))
			golden := strings.TrimSuffix(f, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("diagnostics differ from %s (run with -update to accept):\n got:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// TestValidateCases checks single findings: code, path and position.
func TestValidateCases(t *testing.T) {
	v := builtinValidator(t)
	const deploy = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: app
        image: nginx
`
	tests := []struct {
		name, src  string
		code, path string
		line, col  int
		fix        string // substring of the fix, "" for none expected
	}{
		{"valid", deploy, "", "", 0, 0, ""},
		{"enum", deploy + "        imagePullPolicy: Sometimes\n", CodeEnum, "spec.template.spec.containers[0].imagePullPolicy", 13, 26, ""},
		{"enum close", deploy + "        imagePullPolicy: always\n", CodeEnum, "spec.template.spec.containers[0].imagePullPolicy", 13, 26, `did you mean "Always"`},
		{"unknown field", deploy + "        imagePullPolicyy: Always\n", CodeUnknownField, "spec.template.spec.containers[0].imagePullPolicyy", 13, 9, `did you mean "imagePullPolicy"`},
		{"quantity", deploy + "        resources: {limits: {cpu: lots}}\n", CodeFormat, "spec.template.spec.containers[0].resources.limits.cpu", 13, 35, "500m"},
		{"type", strings.Replace(deploy, "spec:\n  selector", "spec:\n  replicas: \"2\"\n  selector", 1), CodeType, "spec.replicas", 6, 13, "remove the quotes"},
		{"int32", strings.Replace(deploy, "spec:\n  selector", "spec:\n  replicas: 2147483648\n  selector", 1), CodeFormat, "spec.replicas", 6, 13, ""},
		{"required", strings.Replace(deploy, "  selector: {matchLabels: {app: web}}\n", "", 1), CodeRequired, "spec.selector", 6, 3, "add spec.selector"},
		{"duplicate port", deploy + "        ports: [{containerPort: 80}, {containerPort: 80, protocol: TCP}]\n", CodeDuplicateKey, "spec.template.spec.containers[0].ports[1]", 13, 38, "containerPort+protocol"},
		{"ports differ by protocol", deploy + "        ports: [{containerPort: 53}, {containerPort: 53, protocol: UDP}]\n", "", "", 0, 0, ""},
		{"duplicate container", deploy + "      - name: app\n        image: b\n", CodeDuplicateKey, "spec.template.spec.containers[1]", 13, 9, ""},
		{"label value", strings.Replace(deploy, "name: web\n", "name: web\n  labels: {a: b c}\n", 1), CodeMetadata, `metadata.labels["a"]`, 5, 15, ""},
		{"name", strings.Replace(deploy, "name: web", "name: Web", 1), CodeMetadata, "metadata.name", 4, 9, `"web"`},
		{"removed", "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: a}\n", CodeRemoved, "apiVersion", 1, 13, "use apiVersion policy/v1"},
		{"misspelled kind", strings.Replace(deploy, "kind: Deployment", "kind: Deploymnet", 1), CodeUnknownKind, "kind", 2, 7, "did you mean kind Deployment"},
		{"null is absent", strings.Replace(deploy, "spec:\n  selector", "spec:\n  replicas: null\n  selector", 1), "", "", 0, 0, ""},
		{"status enums ignored", deploy + "status: {conditions: [{type: Whatever, status: Maybe}]}\n", "", "", 0, 0, ""},
		{"status unknown field", deploy + "status: {foo: 1}\n", CodeUnknownField, "status.foo", 13, 10, ""},
		{"selector mismatch", strings.Replace(deploy, "metadata: {labels: {app: web}}", "metadata: {labels: {app: api}}", 1), CodeValue, "spec.template.metadata.labels", 8, 24, "add app: web"},
		{"deployment restart policy", strings.Replace(deploy, "      containers:", "      restartPolicy: OnFailure\n      containers:", 1), CodeValue, "spec.template.spec.restartPolicy", 10, 22, ""},
		{"job restart policy", "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n", CodeRequired, "spec.template.spec.restartPolicy", 7, 7, "restartPolicy: Never"},
		{"unnamed service port", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{name: a, port: 80}, {port: 81}]\n", CodeRequired, "spec.ports[1].name", 5, 32, ""},
		{"port name", deploy + "        ports: [{name: metrics_port, containerPort: 9090}]\n", CodeValue, "spec.template.spec.containers[0].ports[0].name", 13, 24, ""},
		{"hpa min over max", "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {kind: Deployment, name: a}\n  minReplicas: 5\n  maxReplicas: 3\n", CodeValue, "spec.maxReplicas", 7, 16, ""},
		{"crd not served", "apiVersion: external-secrets.io/v1beta1\nkind: SecretStore\nmetadata: {name: a}\n", CodeNotServed, "apiVersion", 1, 13, "external-secrets.io/v1"},
		{"crd enum", "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata: {name: a}\nspec:\n  target: {creationPolicy: Sometimes}\n", CodeEnum, "spec.target.creationPolicy", 5, 28, ""},
		{"crd preserve unknown", "apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: a}\nspec:\n  rules:\n  - name: r\n    match: {any: [{resources: {kinds: [Pod]}}]}\n    validate: {pattern: {anything: {goes: [1]}}}\n", "", "", 0, 0, ""},
		{"crd template labels", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: a}\nspec:\n  encryptedData: {a: b}\n  template: {type: Opaque}\n", "", "", 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := v.ValidateFile("t.yaml", []byte(tt.src))
			var errs []Diagnostic
			for _, d := range ds {
				if d.Severity == SeverityError {
					errs = append(errs, d)
				}
			}
			if tt.code == "" {
				if len(errs) != 0 {
					t.Fatalf("want no errors, got:\n%s", formatDiagnostics(errs))
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("want one %s error, got %d:\n%s", tt.code, len(errs), formatDiagnostics(errs))
			}
			d := errs[0]
			if d.Code != tt.code || d.Path != tt.path || d.Pos.Line != tt.line || d.Pos.Col != tt.col {
				t.Errorf("got %s %s at %d:%d, want %s %s at %d:%d (%s)", d.Code, d.Path, d.Pos.Line, d.Pos.Col, tt.code, tt.path, tt.line, tt.col, d.Message)
			}
			if d.Pos.File != "t.yaml" {
				t.Errorf("file %q, want t.yaml", d.Pos.File)
			}
			if tt.fix != "" && !strings.Contains(d.Fix, tt.fix) {
				t.Errorf("fix %q does not contain %q", d.Fix, tt.fix)
			}
		})
	}
}

// TestValidateDeterministic checks that diagnostics come out in the same
// order every time, sequentially and concurrently.
func TestValidateDeterministic(t *testing.T) {
	v := builtinValidator(t)
	data, err := os.ReadFile("../../testdata/schema/golden/builtin.yaml")
	if err != nil {
		t.Fatal(err)
	}
	first := formatDiagnostics(v.ValidateFile("b.yaml", data))
	if first == "" {
		t.Fatal("no diagnostics for builtin.yaml")
	}
	var big []byte
	for i := 0; i < 40; i++ {
		big = append(big, data...)
		big = append(big, "\n---\n"...)
	}
	docs, err := object.DecodeYAMLConcurrent(context.Background(), "big.yaml", big)
	if err != nil {
		t.Fatal(err)
	}
	each, err := v.ValidateEach(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	var seq []Diagnostic
	for _, d := range docs {
		if d.Root != nil {
			seq = append(seq, v.ValidateObject(d.Root)...)
		}
	}
	var con []Diagnostic
	for _, ds := range each {
		con = append(con, ds...)
	}
	if a, b := formatDiagnostics(seq), formatDiagnostics(con); a != b {
		t.Errorf("concurrent validation differs from sequential")
	}
	for i := 0; i < 3; i++ {
		if again := formatDiagnostics(v.ValidateFile("b.yaml", data)); again != first {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, again, first)
		}
	}
}

// TestNewValidatorLeavesIndexAlone checks that overlaying CRDs does not
// change the index the validator was built from.
func TestNewValidatorLeavesIndexAlone(t *testing.T) {
	ix := validationIndex(t, "1.30")
	kinds, types := len(ix.Kinds), len(ix.Types)
	if _, err := NewValidator(ix, sharedCRDs(t)...); err != nil {
		t.Fatal(err)
	}
	if len(ix.Kinds) != kinds || len(ix.Types) != types {
		t.Errorf("index changed: %d→%d kinds, %d→%d types", kinds, len(ix.Kinds), types, len(ix.Types))
	}
	if _, ok := ix.Lookup("kyverno.io/v1", "ClusterPolicy"); ok {
		t.Error("CRD kind leaked into the shared index")
	}
}

// TestValidateOtherVersions runs the validator on versions without a
// built-in default, straight from NIXK8S_SPEC_DIR.
func TestValidateOtherVersions(t *testing.T) {
	hpa := "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {kind: Deployment, name: a}\n  maxReplicas: 3\n"
	for _, version := range []string{"1.33"} {
		t.Run(version, func(t *testing.T) {
			v, err := NewValidator(validationIndex(t, version))
			if err != nil {
				t.Fatal(err)
			}
			ds := v.ValidateFile("hpa.yaml", []byte(hpa))
			// autoscaling/v2 is served from 1.23 on.
			if len(ds) != 0 {
				t.Errorf("Kubernetes %s rejects a valid autoscaling/v2 HPA:\n%s", version, formatDiagnostics(ds))
			}
			bad := strings.Replace(hpa, "maxReplicas: 3", "maxReplicas: 3\n  minReplica: 1", 1)
			ds = v.ValidateFile("hpa.yaml", []byte(bad))
			if len(ds) != 1 || ds[0].Code != CodeUnknownField || !strings.Contains(ds[0].Fix, "minReplicas") {
				t.Errorf("Kubernetes %s: want one unknown-field error suggesting minReplicas, got:\n%s", version, formatDiagnostics(ds))
			}
		})
	}
}

func TestNameRules(t *testing.T) {
	tests := []struct {
		group, kind, name string
		ok                bool
	}{
		{"", "ConfigMap", "a.b-c", true},
		{"", "ConfigMap", "A", false},
		{"", "Service", "a.b", false},
		{"", "Service", "1a", false},
		{"", "Service", "a-1", true},
		{"", "Namespace", "a.b", false},
		{"", "Namespace", "a-b", true},
		{"rbac.authorization.k8s.io", "ClusterRole", "system:view", true},
		{"rbac.authorization.k8s.io", "Role", "a/b", false},
		{"rbac.authorization.k8s.io", "Role", "..", false},
		{"apps", "Deployment", strings.Repeat("a", 253), true},
		{"apps", "Deployment", strings.Repeat("a", 254), false},
	}
	for _, tt := range tests {
		errs := CheckName(NameRuleFor(tt.group, tt.kind), tt.name, false)
		if (len(errs) == 0) != tt.ok {
			t.Errorf("%s %q: errors %v, want ok=%t", tt.kind, tt.name, errs, tt.ok)
		}
	}
}

func TestQualifiedNamesAndLabelValues(t *testing.T) {
	keys := map[string]bool{
		"app": true, "app.kubernetes.io/name": true, "enterprise.com/owner-team": true,
		"a/b/c": false, "/a": false, "a/": false, "Example.com/x": false, "-a": false,
		strings.Repeat("k", 63): true, strings.Repeat("k", 64): false,
		strings.Repeat("p", 253) + "/k": true, strings.Repeat("p", 254) + "/k": false,
	}
	for k, ok := range keys {
		if got := len(IsQualifiedName(k)) == 0; got != ok {
			t.Errorf("IsQualifiedName(%q) ok=%t, want %t", k, got, ok)
		}
	}
	values := map[string]bool{
		"": true, "v1.2_3-x": true, "has space": false, "-a": false, "a-": false,
		strings.Repeat("v", 63): true, strings.Repeat("v", 64): false,
	}
	for v, ok := range values {
		if got := len(IsValidLabelValue(v)) == 0; got != ok {
			t.Errorf("IsValidLabelValue(%q) ok=%t, want %t", v, got, ok)
		}
	}
}

func TestClosest(t *testing.T) {
	tests := []struct {
		in   string
		cand []string
		want string
	}{
		{"imagePullPolicyy", []string{"image", "imagePullPolicy", "imagePullSecrets"}, "imagePullPolicy"},
		{"always", []string{"Always", "Never"}, "Always"},
		{"zzzzzz", []string{"Always", "Never"}, ""},
		{"Always", []string{"Always"}, ""},
	}
	for _, tt := range tests {
		if got := closest(tt.in, tt.cand); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
