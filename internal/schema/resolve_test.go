package schema

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const miniDir = "testdata/mini"

func TestResolveSpecDir(t *testing.T) {
	cache := t.TempDir()
	r := &Resolver{SpecDir: miniDir, CacheDir: cache, NoBuiltin: true}
	l, err := r.Load(context.Background(), "1.99.3")
	if err != nil {
		t.Fatal(err)
	}
	if l.Source.Kind != SourceSpecDir || l.Source.Location != filepath.Join(miniDir, "v1.99") {
		t.Fatalf("source = %+v", l.Source)
	}
	if got := l.Describe(); got != "Kubernetes 1.99.3 schema from spec directory testdata/mini/v1.99" {
		t.Errorf("Describe = %q", got)
	}
	derived, _ := filepath.Glob(filepath.Join(cache, "derived", "*.nk8s"))
	if len(derived) != 1 {
		t.Fatalf("derived index not cached: %v", derived)
	}
	// The second load reads the derived index: corrupting it must force a
	// rebuild, not an error, and the rebuilt index must be equal.
	if err := os.WriteFile(derived[0], []byte("junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	l2, err := r.Load(context.Background(), "1.99")
	if err != nil || len(l2.Kinds) != len(l.Kinds) {
		t.Fatalf("reload after a damaged derived index: %v", err)
	}
	// A single version's directory serves the version asked for.
	single := &Resolver{SpecDir: filepath.Join(miniDir, "v1.99"), NoBuiltin: true}
	if l, err := single.Load(context.Background(), "1.99"); err != nil || l.Source.Kind != SourceSpecDir {
		t.Fatalf("single-version dir: %+v, %v", l, err)
	}
}

func TestResolveFallsThroughToBuiltin(t *testing.T) {
	r := &Resolver{SpecDir: miniDir, CacheDir: t.TempDir()}
	l, err := r.Load(context.Background(), "1.30")
	if err != nil {
		t.Fatal(err)
	}
	if l.Source.Kind != SourceBuiltin || l.Version != "1.30" {
		t.Fatalf("source = %s, version %s; want the offline default 1.30", l.Source, l.Version)
	}
	if !strings.Contains(l.Describe(), "offline default") {
		t.Errorf("Describe = %q", l.Describe())
	}
}

func TestResolveCache(t *testing.T) {
	ctx := context.Background()
	cache := t.TempDir()
	docs, err := ReadDocuments(filepath.Join(miniDir, "v1.99"))
	if err != nil {
		t.Fatal(err)
	}
	vdir := filepath.Join(cache, "specs", "v1.99")
	if err := storeDocuments(vdir, docs); err != nil {
		t.Fatal(err)
	}
	r := &Resolver{CacheDir: cache, NoBuiltin: true}
	l, err := r.Load(ctx, "1.99")
	if err != nil {
		t.Fatal(err)
	}
	if l.Source.Kind != SourceCache || l.Source.Location != vdir {
		t.Fatalf("source = %+v", l.Source)
	}
	if _, err := os.Stat(filepath.Join(vdir, cacheIndexFile)); err != nil {
		t.Fatalf("index not written into the cache: %v", err)
	}
	// Now the index alone serves it.
	if err := os.RemoveAll(filepath.Join(vdir, "docs")); err != nil {
		t.Fatal(err)
	}
	if l, err := r.Load(ctx, "1.99"); err != nil || l.Source.Kind != SourceCache || len(l.Kinds) != 3 {
		t.Fatalf("index-only cache: %+v, %v", l, err)
	}
	// A damaged index without documents is an error naming the file.
	if err := os.WriteFile(filepath.Join(vdir, cacheIndexFile), []byte("junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Load(ctx, "1.99"); err == nil || !strings.Contains(err.Error(), cacheIndexFile) || !strings.Contains(err.Error(), "schema fetch 1.99") {
		t.Fatalf("damaged cache error = %v", err)
	}
	avail := r.Available()
	if len(avail) != 1 || avail[0].Version != "1.99" || avail[0].Source.Kind != SourceCache {
		t.Errorf("Available = %+v", avail)
	}
}

func TestResolveNothingIsAClearError(t *testing.T) {
	r := &Resolver{SpecDir: miniDir, CacheDir: t.TempDir()}
	_, err := r.Load(context.Background(), "1.41")
	if err == nil {
		t.Fatal("Load(1.41) succeeded with no source")
	}
	for _, want := range []string{"Kubernetes 1.41", "--spec-dir", EnvSpecDir, "--allow-download", EnvAllowDownload, "schema fetch 1.41", "offline default covers 1.23–1.30"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, err := r.Load(context.Background(), "one.two"); err == nil || !strings.Contains(err.Error(), "invalid Kubernetes version") {
		t.Errorf("bad version error = %v", err)
	}
}

// fakeGitHub serves the mini documents the way raw.githubusercontent.com
// serves kubernetes/kubernetes: <tag>/api/openapi-spec/{swagger.json,v3/*}.
func fakeGitHub(t *testing.T, tag string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	mux := http.NewServeMux()
	prefix := "/" + tag + "/api/openapi-spec/"
	mux.HandleFunc(prefix+"swagger.json", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		// Only the paths matter for the list of group versions; a group
		// version without a v3 document must be skipped.
		w.Write([]byte(`{"swagger":"2.0","info":{"title":"k","version":"x"},"paths":{
			"/api/v1/namespaces/{namespace}/widgets/{name}":{},
			"/apis/example.com/v1beta1/gadgets":{},
			"/apis/gone.example.com/v1/things":{},
			"/version/":{}}}`))
	})
	mux.HandleFunc(prefix+"v3/", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		name := strings.TrimPrefix(r.URL.Path, prefix+"v3/")
		local := map[string]string{
			"api__v1_openapi.json":                    "api/v1.json",
			"apis__example.com__v1beta1_openapi.json": "apis/example.com/v1beta1.json",
		}[name]
		if local == "" {
			http.NotFound(w, r)
			return
		}
		http.ServeFile(w, r, filepath.Join(miniDir, "v1.99", local))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &hits
}

func TestResolveDownload(t *testing.T) {
	ctx := context.Background()
	srv, hits := fakeGitHub(t, "v1.99.2")
	cache := t.TempDir()
	off := &Resolver{CacheDir: cache, NoBuiltin: true, DownloadBaseURL: srv.URL}
	if _, err := off.Load(ctx, "1.99.2"); err == nil {
		t.Fatal("Load downloaded without permission")
	}
	if hits.Load() != 0 {
		t.Fatalf("the network was used without --allow-download (%d requests)", hits.Load())
	}
	on := &Resolver{CacheDir: cache, NoBuiltin: true, DownloadBaseURL: srv.URL, AllowDownload: true, HTTPClient: srv.Client()}
	l, err := on.Load(ctx, "1.99.2")
	if err != nil {
		t.Fatal(err)
	}
	if l.Source.Kind != SourceDownload || l.Source.Location != srv.URL+"/v1.99.2/api/openapi-spec/v3" {
		t.Fatalf("source = %+v", l.Source)
	}
	if k, ok := l.Lookup("example.com/v1beta1", "Gadget"); !ok || k.Namespaced {
		t.Fatalf("downloaded index lacks the cluster-scoped Gadget: %+v", k)
	}
	for _, f := range []string{"docs/api/v1.json", "docs/apis/example.com/v1beta1.json", cacheIndexFile} {
		if _, err := os.Stat(filepath.Join(cache, "specs", "v1.99", f)); err != nil {
			t.Errorf("cache lacks %s: %v", f, err)
		}
	}
	n := hits.Load()
	l, err = on.Load(ctx, "1.99")
	if err != nil || l.Source.Kind != SourceCache {
		t.Fatalf("second load: %+v, %v; want the cache", l, err)
	}
	if hits.Load() != n {
		t.Error("second load used the network")
	}
}

func TestResolveDownloadErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "nope", http.StatusInternalServerError)
	}))
	defer srv.Close()
	r := &Resolver{CacheDir: t.TempDir(), NoBuiltin: true, DownloadBaseURL: srv.URL, AllowDownload: true}
	_, err := r.Load(context.Background(), "1.99")
	if err == nil || !strings.Contains(err.Error(), "Kubernetes 1.99") || !strings.Contains(err.Error(), "500") || !strings.Contains(err.Error(), "--spec-dir") {
		t.Fatalf("error = %v", err)
	}
}

func TestFetch(t *testing.T) {
	ctx := context.Background()
	cache := t.TempDir()
	r := &Resolver{SpecDir: miniDir, CacheDir: cache, NoBuiltin: true}
	res, err := r.Fetch(ctx, "1.99")
	if err != nil {
		t.Fatal(err)
	}
	if res.Source.Kind != SourceSpecDir || res.Documents != 2 || res.Kinds != 3 || res.CacheDir != filepath.Join(cache, "specs", "v1.99") {
		t.Fatalf("Fetch = %+v", res)
	}
	// The cache now serves it without the spec dir.
	l, err := (&Resolver{CacheDir: cache, NoBuiltin: true}).Load(ctx, "1.99")
	if err != nil || l.Source.Kind != SourceCache {
		t.Fatalf("load after fetch: %+v, %v", l, err)
	}
	// Without a source, Fetch says how to give one.
	_, err = (&Resolver{CacheDir: cache}).Fetch(ctx, "1.98")
	if err == nil || !strings.Contains(err.Error(), "--spec-dir") || !strings.Contains(err.Error(), "--allow-download") {
		t.Fatalf("Fetch without a source: %v", err)
	}
	// Download through Fetch.
	srv, _ := fakeGitHub(t, "v1.97.0")
	dl := &Resolver{CacheDir: cache, AllowDownload: true, DownloadBaseURL: srv.URL, HTTPClient: srv.Client()}
	res, err = dl.Fetch(ctx, "1.97")
	if err != nil || res.Source.Kind != SourceDownload || res.Kinds != 3 {
		t.Fatalf("Fetch by download = %+v, %v", res, err)
	}
}

func TestResolverFromEnv(t *testing.T) {
	t.Setenv(EnvSpecDir, "/env/specs")
	t.Setenv(EnvAllowDownload, "1")
	t.Setenv(EnvDownloadURL, "http://mirror.example")
	t.Setenv("XDG_CACHE_HOME", "/xdg")
	r := ResolverFromEnv("", false)
	if r.SpecDir != "/env/specs" || !r.AllowDownload || r.DownloadBaseURL != "http://mirror.example" || r.CacheDir != "/xdg/nix-k8s" {
		t.Fatalf("ResolverFromEnv = %+v", r)
	}
	t.Setenv(EnvAllowDownload, "0")
	if r := ResolverFromEnv("/flag", false); r.SpecDir != "/flag" || r.AllowDownload {
		t.Fatalf("flag should win and downloads stay off: %+v", r)
	}
}

func TestSwaggerGroupVersions(t *testing.T) {
	got, err := swaggerGroupVersions([]byte(`{"swagger":"2.0","paths":{"/api/v1/pods":{},"/apis/apps/v1/deployments":{},"/apis/apps/v1/":{},"/apis/../x/v1":{},"/apis/":{},"/version/":{}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "api/v1 apis/apps/v1" {
		t.Errorf("swaggerGroupVersions = %v", got)
	}
	if _, err := swaggerGroupVersions([]byte(`{"openapi":"3.0.0"}`)); err == nil {
		t.Error("accepted a v3 document")
	}
}

func FuzzSwaggerGroupVersions(f *testing.F) {
	f.Add([]byte(`{"swagger":"2.0","paths":{"/api/v1/pods":{},"/apis/apps/v1/x":{}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		gvs, err := swaggerGroupVersions(data)
		if err != nil {
			return
		}
		for _, gv := range gvs {
			if strings.Contains(gv, "..") || !(strings.HasPrefix(gv, "api/") || strings.HasPrefix(gv, "apis/")) {
				t.Fatalf("unsafe or malformed group version %q", gv)
			}
		}
	})
}
