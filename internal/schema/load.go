package schema

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// maxDocumentSize bounds one OpenAPI document read from disk or network.
const maxDocumentSize = 64 << 20

// ReadDocuments reads the OpenAPI documents of one Kubernetes version from
// dir. Three layouts are recognised:
//
//   - the API server's /openapi/v3 layout: api/v1.json, apis/apps/v1.json;
//   - the kubernetes/kubernetes repository's api/openapi-spec/v3 layout:
//     api__v1_openapi.json, apis__apps__v1_openapi.json;
//   - a single OpenAPI v2 swagger.json.
//
// It returns an error naming dir when none is found.
func ReadDocuments(dir string) ([]Document, error) {
	return readDocumentsFS(os.DirFS(dir), dir)
}

func readDocumentsFS(fsys fs.FS, name string) ([]Document, error) {
	var docs []Document
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		docPath, ok := documentPath(p)
		if !ok {
			return nil
		}
		data, err := readLimited(fsys, p)
		if err != nil {
			return err
		}
		docs = append(docs, Document{Path: docPath, Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading OpenAPI documents from %s: %w", name, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("reading OpenAPI documents from %s: no api/v1.json, apis/<group>/<version>.json, *_openapi.json or swagger.json found", name)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	return docs, nil
}

// documentPath maps a file name inside a spec directory to a document
// path, reporting false for files that are not Kubernetes OpenAPI
// documents.
func documentPath(p string) (string, bool) {
	p = filepath.ToSlash(p)
	base := path.Base(p)
	switch {
	case base == "swagger.json":
		return "swagger.json", true
	case strings.HasSuffix(base, "_openapi.json"):
		// api__v1_openapi.json, apis__apps__v1_openapi.json
		return strings.ReplaceAll(strings.TrimSuffix(base, "_openapi.json"), "__", "/"), true
	}
	p = strings.TrimSuffix(p, ".json")
	parts := strings.Split(p, "/")
	// Accept the layout at any depth below dir: .../api/v1, .../apis/g/v.
	for i := range parts {
		rest := parts[i:]
		if len(rest) == 2 && rest[0] == "api" {
			return strings.Join(rest, "/"), true
		}
		if len(rest) == 3 && rest[0] == "apis" {
			return strings.Join(rest, "/"), true
		}
	}
	return "", false
}

func readLimited(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > maxDocumentSize {
		return nil, fmt.Errorf("%s is %d bytes, more than the %d-byte limit for an OpenAPI document", p, st.Size(), maxDocumentSize)
	}
	return fs.ReadFile(fsys, p)
}
