package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// quantityPattern is the resource.Quantity grammar as a regular expression,
// for JSON Schema consumers.
const quantityPattern = `^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$`

// JSONSchemaFileName returns the file name kubeconform's default schema
// location template ({{.ResourceKind}}{{.KindSuffix}}.json) resolves for
// a kind: lowercased kind, the first label of the group (omitted for the
// core group) and the version, e.g. deployment-apps-v1.json,
// ingress-networking-v1.json, service-v1.json.
func JSONSchemaFileName(g GVK) string {
	name := strings.ToLower(g.Kind)
	if g.Group != "" {
		first, _, _ := strings.Cut(g.Group, ".")
		name += "-" + strings.ToLower(first)
	}
	return name + "-" + strings.ToLower(g.Version) + ".json"
}

// JSONSchema returns a standalone, strict JSON Schema (draft-07) of kind k:
// every type it uses is in its "definitions" (no reference leaves the
// document) and objects reject unknown fields unless the schema preserves
// them. Enums, int32 ranges, quantities and CRD value validations are
// included; rules beyond JSON Schema (names, list-map keys) are not.
func (v *Validator) JSONSchema(k *Kind) ([]byte, error) {
	root := v.ix.Schema(k)
	if root == nil {
		return nil, fmt.Errorf("exporting the JSON Schema of %s: its schema is missing from the index", k.GVK())
	}
	e := &jsonSchemaExporter{v: v, defs: map[string]any{}}
	doc := e.node(root, "")
	m, _ := doc.(map[string]any)
	if m == nil {
		m = map[string]any{}
	}
	if props, ok := m["properties"].(map[string]any); ok {
		props["apiVersion"] = map[string]any{"type": "string", "enum": []string{k.APIVersion()}}
		props["kind"] = map[string]any{"type": "string", "enum": []string{k.Kind}}
	}
	m["$schema"] = "http://json-schema.org/draft-07/schema#"
	m["x-kubernetes-group-version-kind"] = []map[string]string{{"group": k.Group, "version": k.Version, "kind": k.Kind}}
	if len(e.defs) > 0 {
		m["definitions"] = e.defs
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("encoding the JSON Schema of %s: %w", k.GVK(), err)
	}
	return buf.Bytes(), nil
}

type jsonSchemaExporter struct {
	v    *Validator
	defs map[string]any
}

func nullable(typ string) []string { return []string{typ, "null"} }

// node converts t; parent and field name the property (for built-in enums).
func (e *jsonSchemaExporter) node(t *Type, enumKey string) any {
	if t == nil {
		return map[string]any{}
	}
	if t.Ref != "" {
		e.define(t.Ref)
		out := map[string]any{"$ref": "#/definitions/" + t.Ref}
		return out
	}
	return e.inline(t, enumKey)
}

// define adds the named type to the definitions once.
func (e *jsonSchemaExporter) define(name string) {
	if _, ok := e.defs[name]; ok {
		return
	}
	e.defs[name] = true // placeholder against cycles
	t := e.v.ix.Type(name)
	if t == nil {
		e.defs[name] = map[string]any{}
		return
	}
	e.defs[name] = e.inline(t, "")
}

func (e *jsonSchemaExporter) inline(t *Type, enumKey string) any {
	switch t.Name {
	case quantityType:
		return map[string]any{"oneOf": []any{
			map[string]any{"type": "string", "pattern": quantityPattern},
			map[string]any{"type": "number"},
		}}
	case rawExtension, fieldsV1, patchType:
		return map[string]any{}
	}
	out := map[string]any{}
	if t.Description != "" {
		out["description"] = t.Description
	}
	c := e.v.extra[t]
	if t.IntOrString {
		out["oneOf"] = []any{
			map[string]any{"type": "integer"},
			map[string]any{"type": "string"},
			map[string]any{"type": "null"},
		}
		return out
	}
	typ := t.Type
	if typ == "" && len(t.Properties) > 0 {
		typ = TypeObject
	}
	if typ == "" && (len(t.OneOf) > 0 || len(t.AnyOf) > 0) {
		alts := t.OneOf
		key := "oneOf"
		if len(alts) == 0 {
			alts, key = t.AnyOf, "anyOf"
		}
		var list []any
		for _, a := range alts {
			list = append(list, e.node(a, ""))
		}
		out[key] = list
		return out
	}
	switch typ {
	case TypeObject:
		out["type"] = nullable("object")
		preserve := t.PreserveUnknownFields
		if len(t.Properties) > 0 {
			props := map[string]any{}
			for _, p := range t.Properties {
				props[p.Name] = e.node(p.Type, t.Name+"\x00"+p.Name)
			}
			out["properties"] = props
		}
		if len(t.Required) > 0 {
			out["required"] = t.Required
		}
		switch {
		case t.AdditionalProperties != nil:
			out["additionalProperties"] = e.node(t.AdditionalProperties, "")
		case preserve:
		case len(t.Properties) > 0 || (c != nil && c.Closed):
			out["additionalProperties"] = false
		}
		if c != nil {
			setInt(out, "minProperties", c.MinProperties)
			setInt(out, "maxProperties", c.MaxProp)
		}
	case TypeArray:
		out["type"] = nullable("array")
		items := e.node(t.Items, "")
		if enumKey != "" {
			parent, field, _ := strings.Cut(enumKey, "\x00")
			if vals := enumOf(parent, field+"[]"); vals != nil {
				items = map[string]any{"type": "string", "enum": vals}
			}
		}
		out["items"] = items
		if t.ListType == "set" {
			out["uniqueItems"] = true
		}
		if c != nil {
			setInt(out, "minItems", c.MinItems)
			setInt(out, "maxItems", c.MaxItems)
		}
	case TypeString:
		out["type"] = nullable("string")
		if t.Format == "date-time" || t.Format == "byte" {
			out["format"] = t.Format
		}
		vals := t.Enum
		if enumKey != "" {
			parent, field, _ := strings.Cut(enumKey, "\x00")
			if ev := enumOf(parent, field); ev != nil {
				vals = ev
			}
		}
		if len(vals) > 0 {
			enum := append([]any{""}, toAny(vals)...)
			out["enum"] = append(enum, nil)
		}
		if c != nil {
			setInt(out, "minLength", c.MinLength)
			setInt(out, "maxLength", c.MaxLength)
			if c.PatternText != "" {
				out["pattern"] = c.PatternText
			}
		}
	case TypeInteger:
		out["type"] = nullable("integer")
		if t.Format == "int32" {
			out["minimum"] = math.MinInt32
			out["maximum"] = math.MaxInt32
		}
	case TypeNumber:
		out["type"] = nullable("number")
	case TypeBoolean:
		out["type"] = nullable("boolean")
	}
	if c != nil {
		if c.Minimum != nil {
			if c.ExclusiveMin {
				out["exclusiveMinimum"] = *c.Minimum
			} else {
				out["minimum"] = *c.Minimum
			}
		}
		if c.Maximum != nil {
			if c.ExclMax {
				out["exclusiveMaximum"] = *c.Maximum
			} else {
				out["maximum"] = *c.Maximum
			}
		}
		if len(c.EnumJSON) > 0 {
			var enum []any
			for _, j := range c.EnumJSON {
				var x any
				if json.Unmarshal([]byte(j), &x) == nil {
					enum = append(enum, x)
				}
			}
			out["enum"] = enum
		}
	}
	return out
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func setInt(m map[string]any, key string, p *int64) {
	if p != nil {
		m[key] = *p
	}
}

// ExportJSONSchemas writes the JSON Schema of every kind (built-in and
// CRD) into dir, named as kubeconform expects (see JSONSchemaFileName).
// Files are written atomically; it returns the file names written, sorted.
// When two kinds map to the same file name the first in index order wins.
func (v *Validator) ExportJSONSchemas(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the JSON Schema directory: %w", err)
	}
	seen := map[string]bool{}
	var names []string
	for _, k := range v.ix.Kinds {
		name := JSONSchemaFileName(k.GVK())
		if seen[name] {
			continue
		}
		seen[name] = true
		data, err := v.JSONSchema(k)
		if err != nil {
			return nil, err
		}
		if err := writeSchemaFile(filepath.Join(dir, name), data); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names, nil
}

// writeSchemaFile writes data to a temporary file next to path and renames
// it into place.
func writeSchemaFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
