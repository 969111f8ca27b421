package schema

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

// Environment variables read by ResolverFromEnv.
const (
	EnvSpecDir       = "NIXK8S_SPEC_DIR"
	EnvAllowDownload = "NIXK8S_ALLOW_DOWNLOAD"
	// EnvDownloadURL overrides DefaultDownloadBaseURL (a mirror).
	EnvDownloadURL = "NIXK8S_DOWNLOAD_URL"
)

// DefaultDownloadBaseURL serves raw files of the kubernetes/kubernetes
// repository: <base>/<tag>/api/openapi-spec/v3/<file>.
const DefaultDownloadBaseURL = "https://raw.githubusercontent.com/kubernetes/kubernetes"

// SourceKind says where a version's schema came from.
type SourceKind string

// The schema sources, in resolution order.
const (
	SourceSpecDir  SourceKind = "spec-dir"
	SourceCache    SourceKind = "cache"
	SourceBuiltin  SourceKind = "builtin"
	SourceDownload SourceKind = "download"
)

// Source describes the schema source in effect for a version; show it to
// users.
type Source struct {
	Kind SourceKind `json:"kind"`
	// Location is the directory, cache entry or URL; "" for the built-in
	// offline default.
	Location string `json:"location,omitempty"`
}

// String describes s for people: "spec directory /x/v1.31", "offline
// default (built in)", ...
func (s Source) String() string {
	switch s.Kind {
	case SourceSpecDir:
		return "spec directory " + s.Location
	case SourceCache:
		return "user cache " + s.Location
	case SourceBuiltin:
		return "offline default (built in)"
	case SourceDownload:
		return "downloaded from " + s.Location
	}
	return string(s.Kind)
}

// Loaded is an index together with the version requested and the source
// that served it.
type Loaded struct {
	*Index
	// Requested is the version as the user wrote it ("1.31.2").
	Requested KubeVersion
	Source    Source
}

// Describe returns the one-line note tools print so users see the schema
// in effect: "Kubernetes 1.31 schema from offline default (built in)".
func (l *Loaded) Describe() string {
	return fmt.Sprintf("Kubernetes %s schema from %s", l.Requested, l.Source)
}

// Resolver finds the schema of a Kubernetes version. Sources are tried in
// order: SpecDir, the user cache (CacheDir), the built-in offline default,
// and, when AllowDownload is set, a download into the cache.
type Resolver struct {
	// SpecDir is a directory of v1.N/ folders, or one version's documents
	// ("" to skip).
	SpecDir string
	// CacheDir is the user cache root, e.g. ~/.cache/nix-k8s ("" disables
	// the cache).
	CacheDir string
	// AllowDownload enables downloading missing versions into the cache.
	AllowDownload bool
	// DownloadBaseURL defaults to DefaultDownloadBaseURL.
	DownloadBaseURL string
	// HTTPClient defaults to a client with a 60-second timeout.
	HTTPClient *http.Client
	// NoBuiltin disables the offline default (for tests and diagnostics).
	NoBuiltin bool
}

// ResolverFromEnv returns a resolver configured from flags and the
// environment: specDir (a --spec-dir flag, "" when unset) overrides
// NIXK8S_SPEC_DIR; downloads are allowed by allowDownload or
// NIXK8S_ALLOW_DOWNLOAD=1; the cache lives under $XDG_CACHE_HOME/nix-k8s
// (os.UserCacheDir).
func ResolverFromEnv(specDir string, allowDownload bool) *Resolver {
	r := &Resolver{SpecDir: specDir, AllowDownload: allowDownload}
	if r.SpecDir == "" {
		r.SpecDir = os.Getenv(EnvSpecDir)
	}
	switch strings.ToLower(os.Getenv(EnvAllowDownload)) {
	case "1", "true", "yes":
		r.AllowDownload = true
	}
	r.DownloadBaseURL = os.Getenv(EnvDownloadURL)
	if dir, err := os.UserCacheDir(); err == nil {
		r.CacheDir = filepath.Join(dir, "nix-k8s")
	}
	return r
}

// specDirFor returns the directory holding version v's documents under
// SpecDir, and whether SpecDir is a single-version directory.
func (r *Resolver) specDirFor(v KubeVersion) (dir string, ok bool) {
	if r.SpecDir == "" {
		return "", false
	}
	cand := filepath.Join(r.SpecDir, "v"+v.MinorString())
	if st, err := os.Stat(cand); err == nil && st.IsDir() {
		return cand, true
	}
	if isSingleVersionDir(r.SpecDir) {
		return r.SpecDir, true
	}
	return "", false
}

// isSingleVersionDir reports whether dir holds one version's documents
// directly (api/, apis/, *_openapi.json or swagger.json).
func isSingleVersionDir(dir string) bool {
	for _, p := range []string{"api", "apis", "swagger.json"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			return true
		}
	}
	m, _ := filepath.Glob(filepath.Join(dir, "*_openapi.json"))
	return len(m) > 0
}

// cacheVersionDir is where version v lives in the user cache.
func (r *Resolver) cacheVersionDir(v KubeVersion) string {
	return filepath.Join(r.CacheDir, "specs", "v"+v.MinorString())
}

const cacheIndexFile = "index.nk8s"

// Load resolves and loads the schema of version (as users write it:
// "1.31", "1.31.2").
func (r *Resolver) Load(ctx context.Context, version string) (*Loaded, error) {
	v, err := ParseVersion(version)
	if err != nil {
		return nil, err
	}
	var tried []string
	// 1. Spec directory.
	if dir, ok := r.specDirFor(v); ok {
		ix, err := r.loadSpecDir(ctx, v, dir)
		if err != nil {
			return nil, err
		}
		return &Loaded{Index: ix, Requested: v, Source: Source{SourceSpecDir, dir}}, nil
	} else if r.SpecDir != "" {
		tried = append(tried, fmt.Sprintf("spec directory %s has no v%s/", r.SpecDir, v.MinorString()))
	}
	// 2. User cache.
	if r.CacheDir != "" {
		dir := r.cacheVersionDir(v)
		ix, err := r.loadCacheDir(ctx, v, dir)
		if err == nil {
			return &Loaded{Index: ix, Requested: v, Source: Source{SourceCache, dir}}, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		tried = append(tried, "user cache "+dir+" is empty")
	}
	// 3. Offline default.
	if !r.NoBuiltin {
		if data, ok := builtin.Index(v.MinorString()); ok {
			ix, err := Decode(data)
			if err != nil {
				return nil, fmt.Errorf("loading the built-in schema of Kubernetes %s: %w", v.MinorString(), err)
			}
			return &Loaded{Index: ix, Requested: v, Source: Source{Kind: SourceBuiltin}}, nil
		}
		tried = append(tried, "the offline default covers "+versionRange(builtin.Versions()))
	}
	// 4. Download.
	if r.AllowDownload && r.CacheDir != "" {
		url, err := r.download(ctx, v)
		if err != nil {
			return nil, err
		}
		ix, err := r.loadCacheDir(ctx, v, r.cacheVersionDir(v))
		if err != nil {
			return nil, err
		}
		return &Loaded{Index: ix, Requested: v, Source: Source{SourceDownload, url}}, nil
	}
	tried = append(tried, "downloads are off")
	return nil, fmt.Errorf("no schema for Kubernetes %s (%s); provide it with --spec-dir DIR or %s=DIR (a directory of v1.N/ folders holding api/v1.json and apis/<group>/<version>.json), run `nix-k8s-lsp schema fetch %s --spec-dir DIR` to fill the cache, or allow a download from the kubernetes/kubernetes repository with --allow-download or %s=1",
		v, strings.Join(tried, "; "), EnvSpecDir, v.MinorString(), EnvAllowDownload)
}

func versionRange(vs []string) string {
	if len(vs) == 0 {
		return "no versions"
	}
	return vs[0] + "–" + vs[len(vs)-1]
}

// loadSpecDir builds the index of dir, reusing a derived index in the
// user cache when the directory's files have not changed since.
func (r *Resolver) loadSpecDir(ctx context.Context, v KubeVersion, dir string) (*Index, error) {
	key, err := dirKey(dir)
	if err != nil {
		return nil, fmt.Errorf("loading the schema of Kubernetes %s from %s: %w", v.MinorString(), dir, err)
	}
	var derived string
	if r.CacheDir != "" {
		derived = filepath.Join(r.CacheDir, "derived", key+".nk8s")
		if data, err := os.ReadFile(derived); err == nil {
			if ix, err := Decode(data); err == nil && ix.Version == v.MinorString() {
				return ix, nil
			}
		}
	}
	docs, err := ReadDocuments(dir)
	if err != nil {
		return nil, fmt.Errorf("loading the schema of Kubernetes %s: %w", v.MinorString(), err)
	}
	ix, err := Build(ctx, v.MinorString(), docs)
	if err != nil {
		return nil, err
	}
	if derived != "" {
		// A failure to cache is not a failure to load.
		if data, err := EncodeBytes(ix); err == nil {
			_ = writeFileAtomic(derived, data)
		}
	}
	return ix, nil
}

// dirKey fingerprints a spec directory by its path and its JSON files'
// names, sizes and modification times.
func dirKey(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "nix-k8s spec dir v%d\n%s\n", indexFormat, abs)
	var lines []string
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(abs, p)
		lines = append(lines, fmt.Sprintf("%s %d %d", filepath.ToSlash(rel), info.Size(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(h, l)
	}
	return hex.EncodeToString(h.Sum(nil))[:32], nil
}

// loadCacheDir loads a cached version: its compact index, or else its raw
// documents (building and storing the index). It returns an error wrapping
// fs.ErrNotExist when the cache holds neither.
func (r *Resolver) loadCacheDir(ctx context.Context, v KubeVersion, dir string) (*Index, error) {
	idxPath := filepath.Join(dir, cacheIndexFile)
	data, err := os.ReadFile(idxPath)
	if err == nil {
		ix, derr := Decode(data)
		if derr == nil {
			return ix, nil
		}
		// A stale or damaged index: rebuild it from the raw documents
		// when they are there.
		if _, serr := os.Stat(filepath.Join(dir, "docs")); serr != nil {
			return nil, fmt.Errorf("loading cached schema %s: %w; delete it or run `nix-k8s-lsp schema fetch %s`", idxPath, derr, v.MinorString())
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("loading cached schema %s: %w", idxPath, err)
	}
	docsDir := filepath.Join(dir, "docs")
	if _, err := os.Stat(docsDir); err != nil {
		return nil, fmt.Errorf("loading cached schema of Kubernetes %s: %w", v.MinorString(), fs.ErrNotExist)
	}
	docs, err := ReadDocuments(docsDir)
	if err != nil {
		return nil, fmt.Errorf("loading cached schema of Kubernetes %s: %w", v.MinorString(), err)
	}
	ix, err := Build(ctx, v.MinorString(), docs)
	if err != nil {
		return nil, err
	}
	if data, err := EncodeBytes(ix); err == nil {
		if err := writeFileAtomic(idxPath, data); err != nil {
			return nil, fmt.Errorf("storing the schema index of Kubernetes %s in the cache: %w", v.MinorString(), err)
		}
	}
	return ix, nil
}

// writeFileAtomic writes data to name through a temporary file and a
// rename, creating parent directories.
func writeFileAtomic(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// Availability names the source that would serve a version.
type Availability struct {
	Version string `json:"version"`
	Source  Source `json:"source"`
}

// Available lists every known version with the source Load would use for
// it, oldest first, without loading anything.
func (r *Resolver) Available() []Availability {
	var out []Availability
	for _, ver := range r.KnownVersions() {
		v, err := ParseVersion(ver)
		if err != nil {
			continue
		}
		a := Availability{Version: ver}
		if dir, ok := r.specDirFor(v); ok {
			a.Source = Source{SourceSpecDir, dir}
		} else if dir := r.cacheVersionDir(v); r.CacheDir != "" && (exists(filepath.Join(dir, cacheIndexFile)) || exists(filepath.Join(dir, "docs"))) {
			a.Source = Source{SourceCache, dir}
		} else {
			a.Source = Source{Kind: SourceBuiltin}
		}
		out = append(out, a)
	}
	return out
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
