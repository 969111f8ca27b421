package schema

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
)

// Document is one raw OpenAPI document of a Kubernetes version. Path is the
// document's discovery path without extension ("api/v1",
// "apis/apps/v1"), or "swagger.json" for an OpenAPI v2 document.
type Document struct {
	Path string
	Data []byte
}

const schemaRefPrefix = "#/components/schemas/"

// Build parses the OpenAPI v3 documents (and/or an OpenAPI v2 swagger.json)
// of Kubernetes version with kin-openapi and builds the compact index.
// Documents are processed in path order so the result does not depend on
// the order of docs.
func Build(ctx context.Context, version string, docs []Document) (*Index, error) {
	if len(docs) == 0 {
		return nil, fmt.Errorf("building the schema index of Kubernetes %s: no OpenAPI documents", version)
	}
	sorted := append([]Document(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })

	b := &builder{
		ix:       &Index{Version: version, Types: make(map[string]*Type)},
		scope:    make(map[GVK]bool),
		served:   make(map[GVK]bool),
		schemaOf: make(map[GVK]string),
	}
	for _, d := range sorted {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("building the schema index of Kubernetes %s: %w", version, err)
		}
		doc, err := parseDocument(ctx, d)
		if err != nil {
			return nil, fmt.Errorf("building the schema index of Kubernetes %s: %w", version, err)
		}
		b.addDocument(doc)
	}
	return b.finish()
}

// parseDocument loads one document with kin-openapi, converting OpenAPI v2
// to v3.
func parseDocument(ctx context.Context, d Document) (*openapi3.T, error) {
	var probe struct {
		Swagger string `json:"swagger"`
	}
	if err := json.Unmarshal(d.Data, &probe); err != nil {
		return nil, fmt.Errorf("reading %s: not a JSON OpenAPI document: %w", d.Path, err)
	}
	loader := openapi3.NewLoader()
	loader.Context = ctx
	if probe.Swagger != "" {
		var v2 openapi2.T
		if err := json.Unmarshal(d.Data, &v2); err != nil {
			return nil, fmt.Errorf("reading OpenAPI v2 document %s: %w", d.Path, err)
		}
		doc, err := openapi2conv.ToV3(&v2)
		if err != nil {
			return nil, fmt.Errorf("converting OpenAPI v2 document %s to v3: %w", d.Path, err)
		}
		return doc, nil
	}
	doc, err := loader.LoadFromData(d.Data)
	if err != nil {
		return nil, fmt.Errorf("reading OpenAPI v3 document %s: %w", d.Path, err)
	}
	return doc, nil
}

type builder struct {
	ix *Index
	// scope records, per served GVK, whether some path of it is namespaced.
	scope  map[GVK]bool
	served map[GVK]bool
	// schemaOf maps a GVK to the component schema declaring it.
	schemaOf map[GVK]string
}

func (b *builder) addDocument(doc *openapi3.T) {
	if doc.Paths != nil {
		for _, p := range doc.Paths.InMatchingOrder() {
			item := doc.Paths.Value(p)
			if item == nil {
				continue
			}
			namespaced := strings.Contains(p, "/namespaces/{namespace}/")
			for method, op := range item.Operations() {
				gvks := gvksOf(op.Extensions)
				if len(gvks) == 0 {
					gvks = gvksFromBodies(doc, p, method, op)
				}
				for _, g := range gvks {
					b.served[g] = true
					if namespaced {
						b.scope[g] = true
					}
				}
			}
		}
	}
	if doc.Components == nil {
		return
	}
	names := make([]string, 0, len(doc.Components.Schemas))
	for n := range doc.Components.Schemas {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ref := doc.Components.Schemas[n]
		// A schema without a name cannot be referred to, and an index type
		// needs one.
		if n == "" || ref == nil || ref.Value == nil {
			continue
		}
		for _, g := range gvksOf(ref.Value.Extensions) {
			if _, ok := b.schemaOf[g]; !ok {
				b.schemaOf[g] = n
			}
		}
		if _, ok := b.ix.Types[n]; ok {
			continue
		}
		t := convert(ref.Value)
		t.Name = n
		b.ix.Types[n] = t
	}
}

func (b *builder) finish() (*Index, error) {
	for g := range b.served {
		name, ok := b.schemaOf[g]
		if !ok {
			continue // served but without a schema (e.g. a bare subresource)
		}
		k := &Kind{Group: g.Group, Version: g.Version, Kind: g.Kind, Namespaced: b.scope[g], Schema: name}
		if t := b.ix.Types[name]; t != nil {
			k.Deprecated = deprecationNote(t.Description)
		}
		b.ix.Kinds = append(b.ix.Kinds, k)
	}
	if len(b.ix.Kinds) == 0 {
		return nil, fmt.Errorf("building the schema index of Kubernetes %s: the documents declare no kinds (no x-kubernetes-group-version-kind on any path)", b.ix.Version)
	}
	b.ix.reindex()
	return b.ix, nil
}

// gvksFromBodies finds the kind an operation serves when the document
// does not say (Kubernetes 1.23's OpenAPI v3 documents lack
// x-kubernetes-group-version-kind on operations): the kind of the object a
// create or replace operation takes, or a single-object read returns.
// Watch and list operations are skipped, as their bodies are event or list
// kinds.
func gvksFromBodies(doc *openapi3.T, path, method string, op *openapi3.Operation) []GVK {
	if strings.Contains(path, "/watch/") {
		return nil
	}
	var ref *openapi3.SchemaRef
	switch method {
	case "POST", "PUT":
		if op.RequestBody != nil && op.RequestBody.Value != nil {
			ref = jsonSchema(op.RequestBody.Value.Content)
		}
	case "GET":
		if !strings.HasSuffix(path, "}") && !strings.HasSuffix(path, "/status") && !strings.HasSuffix(path, "/scale") {
			return nil
		}
		if op.Responses != nil {
			if r := op.Responses.Value("200"); r != nil && r.Value != nil {
				ref = jsonSchema(r.Value.Content)
			}
		}
	}
	if ref == nil || ref.Ref == "" {
		return nil
	}
	var target *openapi3.SchemaRef
	if doc.Components != nil {
		target = doc.Components.Schemas[refName(ref.Ref)]
	}
	if target == nil || target.Value == nil {
		return nil
	}
	gvks := gvksOf(target.Value.Extensions)
	if len(gvks) <= 1 {
		return gvks
	}
	// A schema shared by many group versions (DeleteOptions, Status): keep
	// the one of the path's group version.
	group, version := pathGroupVersion(path)
	for _, g := range gvks {
		if g.Group == group && g.Version == version {
			return []GVK{g}
		}
	}
	return nil
}

func jsonSchema(content openapi3.Content) *openapi3.SchemaRef {
	if mt := content.Get("application/json"); mt != nil {
		return mt.Schema
	}
	return nil
}

// pathGroupVersion returns the group and version of an API path:
// /api/v1/... is the core group, /apis/<group>/<version>/... the others.
func pathGroupVersion(p string) (group, version string) {
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	switch {
	case len(parts) >= 2 && parts[0] == "api":
		return "", parts[1]
	case len(parts) >= 3 && parts[0] == "apis":
		return parts[1], parts[2]
	}
	return "", ""
}

// gvksOf reads x-kubernetes-group-version-kind, a single object (on
// operations) or a list (on schemas).
func gvksOf(ext map[string]any) []GVK {
	raw, ok := ext["x-kubernetes-group-version-kind"]
	if !ok {
		return nil
	}
	var out []GVK
	add := func(v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		g, _ := m["group"].(string)
		ver, _ := m["version"].(string)
		k, _ := m["kind"].(string)
		if ver != "" && k != "" {
			out = append(out, GVK{g, ver, k})
		}
	}
	switch v := raw.(type) {
	case []any:
		for _, e := range v {
			add(e)
		}
	default:
		add(v)
	}
	return out
}

// convert turns a kin-openapi schema into an index node. References become
// Ref nodes: "$ref" directly, or the Kubernetes idiom of an allOf holding a
// single $ref next to a description and default.
func convert(s *openapi3.Schema) *Type {
	t := &Type{
		Format:      s.Format,
		Description: s.Description,
		Nullable:    s.Nullable,
	}
	if s.Type != nil && len(*s.Type) > 0 {
		t.Type = (*s.Type)[0]
		if s.Type.Includes("null") {
			t.Nullable = true
		}
	}
	if len(s.AllOf) == 1 && s.AllOf[0] != nil && s.AllOf[0].Ref != "" {
		t.Ref = refName(s.AllOf[0].Ref)
	}
	if s.Default != nil {
		if b, err := json.Marshal(s.Default); err == nil {
			t.Default = string(b)
		}
	}
	for _, e := range s.Enum {
		if str, ok := e.(string); ok {
			t.Enum = append(t.Enum, str)
		} else if b, err := json.Marshal(e); err == nil {
			t.Enum = append(t.Enum, string(b))
		}
	}
	if len(t.Enum) == 0 {
		t.Enum = enumFromDescription(s.Description)
	}
	sort.Strings(t.Enum)
	t.Required = append([]string(nil), s.Required...)
	sort.Strings(t.Required)
	if len(s.Properties) > 0 {
		names := make([]string, 0, len(s.Properties))
		for n := range s.Properties {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			t.Properties = append(t.Properties, &Field{Name: n, Required: t.IsRequired(n), Type: convertRef(s.Properties[n])})
		}
	}
	if s.Items != nil {
		t.Items = convertRef(s.Items)
	}
	if s.AdditionalProperties.Schema != nil {
		t.AdditionalProperties = convertRef(s.AdditionalProperties.Schema)
	} else if s.AdditionalProperties.Has != nil && *s.AdditionalProperties.Has {
		t.AdditionalProperties = &Type{}
	}
	for _, r := range s.OneOf {
		t.OneOf = append(t.OneOf, convertRef(r))
	}
	for _, r := range s.AnyOf {
		t.AnyOf = append(t.AnyOf, convertRef(r))
	}
	ext := s.Extensions
	t.IntOrString = extBool(ext, "x-kubernetes-int-or-string") || s.Format == "int-or-string"
	t.PreserveUnknownFields = extBool(ext, "x-kubernetes-preserve-unknown-fields")
	t.EmbeddedResource = extBool(ext, "x-kubernetes-embedded-resource")
	t.ListType = extString(ext, "x-kubernetes-list-type")
	t.MapType = extString(ext, "x-kubernetes-map-type")
	t.PatchStrategy = extString(ext, "x-kubernetes-patch-strategy")
	t.PatchMergeKey = extString(ext, "x-kubernetes-patch-merge-key")
	if keys, ok := ext["x-kubernetes-list-map-keys"].([]any); ok {
		for _, k := range keys {
			if s, ok := k.(string); ok {
				t.ListMapKeys = append(t.ListMapKeys, s)
			}
		}
	}
	if s.Deprecated {
		t.Deprecated = "Deprecated."
	}
	if note := deprecationNote(s.Description); note != "" {
		t.Deprecated = note
	}
	return t
}

func convertRef(r *openapi3.SchemaRef) *Type {
	if r == nil {
		return &Type{}
	}
	if r.Ref != "" {
		return &Type{Ref: refName(r.Ref)}
	}
	if r.Value == nil {
		return &Type{}
	}
	return convert(r.Value)
}

func refName(ref string) string {
	if strings.HasPrefix(ref, schemaRefPrefix) {
		return ref[len(schemaRefPrefix):]
	}
	if i := strings.LastIndexByte(ref, '/'); i >= 0 {
		return ref[i+1:]
	}
	return ref
}

func extBool(ext map[string]any, key string) bool {
	b, _ := ext[key].(bool)
	return b
}

func extString(ext map[string]any, key string) string {
	s, _ := ext[key].(string)
	return s
}

// enumLine matches one entry of the "Possible enum values:" list that
// Kubernetes appends to the descriptions of enum-typed fields:
//
//   - `"Always"` means that ...
var enumLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^\\s*- `\"((?:[^\"\\\\]|\\\\.)*)\"`") })

// enumFromDescription extracts the values listed after "Possible enum
// values:" in a description.
func enumFromDescription(desc string) []string {
	_, list, ok := strings.Cut(desc, "Possible enum values:")
	if !ok {
		return nil
	}
	var out []string
	for _, line := range strings.Split(list, "\n") {
		if m := enumLine().FindStringSubmatch(line); m != nil {
			out = append(out, strings.ReplaceAll(m[1], `\"`, `"`))
		}
	}
	return out
}

// deprecationMarker finds the phrases Kubernetes uses to deprecate a field
// or kind in its description.
var deprecationMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[\s(])(?:Deprecated|DEPRECATED)(?:\s*:|\s+-|\s+in\s+v?\d)|\b(?:is|are|now|as)\s+deprecated\b|\bdeprecated alias\b`)
})

// deprecationNote returns the sentence of desc that deprecates the
// described item, or "" when desc does not deprecate it.
func deprecationNote(desc string) string {
	loc := deprecationMarker().FindStringIndex(desc)
	if loc == nil {
		return ""
	}
	start := 0
	if i := strings.LastIndex(desc[:loc[0]+1], ". "); i >= 0 {
		start = i + 2
	}
	if i := strings.LastIndex(desc[:loc[0]+1], "\n"); i >= 0 && i+1 > start {
		start = i + 1
	}
	if start > loc[0] {
		start = loc[0]
	}
	// The "Deprecated:" forms start a note; take it to the end of its line.
	rest := desc[start:]
	if strings.Contains(rest, " indicates ") {
		// "deprecated indicates this version ... is deprecated": a field
		// that records a deprecation, not a deprecated field.
		if i := strings.Index(rest, ". "); i < 0 || strings.Index(rest, " indicates ") < i {
			return ""
		}
	}
	end := len(rest)
	if i := strings.Index(rest, "\n"); i >= 0 {
		end = i
	}
	if i := strings.Index(rest[loc[1]-start:], ". "); i >= 0 && loc[1]-start+i+1 < end {
		end = loc[1] - start + i + 1
	}
	return strings.TrimSpace(rest[:end])
}
