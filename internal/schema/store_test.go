package schema

import (
	"context"
	"sync"
	"testing"
)

func TestStoreMemoizes(t *testing.T) {
	ctx := context.Background()
	s := NewStore(&Resolver{CacheDir: t.TempDir()})
	var wg sync.WaitGroup
	got := make([]*Loaded, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := s.Load(ctx, "1.29")
			if err != nil {
				t.Error(err)
			}
			got[i] = l
		}()
	}
	wg.Wait()
	for _, l := range got[1:] {
		if l != got[0] {
			t.Fatal("concurrent loads of one version returned different indexes")
		}
	}
	l, f, err := s.Facts(ctx, "1.29")
	if err != nil || l != got[0] {
		t.Fatalf("Facts: %v", err)
	}
	if _, f2, _ := s.Facts(ctx, "1.29"); f2 != f {
		t.Error("facts not memoized")
	}
	if k, ok := f.Preferred("CronJob"); !ok || k.APIVersion() != "batch/v1" {
		t.Errorf("preferred CronJob in 1.29 = %v", k)
	}
	if _, err := s.Load(ctx, "1.41"); err == nil {
		t.Error("loaded a version no source has")
	}
	if _, err := s.Load(ctx, "x"); err == nil {
		t.Error("accepted a bad version")
	}
	// A failed load is retried, not memoized.
	if _, ok := s.entries["1.41"]; ok {
		t.Error("failed load was memoized")
	}
}
