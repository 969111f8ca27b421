package schema

import (
	"fmt"
	"sort"
	"strings"
)

// Explanation documents one field of a kind, like `kubectl explain`.
type Explanation struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	// Path is the dotted field path explained ("" for the kind itself).
	Path string `json:"path"`
	// Type is the display type: "string", "[]Container",
	// "map[string]string", "Object", "Quantity", ...
	Type        string   `json:"type"`
	Required    bool     `json:"required"`
	Description string   `json:"description,omitempty"`
	Deprecated  string   `json:"deprecated,omitempty"`
	Enum        []string `json:"enum,omitempty"`
	Default     string   `json:"default,omitempty"`
	// Fields are the fields of the (element) object type, sorted by name.
	Fields []ExplainField `json:"fields,omitempty"`
}

// ExplainField is one row of an Explanation's field list.
type ExplainField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Required    bool   `json:"required"`
	Description string `json:"description,omitempty"`
	Deprecated  string `json:"deprecated,omitempty"`
}

// Explain describes the field at path (dotted, e.g.
// "spec.template.spec.containers"; "" for the kind itself) of apiVersion
// and kind. Arrays and maps are stepped through transparently, as kubectl
// explain does.
func Explain(ix *Index, apiVersion, kind, path string) (*Explanation, error) {
	k, ok := ix.Lookup(apiVersion, kind)
	if !ok {
		return nil, unknownKindError(ix, apiVersion, kind)
	}
	root := ix.Schema(k)
	if root == nil {
		return nil, fmt.Errorf("explaining %s %s: schema %s missing from the Kubernetes %s index", apiVersion, kind, k.Schema, ix.Version)
	}
	walked := splitPath(path)
	node, required, err := ix.FieldAt(root, walked)
	if err != nil {
		return nil, fmt.Errorf("explaining %s %s (Kubernetes %s): %w", apiVersion, kind, ix.Version, err)
	}
	ex := &Explanation{
		APIVersion: k.APIVersion(), Kind: k.Kind, Path: strings.Join(walked, "."),
		Type: DisplayType(ix, node), Required: required,
		Description: describe(ix, node), Deprecated: node.Deprecated,
		Default: node.Default,
	}
	if r := ix.Resolve(node); r != nil {
		ex.Enum = r.Enum
		if ex.Deprecated == "" && len(walked) == 0 {
			ex.Deprecated = k.Deprecated
		}
	}
	obj := elementObject(ix, node)
	for _, f := range obj.Properties {
		ex.Fields = append(ex.Fields, ExplainField{
			Name: f.Name, Type: DisplayType(ix, f.Type), Required: f.Required,
			Description: describe(ix, f.Type), Deprecated: f.Type.Deprecated,
		})
	}
	return ex, nil
}

// FieldAt walks path (field names) from root, stepping through references,
// list items and map values as needed, and returns the schema node of the
// last field and whether its parent requires it. An empty path returns
// root. The error names the missing field and lists the fields available
// there.
func (ix *Index) FieldAt(root *Type, path []string) (node *Type, required bool, err error) {
	node = root
	for i, seg := range path {
		obj := elementObject(ix, node)
		f := obj.Property(seg)
		if f == nil {
			where := "the top level"
			if i > 0 {
				where = strings.Join(path[:i], ".")
			}
			if len(obj.Properties) == 0 {
				return nil, false, fmt.Errorf("field %q does not exist: %s is <%s>, which has no fields", seg, where, DisplayType(ix, node))
			}
			return nil, false, fmt.Errorf("field %q does not exist in %s; fields there: %s", seg, where, fieldNames(obj))
		}
		node, required = f.Type, f.Required
	}
	return node, required, nil
}

// ObjectOf returns the object type whose fields a value of t has: t
// itself, its referenced definition, or the element type of a list or map
// of objects. It returns an empty Type when t has no fields (scalars).
func (ix *Index) ObjectOf(t *Type) *Type { return elementObject(ix, t) }

func splitPath(p string) []string {
	p = strings.Trim(p, ".")
	if p == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(p, ".") {
		// "containers[]" and "containers[0]" name the list field.
		if i := strings.IndexByte(s, '['); i >= 0 {
			s = s[:i]
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// elementObject returns the object type reached from t through refs,
// array items and map values; an empty type when there is none.
func elementObject(ix *Index, t *Type) *Type {
	for i := 0; i < 16 && t != nil; i++ {
		t = ix.Resolve(t)
		switch {
		case t == nil:
			return &Type{}
		case len(t.Properties) > 0:
			return t
		case t.Items != nil:
			t = t.Items
		case t.AdditionalProperties != nil:
			t = t.AdditionalProperties
		default:
			return t
		}
	}
	return &Type{}
}

// describe returns the node's own description, else its definition's.
func describe(ix *Index, t *Type) string {
	if t.Description != "" {
		return t.Description
	}
	if r := ix.Resolve(t); r != nil {
		return r.Description
	}
	return ""
}

// DisplayType names a node's type for people: "string", "integer",
// "[]Container", "map[string]string", "Object" (an inline object),
// "Quantity", "IntOrString", "Time".
func DisplayType(ix *Index, t *Type) string {
	return displayType(ix, t, 0)
}

func displayType(ix *Index, t *Type, depth int) string {
	if t == nil || depth > 16 {
		return "Object"
	}
	if t.Ref != "" {
		// Named types keep their name: Container, Quantity, Time.
		return shortName(t.Ref)
	}
	switch {
	case t.IntOrString:
		return "IntOrString"
	case t.Type == TypeArray:
		return "[]" + displayType(ix, t.Items, depth+1)
	case t.AdditionalProperties != nil && len(t.Properties) == 0:
		return "map[string]" + displayType(ix, t.AdditionalProperties, depth+1)
	case t.Type == TypeObject || len(t.Properties) > 0:
		return "Object"
	case t.Type == "":
		if len(t.OneOf) > 0 || len(t.AnyOf) > 0 {
			alts := append(append([]*Type(nil), t.OneOf...), t.AnyOf...)
			var names []string
			for _, a := range alts {
				names = append(names, displayType(ix, a, depth+1))
			}
			return strings.Join(names, "|")
		}
		return "any"
	}
	return t.Type
}

// shortName turns "io.k8s.api.core.v1.Container" into "Container".
func shortName(schemaName string) string {
	if i := strings.LastIndexByte(schemaName, '.'); i >= 0 {
		return schemaName[i+1:]
	}
	return schemaName
}

func fieldNames(t *Type) string {
	names := make([]string, len(t.Properties))
	for i, f := range t.Properties {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// unknownKindError explains a kind the index does not serve, naming the
// versions that do.
func unknownKindError(ix *Index, apiVersion, kind string) error {
	var served []string
	for _, k := range ix.KindsNamed(kind) {
		served = append(served, k.APIVersion())
	}
	sort.Strings(served)
	if len(served) == 0 {
		return fmt.Errorf("Kubernetes %s has no kind %q in any API group (is it a custom resource? check the spelling: kinds are CamelCase)", ix.Version, kind)
	}
	return fmt.Errorf("Kubernetes %s does not serve %s %s; %s is served as %s", ix.Version, apiVersion, kind, kind, strings.Join(served, ", "))
}

// FormatExplanation renders ex as text in the manner of kubectl explain.
func FormatExplanation(ex *Explanation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "KIND:       %s\nVERSION:    %s\n", ex.Kind, ex.APIVersion)
	if ex.Path != "" {
		req := ""
		if ex.Required {
			req = " -required-"
		}
		fmt.Fprintf(&b, "\nFIELD: %s <%s>%s\n", ex.Path, ex.Type, req)
	}
	if ex.Deprecated != "" {
		fmt.Fprintf(&b, "\nDEPRECATED: %s\n", ex.Deprecated)
	}
	if len(ex.Enum) > 0 {
		fmt.Fprintf(&b, "\nENUM:\n")
		for _, e := range ex.Enum {
			fmt.Fprintf(&b, "    %s\n", e)
		}
	}
	if ex.Default != "" {
		fmt.Fprintf(&b, "\nDEFAULT: %s\n", ex.Default)
	}
	b.WriteString("\nDESCRIPTION:\n")
	b.WriteString(indent(ex.Description, "    "))
	if len(ex.Fields) > 0 {
		b.WriteString("\nFIELDS:\n")
		for _, f := range ex.Fields {
			req := ""
			if f.Required {
				req = " -required-"
			}
			dep := ""
			if f.Deprecated != "" {
				dep = " (deprecated)"
			}
			fmt.Fprintf(&b, "  %s\t<%s>%s%s\n", f.Name, f.Type, req, dep)
			b.WriteString(indent(f.Description, "    "))
			b.WriteString("\n")
		}
	}
	return b.String()
}

func indent(s, prefix string) string {
	if s == "" {
		return prefix + "<empty>\n"
	}
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString(prefix)
		b.WriteString(line)
		b.WriteString("\n")
	}
	return b.String()
}
