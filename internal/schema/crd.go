package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

const objectMetaType = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"

// CRD is a CustomResourceDefinition (apiextensions.k8s.io/v1), reduced to
// what validation needs.
type CRD struct {
	Name       string
	Group      string
	Kind       string
	Plural     string
	Namespaced bool
	Versions   []CRDVersion
	Pos        object.Pos
}

// CRDVersion is one version of a CRD.
type CRDVersion struct {
	Name    string
	Served  bool
	Storage bool
	// Schema is the version's openAPIV3Schema; nil when absent.
	Schema *object.Node
}

// LoadCRDFile reads the CRDs of a YAML file (one or more documents).
func LoadCRDFile(path string) ([]*CRD, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading CRD file: %w", err)
	}
	return ParseCRDs(path, data)
}

// ParseCRDs decodes CustomResourceDefinitions from YAML. Documents that
// are not apiextensions.k8s.io/v1 CustomResourceDefinitions are errors.
func ParseCRDs(file string, data []byte) ([]*CRD, error) {
	docs, err := object.DecodeYAML(file, data)
	if err != nil {
		return nil, fmt.Errorf("decoding CRDs: %w", err)
	}
	var out []*CRD
	for _, d := range docs {
		if d.Root == nil {
			continue
		}
		c, err := crdFromNode(d.Root)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func crdErr(n *object.Node, path, msg string) error {
	return fmt.Errorf("%s: %s: %s", n.Pos, path, msg)
}

func crdFromNode(n *object.Node) (*CRD, error) {
	if n.Kind != object.Map {
		return nil, crdErr(n, "", "a CustomResourceDefinition must be a map")
	}
	if av, k := n.GetString("apiVersion"), n.GetString("kind"); av != "apiextensions.k8s.io/v1" || k != "CustomResourceDefinition" {
		return nil, crdErr(n, "apiVersion", fmt.Sprintf("expected apiextensions.k8s.io/v1 CustomResourceDefinition, found %q %q", av, k))
	}
	spec := n.Get("spec")
	c := &CRD{
		Name:       n.Lookup("metadata").GetString("name"),
		Group:      spec.GetString("group"),
		Kind:       spec.Lookup("names").GetString("kind"),
		Plural:     spec.Lookup("names").GetString("plural"),
		Namespaced: spec.GetString("scope") != "Cluster",
		Pos:        n.Pos,
	}
	if c.Group == "" || c.Kind == "" {
		return nil, crdErr(n, "spec", "spec.group and spec.names.kind are required")
	}
	vs := spec.Get("versions")
	if vs == nil || vs.Kind != object.List || len(vs.Items) == 0 {
		return nil, crdErr(n, "spec.versions", "at least one version is required")
	}
	for i, v := range vs.Items {
		name := v.GetString("name")
		if name == "" {
			return nil, crdErr(v, fmt.Sprintf("spec.versions[%d].name", i), "a version name is required")
		}
		cv := CRDVersion{Name: name, Schema: v.Lookup("schema", "openAPIV3Schema")}
		if s := v.Get("served"); s != nil && s.Kind == object.Bool {
			cv.Served = s.Bool
		}
		if s := v.Get("storage"); s != nil && s.Kind == object.Bool {
			cv.Storage = s.Bool
		}
		c.Versions = append(c.Versions, cv)
	}
	return c, nil
}

// addCRD overlays the served versions of c on the validator's index.
func (v *Validator) addCRD(c *CRD) error {
	var served []string
	for _, ver := range c.Versions {
		if ver.Served {
			served = append(served, GVK{c.Group, ver.Name, ""}.APIVersion())
		}
	}
	for _, ver := range c.Versions {
		g := GVK{c.Group, ver.Name, c.Kind}
		if !ver.Served {
			v.notServed[g] = served
			continue
		}
		name := "crd:" + c.Group + "/" + ver.Name + "/" + c.Kind
		var root *Type
		if ver.Schema != nil {
			var err error
			root, err = v.convertCRDSchema(ver.Schema, "openAPIV3Schema")
			if err != nil {
				return fmt.Errorf("loading CRD %s version %s: %w", c.Name, ver.Name, err)
			}
		} else {
			root = &Type{Type: TypeObject, PreserveUnknownFields: true}
		}
		root.Type = TypeObject
		root.Name = name
		setProperty(root, "apiVersion", &Type{Type: TypeString})
		setProperty(root, "kind", &Type{Type: TypeString})
		if v.ix.Type(objectMetaType) != nil {
			setProperty(root, "metadata", &Type{Ref: objectMetaType})
		}
		v.ix.AddType(root)
		v.ix.AddKind(&Kind{Group: c.Group, Version: ver.Name, Kind: c.Kind, Namespaced: c.Namespaced, Schema: name})
		v.crdKinds[g] = true
		delete(v.notServed, g)
	}
	return nil
}

func setProperty(t *Type, name string, ft *Type) {
	if f := t.Property(name); f != nil {
		f.Type = ft
		return
	}
	t.Properties = append(t.Properties, &Field{Name: name, Required: t.IsRequired(name), Type: ft})
	sort.Slice(t.Properties, func(i, j int) bool { return t.Properties[i].Name < t.Properties[j].Name })
}

// convertCRDSchema converts a structural openAPIV3Schema node into a Type
// tree, recording value validations in v.extra.
func (v *Validator) convertCRDSchema(n *object.Node, path string) (*Type, error) {
	if n.Kind != object.Map {
		return nil, fmt.Errorf("%s: %s: a schema must be a map", n.Pos, path)
	}
	t := &Type{
		Type:                  n.GetString("type"),
		Format:                n.GetString("format"),
		Description:           n.GetString("description"),
		Nullable:              boolOf(n.Get("nullable")),
		IntOrString:           boolOf(n.Get("x-kubernetes-int-or-string")),
		PreserveUnknownFields: boolOf(n.Get("x-kubernetes-preserve-unknown-fields")),
		EmbeddedResource:      boolOf(n.Get("x-kubernetes-embedded-resource")),
		ListType:              n.GetString("x-kubernetes-list-type"),
		MapType:               n.GetString("x-kubernetes-map-type"),
	}
	if d := n.Get("default"); d != nil {
		t.Default = string(d.JSON())
	}
	if ks := n.Get("x-kubernetes-list-map-keys"); ks != nil && ks.Kind == object.List {
		for _, k := range ks.Items {
			if k.Kind == object.String {
				t.ListMapKeys = append(t.ListMapKeys, k.Str)
			}
		}
	}
	if r := n.Get("required"); r != nil && r.Kind == object.List {
		for _, k := range r.Items {
			if k.Kind == object.String {
				t.Required = append(t.Required, k.Str)
			}
		}
		sort.Strings(t.Required)
	}
	if props := n.Get("properties"); props != nil && props.Kind == object.Map {
		for _, f := range props.Fields {
			ft, err := v.convertCRDSchema(f.Value, path+".properties."+f.Key)
			if err != nil {
				return nil, err
			}
			t.Properties = append(t.Properties, &Field{Name: f.Key, Type: ft})
		}
		sort.Slice(t.Properties, func(i, j int) bool { return t.Properties[i].Name < t.Properties[j].Name })
		for _, f := range t.Properties {
			f.Required = t.IsRequired(f.Name)
		}
	}
	if it := n.Get("items"); it != nil && it.Kind == object.Map {
		ft, err := v.convertCRDSchema(it, path+".items")
		if err != nil {
			return nil, err
		}
		t.Items = ft
	}
	if ap := n.Get("additionalProperties"); ap != nil {
		switch ap.Kind {
		case object.Map:
			ft, err := v.convertCRDSchema(ap, path+".additionalProperties")
			if err != nil {
				return nil, err
			}
			t.AdditionalProperties = ft
		case object.Bool:
			if ap.Bool {
				t.AdditionalProperties = &Type{}
			}
		}
	}
	c := &Constraints{}
	used := false
	if p := n.Get("pattern"); p != nil && p.Kind == object.String {
		re, err := regexp.Compile(p.Str)
		if err != nil {
			return nil, fmt.Errorf("%s: %s.pattern: %w", p.Pos, path, err)
		}
		c.Pattern, c.PatternText, used = re, p.Str, true
	}
	for _, b := range []struct {
		key string
		dst **float64
	}{{"minimum", &c.Minimum}, {"maximum", &c.Maximum}} {
		if x := n.Get(b.key); x != nil && x.IsNumber() {
			f := x.Number()
			*b.dst, used = &f, true
		}
	}
	c.ExclusiveMin = boolOf(n.Get("exclusiveMinimum"))
	c.ExclMax = boolOf(n.Get("exclusiveMaximum"))
	for _, b := range []struct {
		key string
		dst **int64
	}{{"minLength", &c.MinLength}, {"maxLength", &c.MaxLength}, {"minItems", &c.MinItems}, {"maxItems", &c.MaxItems},
		{"minProperties", &c.MinProperties}, {"maxProperties", &c.MaxProp}} {
		if x := n.Get(b.key); x != nil {
			if i, ok := x.IntValue(); ok {
				*b.dst, used = &i, true
			}
		}
	}
	if e := n.Get("enum"); e != nil && e.Kind == object.List {
		for _, it := range e.Items {
			j := it.JSON()
			var norm any
			if err := json.Unmarshal(j, &norm); err == nil {
				if b, err := json.Marshal(norm); err == nil {
					j = b
				}
			}
			c.EnumJSON = append(c.EnumJSON, string(j))
		}
		used = true
	}
	if rules := n.Get("x-kubernetes-validations"); rules != nil && rules.Kind == object.List {
		for _, r := range rules.Items {
			text := r.GetString("rule")
			expr, err := compileCELRule(text)
			if err != nil {
				v.unchecked = append(v.unchecked, path+": "+text)
				continue
			}
			c.Rules = append(c.Rules, celRule{rule: text, message: r.GetString("message"), expr: expr})
			used = true
		}
	}
	if t.Type == TypeObject && len(t.Properties) == 0 && t.AdditionalProperties == nil && !t.PreserveUnknownFields {
		c.Closed, used = true, true
	}
	if used {
		v.extra[t] = c
	}
	return t, nil
}

func boolOf(n *object.Node) bool { return n != nil && n.Kind == object.Bool && n.Bool }

// UncheckedRules lists the CRD validation rules (x-kubernetes-validations)
// outside the CEL subset this package evaluates, as "schema path: rule".
func (v *Validator) UncheckedRules() []string { return append([]string(nil), v.unchecked...) }

// LoadCRDDir reads every *.yaml / *.yml file of dir as CRDs, in name order.
func LoadCRDDir(dir string) ([]*CRD, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading CRD directory: %w", err)
	}
	var out []*CRD
	for _, e := range entries {
		if e.IsDir() || !(strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			continue
		}
		cs, err := LoadCRDFile(dir + string(os.PathSeparator) + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}
