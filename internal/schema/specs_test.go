package schema

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// specDir returns NIXK8S_SPEC_DIR and fails the test when it is unset:
// these tests check the real Kubernetes specs and must not pass by
// skipping.
func specDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(EnvSpecDir)
	if dir == "" {
		t.Fatalf("%s is not set: point it at the Kubernetes OpenAPI specs (a directory of v1.N/ folders, e.g. ../shared/specs); scripts/test sets it", EnvSpecDir)
	}
	if _, err := os.Stat(filepath.Join(dir, "v1.30", "api", "v1.json")); err != nil {
		t.Fatalf("%s=%s does not hold v1.30/api/v1.json: %v", EnvSpecDir, dir, err)
	}
	return dir
}

var (
	sharedCacheOnce sync.Once
	sharedCache     string
)

// specResolver returns a resolver over NIXK8S_SPEC_DIR whose derived-index
// cache is shared by the tests of this run, so each version is built from
// the documents once per run.
func specResolver(t testing.TB) *Resolver {
	t.Helper()
	dir := specDir(t)
	sharedCacheOnce.Do(func() {
		d, err := os.MkdirTemp("", "nixk8s-schema-test-")
		if err != nil {
			t.Fatalf("creating the shared test cache: %v", err)
		}
		sharedCache = d
	})
	return &Resolver{SpecDir: dir, CacheDir: sharedCache, NoBuiltin: true}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedCache != "" {
		os.RemoveAll(sharedCache)
	}
	os.Exit(code)
}

func loadSpec(t testing.TB, version string) *Loaded {
	t.Helper()
	l, err := specResolver(t).Load(context.Background(), version)
	if err != nil {
		t.Fatalf("loading %s: %v", version, err)
	}
	if l.Source.Kind != SourceSpecDir {
		t.Fatalf("loading %s: source %s, want the spec directory", version, l.Source)
	}
	return l
}

func factsFor(t testing.TB, version string) *Facts {
	t.Helper()
	l := loadSpec(t, version)
	f, err := specResolver(t).Facts(context.Background(), l)
	if err != nil {
		t.Fatalf("facts of %s: %v", version, err)
	}
	return f
}

func TestFactsAgainstSpecs(t *testing.T) {
	hpa := func(v string) GVK { return GVK{"autoscaling", v, "HorizontalPodAutoscaler"} }
	tests := []struct {
		target string
		check  func(t *testing.T, f *Facts)
	}{
		{"1.23", func(t *testing.T, f *Facts) {
			k, ok := f.Preferred("HorizontalPodAutoscaler")
			if !ok || k.APIVersion() != "autoscaling/v2" {
				t.Errorf("preferred HPA in 1.23 = %v, want autoscaling/v2", k)
			}
			for _, v := range []string{"v1", "v2", "v2beta1", "v2beta2"} {
				if _, ok := f.Served(hpa(v)); !ok {
					t.Errorf("1.23 should serve autoscaling/%s HPA", v)
				}
			}
			if _, ok := f.Deprecated(hpa("v2beta2")); !ok {
				t.Error("autoscaling/v2beta2 HPA should be deprecated in 1.23 (v2 is served)")
			}
			if _, ok := f.Deprecated(hpa("v1")); ok {
				t.Error("autoscaling/v1 HPA is GA and must not be reported deprecated")
			}
		}},
		{"1.24", func(t *testing.T, f *Facts) {
			if _, ok := f.Removed(hpa("v2beta1")); ok {
				t.Error("autoscaling/v2beta1 is still served in 1.24")
			}
		}},
		{"1.25", func(t *testing.T, f *Facts) {
			for _, g := range []GVK{hpa("v2beta1"), {"policy", "v1beta1", "PodDisruptionBudget"}, {"batch", "v1beta1", "CronJob"}} {
				r, ok := f.Removed(g)
				if !ok || r.RemovedIn != "1.25" || r.LastServed != "1.24" {
					t.Errorf("%v: removal = %+v, %v; want removed in 1.25", g, r, ok)
				}
			}
			if r, _ := f.Removed(GVK{"policy", "v1beta1", "PodDisruptionBudget"}); r.Replacement != "policy/v1" {
				t.Errorf("PDB replacement = %q, want policy/v1", r.Replacement)
			}
			if r, _ := f.Removed(GVK{"batch", "v1beta1", "CronJob"}); r.Replacement != "batch/v1" {
				t.Errorf("CronJob replacement = %q, want batch/v1", r.Replacement)
			}
			if _, ok := f.Removed(hpa("v2beta2")); ok {
				t.Error("autoscaling/v2beta2 is still served in 1.25")
			}
		}},
		{"1.26", func(t *testing.T, f *Facts) {
			r, ok := f.Removed(hpa("v2beta2"))
			if !ok || r.RemovedIn != "1.26" || r.Replacement != "autoscaling/v2" {
				t.Errorf("v2beta2 removal = %+v, %v; want removed in 1.26, replaced by autoscaling/v2", r, ok)
			}
			r, ok = f.Removed(hpa("v2beta1"))
			if !ok || r.RemovedIn != "1.25" {
				t.Errorf("v2beta1 removal seen from 1.26 = %+v, %v; want removed in 1.25", r, ok)
			}
			if k, _ := f.Preferred("HorizontalPodAutoscaler"); k == nil || k.APIVersion() != "autoscaling/v2" {
				t.Errorf("preferred HPA in 1.26 = %v", k)
			}
		}},
		{"1.32", func(t *testing.T, f *Facts) {
			for _, kind := range []string{"FlowSchema", "PriorityLevelConfiguration"} {
				g := GVK{"flowcontrol.apiserver.k8s.io", "v1beta3", kind}
				r, ok := f.Removed(g)
				if !ok || r.RemovedIn != "1.32" || r.Replacement != "flowcontrol.apiserver.k8s.io/v1" {
					t.Errorf("%v removal = %+v, %v; want removed in 1.32 with replacement flowcontrol.apiserver.k8s.io/v1", g, r, ok)
				}
			}
			for _, r := range f.Removals() {
				if len(f.ServedIn(r.GVK)) == 0 {
					t.Errorf("removal %v has no serving history", r.GVK)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			f := factsFor(t, tt.target)
			if f.Compared[0] != "1.23" || f.Compared[len(f.Compared)-1] != tt.target {
				t.Fatalf("compared versions %v, want 1.23 … %s", f.Compared, tt.target)
			}
			tt.check(t, f)
		})
	}
}

func TestScopeAgainstSpecs(t *testing.T) {
	for _, v := range []string{"1.23", "1.30", "1.35"} {
		t.Run(v, func(t *testing.T) {
			ix := loadSpec(t, v).Index
			tests := []struct {
				apiVersion, kind string
				namespaced       bool
			}{
				{"v1", "Namespace", false},
				{"rbac.authorization.k8s.io/v1", "ClusterRole", false},
				{"v1", "PersistentVolume", false},
				{"storage.k8s.io/v1", "StorageClass", false},
				{"apps/v1", "Deployment", true},
				{"v1", "ConfigMap", true},
				{"policy/v1", "PodDisruptionBudget", true},
			}
			for _, tt := range tests {
				k, ok := ix.Lookup(tt.apiVersion, tt.kind)
				if !ok {
					t.Errorf("%s %s not found", tt.apiVersion, tt.kind)
					continue
				}
				if k.Namespaced != tt.namespaced {
					t.Errorf("%s %s namespaced = %v, want %v", tt.apiVersion, tt.kind, k.Namespaced, tt.namespaced)
				}
				if ix.Schema(k) == nil {
					t.Errorf("%s %s: schema %s missing", tt.apiVersion, tt.kind, k.Schema)
				}
			}
		})
	}
}
