package schema

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// Rules the API server's validation adds on top of the schema for common
// built-in types (k8s.io/kubernetes/pkg/apis/*/validation). Each names the
// type it applies to.

var ianaSvcNameRe = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)

// semantic applies the rules of the named type to n at path.
func (w *walker) semantic(typeName string, n *object.Node, path string) {
	switch typeName {
	case "io.k8s.api.apps.v1.DeploymentSpec", "io.k8s.api.apps.v1.StatefulSetSpec",
		"io.k8s.api.apps.v1.DaemonSetSpec", "io.k8s.api.apps.v1.ReplicaSetSpec":
		w.workloadSpec(n, path)
	case "io.k8s.api.core.v1.Container", "io.k8s.api.core.v1.EphemeralContainer", "io.k8s.api.core.v1.Volume":
		if name := n.Get("name"); name != nil && name.Kind == object.String && name.Str != "" {
			for _, m := range IsDNS1123Label(name.Str) {
				w.report(CodeValue, name, join(path, "name"), fmt.Sprintf("invalid name %q: %s", name.Str, m), fmt.Sprintf("use %q", suggestName(name.Str)))
			}
		}
	case "io.k8s.api.core.v1.ServicePort":
		if tp := n.Get("targetPort"); tp != nil && tp.Kind == object.String && tp.Str != "" {
			if msg := ianaSvcName(tp.Str); msg != "" {
				fix := ""
				if _, err := strconv.Atoi(tp.Str); err == nil {
					fix = "write the port number without quotes: targetPort: " + tp.Str
				}
				w.report(CodeValue, tp, join(path, "targetPort"), fmt.Sprintf("invalid port name %q: %s", tp.Str, msg), fix)
			}
		}
	case "io.k8s.api.batch.v1.JobSpec":
		w.restartPolicy(n.Lookup("template", "spec"), join(path, "template.spec"), []string{"Never", "OnFailure"}, true)
	case "io.k8s.api.core.v1.ServiceSpec":
		w.servicePorts(n, path)
	case "io.k8s.api.core.v1.ContainerPort":
		if name := n.Get("name"); name != nil && name.Kind == object.String && name.Str != "" {
			if msg := ianaSvcName(name.Str); msg != "" {
				w.report(CodeValue, name, join(path, "name"), fmt.Sprintf("invalid port name %q: %s", name.Str, msg), "use at most 15 lowercase letters, digits and '-', e.g. \"http\"")
			}
		}
	case "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec":
		maxR, okMax := intField(n, "maxReplicas")
		minR, okMin := intField(n, "minReplicas")
		if okMax && maxR < 1 {
			w.report(CodeValue, n.Get("maxReplicas"), join(path, "maxReplicas"), "must be greater than or equal to 1", "")
		}
		if okMin && minR < 1 {
			w.report(CodeValue, n.Get("minReplicas"), join(path, "minReplicas"), "must be greater than or equal to 1", "")
		}
		if okMax && okMin && minR > maxR {
			w.report(CodeValue, n.Get("maxReplicas"), join(path, "maxReplicas"),
				fmt.Sprintf("must be greater than or equal to minReplicas (%d)", minR), "")
		}
	case "io.k8s.api.policy.v1.PodDisruptionBudgetSpec":
		if present(n.Get("minAvailable")) && present(n.Get("maxUnavailable")) {
			w.report(CodeValue, n.Get("maxUnavailable"), join(path, "maxUnavailable"),
				"minAvailable and maxUnavailable cannot both be set", "keep one of them")
		}
	}
}

func present(n *object.Node) bool { return n != nil && n.Kind != object.Null }

func intField(n *object.Node, key string) (int64, bool) {
	v := n.Get(key)
	if v == nil || !v.IsNumber() {
		return 0, false
	}
	return v.IntValue()
}

// ianaSvcName checks a port name (IANA service name): at most 15
// characters, lowercase alphanumerics and '-', at least one letter, no
// "--" and no '-' at either end.
func ianaSvcName(s string) string {
	switch {
	case len(s) > 15:
		return "must be no more than 15 characters"
	case !ianaSvcNameRe.MatchString(s):
		return "must contain only lowercase alphanumeric characters or '-' and start and end with an alphanumeric character"
	case strings.Contains(s, "--"):
		return "must not contain consecutive hyphens"
	case strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) < 0:
		return "must contain at least one letter"
	}
	return ""
}

// workloadSpec checks that a workload's selector matches its pod template
// labels and that its pods restart Always.
func (w *walker) workloadSpec(n *object.Node, path string) {
	if r, ok := intField(n, "replicas"); ok && r < 0 {
		w.report(CodeValue, n.Get("replicas"), join(path, "replicas"), "must be greater than or equal to 0", "")
	}
	w.restartPolicy(n.Lookup("template", "spec"), join(path, "template.spec"), []string{"Always"}, false)
	sel := n.Lookup("selector", "matchLabels")
	if sel == nil || sel.Kind != object.Map || n.Lookup("selector", "matchExpressions") != nil {
		return
	}
	labels := n.Lookup("template", "metadata", "labels")
	for _, f := range sel.Fields {
		if f.Value.Kind != object.String {
			continue
		}
		l := labels.Get(f.Key)
		if l == nil || l.Kind != object.String || l.Str != f.Value.Str {
			at := labels
			if at == nil {
				at = n.Get("template")
			}
			if at == nil {
				at = n
			}
			w.report(CodeValue, at, join(path, "template.metadata.labels"),
				"selector does not match template labels: "+f.Key+"="+strconv.Quote(f.Value.Str)+" is missing",
				fmt.Sprintf("add %s: %s to spec.template.metadata.labels", f.Key, f.Value.Str))
			return
		}
	}
}

// restartPolicy checks a pod spec's restartPolicy against allowed values;
// with required set an absent policy is an error too (its default, Always,
// is not allowed).
func (w *walker) restartPolicy(spec *object.Node, path string, allowed []string, required bool) {
	if spec == nil || spec.Kind != object.Map {
		return
	}
	rp := spec.Get("restartPolicy")
	quoted := make([]string, len(allowed))
	for i, a := range allowed {
		quoted[i] = strconv.Quote(a)
	}
	if rp == nil || rp.Kind == object.Null || (rp.Kind == object.String && rp.Str == "") {
		if required {
			w.report(CodeRequired, spec, join(path, "restartPolicy"),
				"restartPolicy is required here: the default Always is not allowed; use "+strings.Join(quoted, " or "),
				"add restartPolicy: "+allowed[0])
		}
		return
	}
	if rp.Kind != object.String || (rp.Str != "Always" && rp.Str != "Never" && rp.Str != "OnFailure") {
		return // not a string, or already reported as outside the enum
	}
	for _, a := range allowed {
		if rp.Str == a {
			return
		}
	}
	w.report(CodeValue, rp, join(path, "restartPolicy"),
		fmt.Sprintf("unsupported value %q here: supported values: %s", rp.Str, strings.Join(quoted, ", ")), "")
}

// servicePorts checks that every port of a multi-port Service is named,
// with unique names.
func (w *walker) servicePorts(n *object.Node, path string) {
	ports := n.Get("ports")
	if ports == nil || ports.Kind != object.List {
		return
	}
	seen := map[string]int{}
	for i, p := range ports.Items {
		if p.Kind != object.Map {
			continue
		}
		pp := path + ".ports[" + strconv.Itoa(i) + "]"
		name := p.Get("name")
		if !present(name) || (name.Kind == object.String && name.Str == "") {
			if len(ports.Items) > 1 {
				w.report(CodeRequired, p, pp+".name", "ports of a Service with more than one port must be named", "add a name such as \"http\"")
			}
			continue
		}
		if name.Kind != object.String {
			continue
		}
		if j, dup := seen[name.Str]; dup {
			w.report(CodeDuplicateKey, name, pp+".name", fmt.Sprintf("duplicate port name %q (also at index %d)", name.Str, j), "")
			continue
		}
		seen[name.Str] = i
		for _, m := range IsDNS1123Label(name.Str) {
			w.report(CodeValue, name, pp+".name", fmt.Sprintf("invalid port name %q: %s", name.Str, m), "")
		}
	}
}
