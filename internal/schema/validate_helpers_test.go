package schema

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// validationIndexes caches the index of each Kubernetes version built from
// NIXK8S_SPEC_DIR for the validation tests (building takes about 0.5 s).
var validationIndexes sync.Map // version → *indexOnce

type indexOnce struct {
	once sync.Once
	ix   *Index
	err  error
}

// envDir returns the directory named by an environment variable, failing
// the test when it is unset or missing. Relative paths are taken from the
// repository root, as scripts/test and CI pass them.
func envDir(t testing.TB, name string) string {
	t.Helper()
	dir := os.Getenv(name)
	if dir == "" {
		t.Fatalf("%s is not set: point it at the shared Kubernetes data (scripts/test sets %s=../shared/…)", name, name)
	}
	if !filepath.IsAbs(dir) {
		if _, err := os.Stat(dir); err != nil {
			dir = filepath.Join("..", "..", dir)
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("%s=%s: %v", name, os.Getenv(name), err)
	}
	return dir
}

// validationIndex returns the index of version (e.g. "1.30").
func validationIndex(t testing.TB, version string) *Index {
	t.Helper()
	specs := envDir(t, "NIXK8S_SPEC_DIR")
	v, _ := validationIndexes.LoadOrStore(version, &indexOnce{})
	o := v.(*indexOnce)
	o.once.Do(func() {
		docs, err := ReadDocuments(filepath.Join(specs, "v"+version))
		if err != nil {
			o.err = err
			return
		}
		o.ix, o.err = Build(context.Background(), version, docs)
	})
	if o.err != nil {
		t.Fatalf("loading the Kubernetes %s schema: %v", version, o.err)
	}
	return o.ix
}

// sharedCRDs loads every CRD of NIXK8S_CRD_DIR (once per test binary:
// validators never modify CRDs).
func sharedCRDs(t testing.TB) []*CRD {
	t.Helper()
	dir := envDir(t, "NIXK8S_CRD_DIR")
	sharedCRDOnce.Do(func() { sharedCRDCache, sharedCRDErr = LoadCRDDir(dir) })
	if sharedCRDErr != nil {
		t.Fatal(sharedCRDErr)
	}
	if len(sharedCRDCache) == 0 {
		t.Fatal("NIXK8S_CRD_DIR holds no CRDs")
	}
	return sharedCRDCache
}

var (
	sharedCRDOnce  sync.Once
	sharedCRDCache []*CRD
	sharedCRDErr   error
)

// newTestValidator returns a validator for version with the shared CRDs.
func newTestValidator(t testing.TB, version string) *Validator {
	t.Helper()
	v, err := NewValidator(validationIndex(t, version), sharedCRDs(t)...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
