package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// benchApps returns n apps of five objects each as one YAML stream.
func benchApps(n int) []byte {
	var b strings.Builder
	for i := 0; i < n; i++ {
		app := fmt.Sprintf("app-%04d", i)
		fmt.Fprintf(&b, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[1]s
  namespace: shop
  labels: {app.kubernetes.io/name: %[1]s}
spec:
  replicas: 3
  selector: {matchLabels: {app.kubernetes.io/name: %[1]s}}
  template:
    metadata: {labels: {app.kubernetes.io/name: %[1]s}}
    spec:
      containers:
      - name: app
        image: ghcr.io/acme/%[1]s:1.4.2
        imagePullPolicy: IfNotPresent
        ports: [{name: http, containerPort: 8080}]
        env: [{name: LOG_LEVEL, value: info}]
        resources:
          requests: {cpu: 100m, memory: 128Mi}
          limits: {cpu: 500m, memory: 256Mi}
---
apiVersion: v1
kind: Service
metadata: {name: %[1]s, namespace: shop}
spec:
  selector: {app.kubernetes.io/name: %[1]s}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: %[1]s-config, namespace: shop}
data: {LOG_LEVEL: info}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: %[1]s, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: %[1]s}
  minReplicas: 3
  maxReplicas: 10
  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: %[1]s, namespace: shop}
spec:
  minAvailable: 2
  selector: {matchLabels: {app.kubernetes.io/name: %[1]s}}
---
`, app)
	}
	return []byte(b.String())
}

// BenchmarkValidate5000 decodes and validates 1,000 apps (5,000 objects).
func BenchmarkValidate5000(b *testing.B) {
	v, err := NewValidator(validationIndex(b, "1.30"))
	if err != nil {
		b.Fatal(err)
	}
	data := benchApps(1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ds := v.ValidateFile("apps.yaml", data); len(ds) != 0 {
			b.Fatalf("unexpected diagnostics: %v", ds[0])
		}
	}
}

// BenchmarkValidateOnly5000 validates 5,000 already decoded objects.
func BenchmarkValidateOnly5000(b *testing.B) {
	v, err := NewValidator(validationIndex(b, "1.30"))
	if err != nil {
		b.Fatal(err)
	}
	docs, err := object.DecodeYAML("apps.yaml", benchApps(1000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ds := v.ValidateDocuments(docs); len(ds) != 0 {
			b.Fatalf("unexpected diagnostics: %v", ds[0])
		}
	}
}
