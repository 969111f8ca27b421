package schema

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

// Targets (reported, never asserted): loading one version takes at most
// 50 ms and 60 MB of heap.

// liveHeap measures the heap retained by one loaded index, in MB. Report
// it after the timed loop: ResetTimer drops metrics reported before it.
func liveHeap(b *testing.B, load func() *Loaded) float64 {
	b.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	l := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(l)
	return float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
}

func BenchmarkLoadBuiltin(b *testing.B) {
	ctx := context.Background()
	r := &Resolver{CacheDir: b.TempDir()}
	load := func() *Loaded {
		l, err := r.Load(ctx, "1.30")
		if err != nil || l.Source.Kind != SourceBuiltin {
			b.Fatalf("load: %v (%v)", err, l)
		}
		return l
	}
	live := liveHeap(b, load)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		load()
	}
	b.ReportMetric(live, "live-MB")
}

func BenchmarkLoadCache(b *testing.B) {
	ctx := context.Background()
	cache := b.TempDir()
	data, _ := builtin.Index("1.30")
	if err := writeFileAtomic(filepath.Join(cache, "specs", "v1.30", cacheIndexFile), data); err != nil {
		b.Fatal(err)
	}
	r := &Resolver{CacheDir: cache, NoBuiltin: true}
	load := func() *Loaded {
		l, err := r.Load(ctx, "1.30")
		if err != nil || l.Source.Kind != SourceCache {
			b.Fatalf("load: %v (%v)", err, l)
		}
		return l
	}
	live := liveHeap(b, load)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		load()
	}
	b.ReportMetric(live, "live-MB")
}

// BenchmarkLoadSpecDirCached loads from a spec directory whose derived
// index is already cached (the path users of --spec-dir take after the
// first run).
func BenchmarkLoadSpecDirCached(b *testing.B) {
	dir := os.Getenv(EnvSpecDir)
	if dir == "" {
		b.Skipf("%s not set", EnvSpecDir)
	}
	ctx := context.Background()
	r := &Resolver{SpecDir: dir, CacheDir: b.TempDir(), NoBuiltin: true}
	if _, err := r.Load(ctx, "1.33"); err != nil {
		b.Fatal(err)
	}
	load := func() *Loaded {
		l, err := r.Load(ctx, "1.33")
		if err != nil {
			b.Fatal(err)
		}
		return l
	}
	live := liveHeap(b, load)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		load()
	}
	b.ReportMetric(live, "live-MB")
}

// BenchmarkBuildFromDocuments is the slow path the compact index avoids:
// kin-openapi parsing one version's documents.
func BenchmarkBuildFromDocuments(b *testing.B) {
	dir := os.Getenv(EnvSpecDir)
	if dir == "" {
		b.Skipf("%s not set", EnvSpecDir)
	}
	docs, err := ReadDocuments(filepath.Join(dir, "v1.30"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(context.Background(), "1.30", docs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFacts(b *testing.B) {
	ctx := context.Background()
	r := &Resolver{CacheDir: b.TempDir()}
	l, err := r.Load(ctx, "1.30")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Facts(ctx, l); err != nil {
			b.Fatal(err)
		}
	}
}
