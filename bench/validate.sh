#!/usr/bin/env bash
# Validation speed: `nix-k8s-lsp schema validate` against `kubeconform -strict`
# (with the schemas `schema export-jsonschema` writes) on the same objects:
# N apps (default 1,000) × Deployment, Service, ConfigMap, HPA, PDB.
# Each tool runs RUNS times (default 3); the best time of each is reported.
# Needs kubeconform on PATH (go install github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$(go env GOPATH)/bin"
N="${N:-1000}"
RUNS="${RUNS:-3}"
VERSION="${K8S_VERSION:-1.30}"
command -v kubeconform >/dev/null || { echo "kubeconform not found on PATH" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/build "$work/nix-k8s-lsp"

awk -v n="$N" 'BEGIN {
  for (i = 0; i < n; i++) {
    app = sprintf("app-%04d", i)
    printf "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: shop\n  labels:\n    app.kubernetes.io/name: %s\n    enterprise.com/owner-team: payments\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: %s\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: %s\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      containers:\n      - name: app\n        image: ghcr.io/acme/%s:1.4.2\n        imagePullPolicy: IfNotPresent\n        ports:\n        - name: http\n          containerPort: 8080\n        env:\n        - name: LOG_LEVEL\n          value: info\n        resources:\n          requests:\n            cpu: 100m\n            memory: 128Mi\n          limits:\n            cpu: 500m\n            memory: 256Mi\n        readinessProbe:\n          httpGet:\n            path: /healthz\n            port: http\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities:\n            drop: [ALL]\n---\n", app, app, app, app, app
    printf "apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  namespace: shop\nspec:\n  type: ClusterIP\n  selector:\n    app.kubernetes.io/name: %s\n  ports:\n  - name: http\n    port: 80\n    targetPort: http\n    protocol: TCP\n---\n", app, app
    printf "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-config\n  namespace: shop\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: \"a,b,c\"\n---\n", app
    printf "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: %s\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: %s\n  minReplicas: 3\n  maxReplicas: 10\n  metrics:\n  - type: Resource\n    resource:\n      name: cpu\n      target:\n        type: Utilization\n        averageUtilization: 70\n---\n", app, app
    printf "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: %s\n  namespace: shop\nspec:\n  minAvailable: 2\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: %s\n---\n", app, app
  }
}' > "$work/apps.yaml"

"$work/nix-k8s-lsp" schema export-jsonschema --k8s-version "$VERSION" "$work/schemas" >/dev/null 2>&1

# best RUNS-times wall and CPU (user+sys) time, in ms, of a command whose
# output is discarded; prints "wall cpu".
best() {
  local bw=0 bc=0 out w c
  for _ in $(seq "$RUNS"); do
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; } 2>&1 )
    w=$(awk '{ printf "%d", $1 * 1000 }' <<<"$out")
    c=$(awk '{ printf "%d", ($2 + $3) * 1000 }' <<<"$out")
    if [ "$bw" -eq 0 ] || [ "$w" -lt "$bw" ]; then bw=$w; fi
    if [ "$bc" -eq 0 ] || [ "$c" -lt "$bc" ]; then bc=$c; fi
  done
  echo "$bw $bc"
}

objects=$((N * 5))
read -r ours_w ours_c < <(best "$work/nix-k8s-lsp" schema validate --k8s-version "$VERSION" "$work/apps.yaml")
read -r kc_w kc_c < <(best kubeconform -strict -summary -schema-location "$work/schemas/{{.ResourceKind}}{{.KindSuffix}}.json" "$work/apps.yaml")
echo "objects: $objects (best of $RUNS runs; load average $(cut -d' ' -f1 /proc/loadavg))"
printf "%-30s %8s %8s\n" "" "wall ms" "cpu ms"
printf "%-30s %8d %8d\n" "nix-k8s-lsp schema validate" "$ours_w" "$ours_c"
printf "%-30s %8d %8d\n" "kubeconform -strict" "$kc_w" "$kc_c"
awk -v a="$ours_w" -v b="$kc_w" -v c="$ours_c" -v d="$kc_c" 'BEGIN {
  if (a < 1) a = 1; if (c < 1) c = 1
  printf "ratio (kubeconform / ours): wall %.1fx, cpu %.1fx\n", b / a, d / c }'
