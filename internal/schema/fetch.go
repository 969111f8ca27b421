package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// FetchResult reports what Fetch stored.
type FetchResult struct {
	Version   string `json:"version"`
	Source    Source `json:"source"`
	CacheDir  string `json:"cacheDir"`
	Documents int    `json:"documents"`
	Kinds     int    `json:"kinds"`
	Types     int    `json:"types"`
}

// Fetch fills the user cache with version's schema: from the spec
// directory when it has the version, else by a download when allowed. It
// stores the raw documents (under docs/) and the compact index.
func (r *Resolver) Fetch(ctx context.Context, version string) (*FetchResult, error) {
	v, err := ParseVersion(version)
	if err != nil {
		return nil, err
	}
	if r.CacheDir == "" {
		return nil, fmt.Errorf("fetching the schema of Kubernetes %s: no user cache directory (set XDG_CACHE_HOME or HOME)", v)
	}
	dir := r.cacheVersionDir(v)
	var src Source
	if specDir, ok := r.specDirFor(v); ok {
		docs, err := ReadDocuments(specDir)
		if err != nil {
			return nil, fmt.Errorf("fetching the schema of Kubernetes %s: %w", v, err)
		}
		if err := storeDocuments(dir, docs); err != nil {
			return nil, fmt.Errorf("fetching the schema of Kubernetes %s into %s: %w", v, dir, err)
		}
		src = Source{SourceSpecDir, specDir}
	} else if r.AllowDownload {
		url, err := r.download(ctx, v)
		if err != nil {
			return nil, err
		}
		src = Source{SourceDownload, url}
	} else {
		return nil, fmt.Errorf("fetching the schema of Kubernetes %s: no source; pass --spec-dir DIR (a directory of v1.N/ folders, or one version's documents) or allow a download from the kubernetes/kubernetes repository with --allow-download or %s=1", v, EnvAllowDownload)
	}
	// Rebuild the index from the stored documents.
	_ = os.Remove(filepath.Join(dir, cacheIndexFile))
	ix, err := r.loadCacheDir(ctx, v, dir)
	if err != nil {
		return nil, err
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "docs", "*", "*.json"))
	more, _ := filepath.Glob(filepath.Join(dir, "docs", "apis", "*", "*.json"))
	sw, _ := filepath.Glob(filepath.Join(dir, "docs", "swagger.json"))
	return &FetchResult{
		Version: v.MinorString(), Source: src, CacheDir: dir,
		Documents: len(docs) + len(more) + len(sw), Kinds: len(ix.Kinds), Types: len(ix.Types),
	}, nil
}

// storeDocuments replaces dir/docs with docs, laid out like /openapi/v3.
// The new tree is written next to the old one and swapped in by renames.
func storeDocuments(dir string, docs []Document) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(dir, ".docs-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, d := range docs {
		name := d.Path
		if name != "swagger.json" {
			name += ".json"
		}
		if strings.Contains(name, "..") {
			return fmt.Errorf("refusing document path %q", d.Path)
		}
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, d.Data, 0o644); err != nil {
			return err
		}
	}
	final := filepath.Join(dir, "docs")
	old := final + ".old"
	_ = os.RemoveAll(old)
	if _, err := os.Stat(final); err == nil {
		if err := os.Rename(final, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		return err
	}
	return os.RemoveAll(old)
}

// download fetches version v's OpenAPI v3 documents from the
// kubernetes/kubernetes repository at its release tag into the cache. The
// list of group versions comes from the same tag's swagger.json, so no
// file name is guessed. It returns the URL of the spec directory.
func (r *Resolver) download(ctx context.Context, v KubeVersion) (string, error) {
	base := strings.TrimSuffix(r.DownloadBaseURL, "/")
	if base == "" {
		base = DefaultDownloadBaseURL
	}
	client := r.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 60 * time.Second}
	}
	root := base + "/" + v.Tag() + "/api/openapi-spec"
	swagger, err := httpGet(ctx, client, root+"/swagger.json")
	if err != nil {
		return "", fmt.Errorf("downloading the schema of Kubernetes %s: %w; check the network, or provide the documents with --spec-dir", v, err)
	}
	gvs, err := swaggerGroupVersions(swagger)
	if err != nil {
		return "", fmt.Errorf("downloading the schema of Kubernetes %s: reading %s/swagger.json: %w", v, root, err)
	}
	var docs []Document
	for _, gv := range gvs {
		if err := ctx.Err(); err != nil {
			return "", fmt.Errorf("downloading the schema of Kubernetes %s: %w", v, err)
		}
		file := strings.ReplaceAll(gv, "/", "__") + "_openapi.json"
		data, err := httpGet(ctx, client, root+"/v3/"+file)
		if errors.Is(err, errNotFound) {
			continue // served in v2 only
		}
		if err != nil {
			return "", fmt.Errorf("downloading the schema of Kubernetes %s: %w", v, err)
		}
		docs = append(docs, Document{Path: gv, Data: data})
	}
	if len(docs) == 0 {
		// No v3 documents at this tag: keep the v2 document.
		docs = []Document{{Path: "swagger.json", Data: swagger}}
	}
	if err := storeDocuments(r.cacheVersionDir(v), docs); err != nil {
		return "", fmt.Errorf("storing the downloaded schema of Kubernetes %s in %s: %w", v, r.cacheVersionDir(v), err)
	}
	_ = os.Remove(filepath.Join(r.cacheVersionDir(v), cacheIndexFile))
	return root + "/v3", nil
}

var errNotFound = errors.New("not found")

func httpGet(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, fmt.Errorf("fetching %s: %w", url, errNotFound)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetching %s: HTTP %s", url, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxDocumentSize+1))
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	if len(data) > maxDocumentSize {
		return nil, fmt.Errorf("fetching %s: larger than %d bytes", url, maxDocumentSize)
	}
	return data, nil
}

// swaggerGroupVersions lists the group versions ("api/v1",
// "apis/apps/v1") that a v2 swagger.json has paths for, sorted.
func swaggerGroupVersions(data []byte) ([]string, error) {
	var doc struct {
		Swagger string                     `json:"swagger"`
		Paths   map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Swagger == "" {
		return nil, errors.New("not an OpenAPI v2 document (no \"swagger\" field)")
	}
	seen := map[string]bool{}
	for p := range doc.Paths {
		parts := strings.Split(strings.Trim(p, "/"), "/")
		switch {
		case len(parts) >= 2 && parts[0] == "api" && parts[1] != "":
			seen["api/"+parts[1]] = true
		case len(parts) >= 3 && parts[0] == "apis" && parts[1] != "" && parts[2] != "":
			seen["apis/"+parts[1]+"/"+parts[2]] = true
		}
	}
	out := make([]string, 0, len(seen))
	for gv := range seen {
		if strings.Contains(gv, "..") || strings.Contains(gv, "\\") {
			continue
		}
		out = append(out, gv)
	}
	sort.Strings(out)
	return out, nil
}
