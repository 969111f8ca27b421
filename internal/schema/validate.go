package schema

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// Stable diagnostic codes of object validation.
const (
	CodeUnknownField = "schema/unknown-field"
	CodeType         = "schema/type"
	CodeRequired     = "schema/required"
	CodeEnum         = "schema/enum"
	CodeFormat       = "schema/format"
	CodeDuplicateKey = "schema/duplicate-key"
	CodeMetadata     = "schema/metadata"
	CodeValue        = "schema/value"
	CodeRule         = "schema/rule"
	CodeUnknownKind  = "api/unknown-kind"
	CodeNotServed    = "api/version-not-served"
	CodeRemoved      = "api/removed"
	CodeDeprecated   = "api/deprecated"
	CodeSyntax       = "yaml/syntax"
)

// Severity of a diagnostic.
type Severity int

// Severities, most severe first.
const (
	SeverityError Severity = iota
	SeverityWarning
)

// String names the severity.
func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one validation finding.
type Diagnostic struct {
	Severity Severity
	Code     string
	// Path is the JSON path inside the object, e.g.
	// spec.template.spec.containers[0].imagePullPolicy; "" for the object.
	Path    string
	Pos     object.Pos
	Message string
	// Fix suggests a correction, "" when there is none.
	Fix string
}

// String formats the diagnostic as file:line:col: path: message.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Pos.String())
	b.WriteString(": ")
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	return b.String()
}

// Names of the apimachinery types that need special handling.
const (
	quantityType    = "io.k8s.apimachinery.pkg.api.resource.Quantity"
	rawExtension    = "io.k8s.apimachinery.pkg.runtime.RawExtension"
	fieldsV1        = "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"
	patchType       = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch"
	resourceReqType = "io.k8s.api.core.v1.ResourceRequirements"
	containerType   = "io.k8s.api.core.v1.Container"
)

// Constraints are the JSON Schema value validations a CustomResourceDefinition
// may add to a node and the compact Type does not carry.
type Constraints struct {
	Pattern                *regexp.Regexp
	PatternText            string
	Minimum, Maximum       *float64
	ExclusiveMin, ExclMax  bool
	MinLength, MaxLength   *int64
	MinItems, MaxItems     *int64
	MinProperties, MaxProp *int64
	// EnumJSON holds the JSON encoding of each allowed value when the
	// enum holds non-strings.
	EnumJSON []string
	// Closed marks an object without properties that is not
	// preserve-unknown: every field is unknown (structural schema rule).
	Closed bool
	// Rules are the node's x-kubernetes-validations that compiled.
	Rules []celRule
}

// Validator checks objects against one Kubernetes version's schema and any
// CustomResourceDefinitions added to it. It is safe for concurrent use once
// built.
type Validator struct {
	ix        *Index
	extra     map[*Type]*Constraints
	notServed map[GVK][]string // CRD versions present but not served → served versions
	crdKinds  map[GVK]bool
	facts     *Facts
	unchecked []string // CRD rules outside the supported CEL subset
}

// UseFacts makes the validator name removed API versions with the release
// that removed them and their replacement, prefer the facts' preferred
// versions in suggestions, and warn about deprecated API versions. Call it
// before validating.
func (v *Validator) UseFacts(f *Facts) { v.facts = f }

// NewValidator returns a validator for the index. CRDs are overlaid on a
// copy: ix itself is not modified.
func NewValidator(ix *Index, crds ...*CRD) (*Validator, error) {
	v := &Validator{ix: ix, extra: map[*Type]*Constraints{}, notServed: map[GVK][]string{}, crdKinds: map[GVK]bool{}}
	if len(crds) == 0 {
		return v, nil
	}
	cp := &Index{Version: ix.Version, Kinds: append([]*Kind(nil), ix.Kinds...), Types: make(map[string]*Type, len(ix.Types))}
	for k, t := range ix.Types {
		cp.Types[k] = t
	}
	v.ix = cp
	for _, c := range crds {
		if err := v.addCRD(c); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Index returns the index the validator reads (with CRD kinds overlaid).
func (v *Validator) Index() *Index { return v.ix }

// walker carries the state of validating one object.
type walker struct {
	v     *Validator
	diags []Diagnostic
	crd   bool
}

func (w *walker) report(code string, n *object.Node, path, msg, fix string) {
	d := Diagnostic{Severity: SeverityError, Code: code, Path: path, Message: msg, Fix: fix}
	if n != nil {
		d.Pos = n.Pos
	}
	w.diags = append(w.diags, d)
}

// ValidateObject validates one decoded object and returns its diagnostics
// in a deterministic order (by position, then path, then code).
func (v *Validator) ValidateObject(obj *object.Node) []Diagnostic {
	w := &walker{v: v}
	w.object(obj)
	sortDiagnostics(w.diags)
	return w.diags
}

// ValidateDocuments validates every non-empty document of a decoded file.
func (v *Validator) ValidateDocuments(docs []object.Document) []Diagnostic {
	var out []Diagnostic
	for _, d := range docs {
		if d.Root == nil {
			continue
		}
		out = append(out, v.ValidateObject(d.Root)...)
	}
	return out
}

func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Offset != b.Pos.Offset {
			return a.Pos.Offset < b.Pos.Offset
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Code < b.Code
	})
}

func (w *walker) object(obj *object.Node) {
	if obj.Kind != object.Map {
		w.report(CodeType, obj, "", fmt.Sprintf("a Kubernetes object must be a map, found %s", obj.Kind), "")
		return
	}
	av, kd := obj.Get("apiVersion"), obj.Get("kind")
	ok := true
	for _, f := range []struct {
		name string
		n    *object.Node
	}{{"apiVersion", av}, {"kind", kd}} {
		switch {
		case f.n == nil || f.n.Kind == object.Null || (f.n.Kind == object.String && f.n.Str == ""):
			w.report(CodeRequired, obj, f.name, f.name+" is required", "add "+f.name)
			ok = false
		case f.n.Kind != object.String:
			w.report(CodeType, f.n, f.name, fmt.Sprintf("expected string, found %s", f.n.Kind), "")
			ok = false
		}
	}
	if !ok {
		return
	}
	if av.Str == "v1" && kd.Str == "List" {
		w.list(obj)
		return
	}
	k, found := w.v.ix.Lookup(av.Str, kd.Str)
	if !found {
		w.unknownKind(av, kd)
		return
	}
	w.crd = w.v.crdKinds[k.GVK()]
	if f := w.v.facts; f != nil && !w.crd {
		if d, dep := f.Deprecated(k.GVK()); dep {
			fix := ""
			if d.Replacement != "" {
				fix = "use apiVersion " + d.Replacement
			}
			w.diags = append(w.diags, Diagnostic{Severity: SeverityWarning, Code: CodeDeprecated, Path: "apiVersion", Pos: av.Pos,
				Message: fmt.Sprintf("%s %s is deprecated in Kubernetes %s: %s", av.Str, kd.Str, w.v.ix.Version, d.Reason), Fix: fix})
		}
	}
	root := w.v.ix.Schema(k)
	if root == nil {
		w.report(CodeUnknownKind, kd, "kind", fmt.Sprintf("the schema of %s is missing from the index", k.GVK()), "")
		return
	}
	w.walk(root, obj, "", false)
	meta := obj.Get("metadata")
	if meta != nil && meta.Kind != object.Map && meta.Kind != object.Null {
		return // type error already reported
	}
	mc := &metaChecker{group: k.Group, kind: k.Kind, namespaced: k.Namespaced, report: w.report}
	mc.check(obj, meta)
}

// list validates a v1 List (the form `kubectl get -o yaml` writes and
// `kubectl apply` accepts): every item is an object of its own.
func (w *walker) list(obj *object.Node) {
	for _, f := range obj.Fields {
		switch f.Key {
		case "apiVersion", "kind", "metadata":
		case "items":
			if f.Value.Kind != object.List {
				if f.Value.Kind != object.Null {
					w.typeError(f.Value, "items", "array")
				}
				continue
			}
			for i, it := range f.Value.Items {
				sub := &walker{v: w.v}
				sub.object(it)
				prefix := "items[" + strconv.Itoa(i) + "]"
				for _, d := range sub.diags {
					if d.Path == "" {
						d.Path = prefix
					} else {
						d.Path = prefix + "." + d.Path
					}
					w.diags = append(w.diags, d)
				}
			}
		default:
			w.report(CodeUnknownField, &object.Node{Pos: f.KeyPos}, f.Key, fmt.Sprintf("unknown field %q", f.Key), "a List has apiVersion, kind, metadata and items")
		}
	}
}

// unknownKind reports an apiVersion/kind the target version does not serve,
// naming the versions that serve the kind.
func (w *walker) unknownKind(av, kd *object.Node) {
	ix := w.v.ix
	g, ver, ok := ParseAPIVersion(av.Str)
	if !ok {
		w.report(CodeUnknownKind, av, "apiVersion", fmt.Sprintf("invalid apiVersion %q: want \"group/version\" or \"v1\"", av.Str), "")
		return
	}
	if served, found := w.v.notServed[GVK{g, ver, kd.Str}]; found {
		w.report(CodeNotServed, av, "apiVersion",
			fmt.Sprintf("version %s of %s is defined by its CustomResourceDefinition but not served", av.Str, kd.Str),
			"use apiVersion "+strings.Join(served, " or "))
		return
	}
	if f := w.v.facts; f != nil {
		if r, removed := f.Removed(GVK{g, ver, kd.Str}); removed {
			msg := fmt.Sprintf("%s %s was removed in Kubernetes %s (last served by %s)", av.Str, kd.Str, r.RemovedIn, r.LastServed)
			fix := ""
			if r.Replacement != "" {
				fix = "use apiVersion " + r.Replacement
				msg += "; Kubernetes " + ix.Version + " serves it as " + r.Replacement
			}
			w.report(CodeRemoved, av, "apiVersion", msg, fix)
			return
		}
	}
	var alts []string
	for _, k := range ix.KindsNamed(kd.Str) {
		alts = append(alts, k.APIVersion())
	}
	if len(alts) > 0 {
		pref := preferredOf(ix.KindsNamed(kd.Str))
		if f := w.v.facts; f != nil {
			if k, ok := f.Preferred(kd.Str); ok {
				pref = k.APIVersion()
			}
		}
		w.report(CodeUnknownKind, av, "apiVersion",
			fmt.Sprintf("Kubernetes %s does not serve %s in %s; it is served as %s", ix.Version, kd.Str, av.Str, strings.Join(alts, ", ")),
			"use apiVersion "+pref)
		return
	}
	msg := fmt.Sprintf("Kubernetes %s has no kind %s in %s", ix.Version, kd.Str, av.Str)
	fix := ""
	var names []string
	seen := map[string]bool{}
	for _, k := range ix.Kinds {
		if !seen[k.Kind] {
			seen[k.Kind] = true
			names = append(names, k.Kind)
		}
	}
	if s := closest(kd.Str, names); s != "" {
		fix = "did you mean kind " + s + "?"
	} else if g != "" {
		fix = "add the CustomResourceDefinition of " + g + " with --crd"
	}
	w.report(CodeUnknownKind, kd, "kind", msg, fix)
}

// preferredOf picks the most stable served version among kinds: GA over
// beta over alpha, then the highest number.
func preferredOf(ks []*Kind) string {
	best := ks[0]
	for _, k := range ks[1:] {
		if versionRank(k.Version) > versionRank(best.Version) {
			best = k
		}
	}
	return best.APIVersion()
}

var versionRe = regexp.MustCompile(`^v(\d+)(?:(alpha|beta)(\d+))?$`)

func versionRank(v string) int {
	m := versionRe.FindStringSubmatch(v)
	if m == nil {
		return -1
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[3])
	stability := 2
	switch m[2] {
	case "alpha":
		stability = 0
	case "beta":
		stability = 1
	}
	return stability*1_000_000 + major*1000 + minor
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func keyPath(path, key string) string {
	simple := key != ""
	for _, r := range key {
		if !(r == '-' || r == '_' || r == '.' || r == '/' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			simple = false
			break
		}
	}
	if simple && !strings.ContainsAny(key, "./") {
		return join(path, key)
	}
	return path + "[" + strconv.Quote(key) + "]"
}

// materialized reports properties that the API server decodes into
// non-pointer structs: absent or null, they still get validated as {}.
func materialized(name string) bool {
	return name == "spec" || name == "template" || name == "jobTemplate"
}

// walk validates n against the schema node site. inStatus is set below the
// object's status, which the API server ignores on create (types still
// decode strictly, values are not checked).
func (w *walker) walk(site *Type, n *object.Node, path string, inStatus bool) {
	t := w.v.ix.Resolve(site)
	if t == nil || n == nil || n.Kind == object.Null {
		return
	}
	switch t.Name {
	case quantityType:
		w.quantity(n, path)
		return
	case rawExtension, fieldsV1, patchType:
		return
	}
	if t.PreserveUnknownFields && t.Type == "" && len(t.Properties) == 0 && t.AdditionalProperties == nil {
		return
	}
	if t.IntOrString {
		w.intOrString(n, path)
		return
	}
	typ := t.Type
	if typ == "" && len(t.Properties) > 0 {
		typ = TypeObject
	}
	if typ == "" && (len(t.OneOf) > 0 || len(t.AnyOf) > 0) {
		w.alternatives(t, n, path)
		return
	}
	c := w.v.extra[t]
	if c != nil && len(c.Rules) > 0 && !inStatus {
		defer w.celRules(c.Rules, n, path)
	}
	switch typ {
	case TypeObject:
		w.objectNode(site, t, c, n, path, inStatus)
	case TypeArray:
		w.array(site, t, c, n, path, inStatus)
	case TypeString:
		if n.Kind != object.String {
			w.typeError(n, path, "string")
			return
		}
		w.str(t, c, n, path, inStatus)
	case TypeInteger:
		w.integer(t, c, n, path)
	case TypeNumber:
		if !n.IsNumber() {
			w.typeError(n, path, "number")
			return
		}
		w.numberBounds(c, n, path)
		w.enumJSON(c, n, path)
	case TypeBoolean:
		if n.Kind != object.Bool {
			w.typeError(n, path, "boolean")
			return
		}
		w.enumJSON(c, n, path)
	}
}

func (w *walker) typeError(n *object.Node, path, want string) {
	fix := ""
	switch {
	case want == "string" && (n.Kind == object.Int || n.Kind == object.Float || n.Kind == object.Bool):
		fix = "quote the value to make it a string"
	case (want == "integer" || want == "number" || want == "boolean") && n.Kind == object.String:
		fix = "remove the quotes"
	}
	w.report(CodeType, n, path, fmt.Sprintf("expected %s, found %s", want, describeValue(n)), fix)
}

func describeValue(n *object.Node) string {
	switch n.Kind {
	case object.String:
		return fmt.Sprintf("string %q", n.Str)
	case object.Int:
		return fmt.Sprintf("integer %d", n.Int)
	case object.Float:
		return "number " + strconv.FormatFloat(n.Float, 'g', -1, 64)
	case object.Bool:
		return fmt.Sprintf("boolean %t", n.Bool)
	}
	return n.Kind.String()
}

func (w *walker) alternatives(t *Type, n *object.Node, path string) {
	alts := t.OneOf
	if len(alts) == 0 {
		alts = t.AnyOf
	}
	var names []string
	for _, a := range alts {
		r := w.v.ix.Resolve(a)
		if r == nil || r.Type == "" || kindMatches(r.Type, n) {
			return
		}
		names = append(names, r.Type)
	}
	w.typeError(n, path, strings.Join(names, " or "))
}

func kindMatches(typ string, n *object.Node) bool {
	switch typ {
	case TypeObject:
		return n.Kind == object.Map
	case TypeArray:
		return n.Kind == object.List
	case TypeString:
		return n.Kind == object.String
	case TypeInteger:
		_, ok := n.IntValue()
		return ok
	case TypeNumber:
		return n.IsNumber()
	case TypeBoolean:
		return n.Kind == object.Bool
	}
	return true
}

func (w *walker) objectNode(site, t *Type, c *Constraints, n *object.Node, path string, inStatus bool) {
	if n.Kind != object.Map {
		w.typeError(n, path, "object")
		return
	}
	if c != nil {
		if c.MinProperties != nil && int64(len(n.Fields)) < *c.MinProperties {
			w.report(CodeValue, n, path, fmt.Sprintf("must have at least %d properties", *c.MinProperties), "")
		}
		if c.MaxProp != nil && int64(len(n.Fields)) > *c.MaxProp {
			w.report(CodeValue, n, path, fmt.Sprintf("must have at most %d properties", *c.MaxProp), "")
		}
	}
	preserve := t.PreserveUnknownFields || site.PreserveUnknownFields
	closed := c != nil && c.Closed
	if len(t.Properties) == 0 && t.AdditionalProperties == nil && !closed {
		return // free-form object
	}
	for _, f := range n.Fields {
		fp := keyPath(path, f.Key)
		if p := t.Property(f.Key); p != nil {
			st := inStatus || (path == "" && f.Key == "status")
			w.walk(p.Type, f.Value, fp, st)
			if !st && !w.crd {
				w.builtinEnum(t.Name, f.Key, f.Value, fp)
			}
			continue
		}
		if t.AdditionalProperties != nil {
			w.walk(t.AdditionalProperties, f.Value, fp, inStatus)
			continue
		}
		if preserve {
			continue
		}
		names := make([]string, len(t.Properties))
		for i, p := range t.Properties {
			names[i] = p.Name
		}
		fix := ""
		if s := closest(f.Key, names); s != "" {
			fix = fmt.Sprintf("did you mean %q?", s)
		} else if len(names) > 0 && len(names) <= 12 {
			fix = "known fields: " + strings.Join(names, ", ")
		}
		w.report(CodeUnknownField, &object.Node{Pos: f.KeyPos}, fp, fmt.Sprintf("unknown field %q", f.Key), fix)
	}
	if inStatus {
		return
	}
	for _, p := range t.Properties {
		v := n.Get(p.Name)
		missing := v == nil || v.Kind == object.Null
		if p.Required && missing {
			w.report(CodeRequired, n, join(path, p.Name), fmt.Sprintf("required field %q is missing", p.Name),
				"add "+join(path, p.Name))
			continue
		}
		if missing && !w.crd && materialized(p.Name) {
			if pt := w.v.ix.Resolve(p.Type); pt != nil && len(pt.Properties) > 0 {
				w.walk(p.Type, &object.Node{Kind: object.Map, Pos: n.Pos}, join(path, p.Name), inStatus)
			}
		}
	}
	if !w.crd {
		switch t.Name {
		case objectMetaType:
			if path != "metadata" {
				mc := &metaChecker{report: w.report}
				mc.labelsAndAnnotations(n, path)
			}
		case resourceReqType:
			w.resources(n, path)
		case containerType:
			if img := n.Get("image"); img == nil || img.Kind == object.Null || (img.Kind == object.String && img.Str == "") {
				w.report(CodeRequired, n, join(path, "image"), "required field \"image\" is missing", "add "+join(path, "image"))
			}
			w.semantic(t.Name, n, path)
		default:
			w.semantic(t.Name, n, path)
		}
	}
}

func (w *walker) array(site, t *Type, c *Constraints, n *object.Node, path string, inStatus bool) {
	if n.Kind != object.List {
		w.typeError(n, path, "array")
		return
	}
	if c != nil {
		if c.MinItems != nil && int64(len(n.Items)) < *c.MinItems {
			w.report(CodeValue, n, path, fmt.Sprintf("must have at least %d items", *c.MinItems), "")
		}
		if c.MaxItems != nil && int64(len(n.Items)) > *c.MaxItems {
			w.report(CodeValue, n, path, fmt.Sprintf("must have at most %d items", *c.MaxItems), "")
		}
	}
	for i, it := range n.Items {
		w.walk(t.Items, it, path+"["+strconv.Itoa(i)+"]", inStatus)
	}
	listType := site.ListType
	keys := site.ListMapKeys
	if listType == "" {
		listType = t.ListType
	}
	if len(keys) == 0 {
		keys = t.ListMapKeys
	}
	switch listType {
	case "map":
		w.listMap(t, keys, n, path)
	case "set":
		seen := map[string]int{}
		for i, it := range n.Items {
			k := string(it.JSON())
			if j, dup := seen[k]; dup {
				w.report(CodeDuplicateKey, it, path+"["+strconv.Itoa(i)+"]",
					fmt.Sprintf("duplicate value %s (also at index %d); this list is a set", k, j), "remove the duplicate")
				continue
			}
			seen[k] = i
		}
	}
}

// listMap checks that the items of an x-kubernetes-list-type=map list have
// unique keys, filling absent keys with their schema default as the API
// server's defaulting does (a port's protocol defaults to TCP).
func (w *walker) listMap(t *Type, keys []string, n *object.Node, path string) {
	if len(keys) == 0 {
		return
	}
	item := w.v.ix.Resolve(t.Items)
	seen := map[string]int{}
	for i, it := range n.Items {
		if it.Kind != object.Map {
			continue
		}
		parts := make([]string, len(keys))
		desc := make([]string, len(keys))
		for j, k := range keys {
			v := it.Get(k)
			var s string
			switch {
			case v != nil && v.Kind != object.Null:
				s = string(v.JSON())
			default:
				if p := item.Property(k); p != nil {
					s = p.Type.Default
					if s == "" {
						if r := w.v.ix.Resolve(p.Type); r != nil {
							s = r.Default
						}
					}
				}
				if s == "" {
					s = "null"
				}
			}
			parts[j] = s
			desc[j] = k + "=" + s
		}
		key := strings.Join(parts, "\x00")
		if j, dup := seen[key]; dup {
			w.report(CodeDuplicateKey, it, path+"["+strconv.Itoa(i)+"]",
				fmt.Sprintf("duplicate entry with %s (same as index %d)", strings.Join(desc, ", "), j),
				"give each entry a unique "+strings.Join(keys, "+"))
			continue
		}
		seen[key] = i
	}
}

func (w *walker) str(t *Type, c *Constraints, n *object.Node, path string, inStatus bool) {
	s := n.Str
	if len(t.Enum) > 0 && !inStatus && !w.crd {
		w.enumValue(t.Enum, n, path)
	}
	switch t.Format {
	case "date-time":
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			w.report(CodeFormat, n, path, fmt.Sprintf("invalid date-time %q: want RFC 3339, e.g. 2024-01-02T15:04:05Z", s), "")
		}
	case "byte":
		if _, err := base64.StdEncoding.DecodeString(s); err != nil {
			w.report(CodeFormat, n, path, fmt.Sprintf("invalid base64 data: %v", err), "use stringData for plain text, or encode the value with base64")
		}
	}
	if c != nil {
		if c.MinLength != nil && int64(len([]rune(s))) < *c.MinLength {
			w.report(CodeValue, n, path, fmt.Sprintf("must be at least %d characters long", *c.MinLength), "")
		}
		if c.MaxLength != nil && int64(len([]rune(s))) > *c.MaxLength {
			w.report(CodeValue, n, path, fmt.Sprintf("must be at most %d characters long", *c.MaxLength), "")
		}
		if c.Pattern != nil && !c.Pattern.MatchString(s) {
			w.report(CodeFormat, n, path, fmt.Sprintf("%q does not match the pattern %s", s, c.PatternText), "")
		}
		w.enumJSON(c, n, path)
	}
}

// celRules evaluates a CRD node's validation rules on n.
func (w *walker) celRules(rules []celRule, n *object.Node, path string) {
	for _, r := range rules {
		v, ok := r.expr.eval(celEnv{self: n})
		if b, isBool := v.(bool); !ok || !isBool || b {
			continue
		}
		msg := r.message
		if msg == "" {
			msg = "failed rule: " + r.rule
		}
		w.report(CodeRule, n, path, msg, "")
	}
}

// builtinEnum checks a field of a built-in type against builtinEnums.
func (w *walker) builtinEnum(typeName, field string, n *object.Node, path string) {
	if vals := enumOf(typeName, field); vals != nil {
		w.enumValue(vals, n, path)
	}
	if vals := enumOf(typeName, field+"[]"); vals != nil && n.Kind == object.List {
		for i, it := range n.Items {
			w.enumValue(vals, it, path+"["+strconv.Itoa(i)+"]")
		}
	}
}

// enumValue reports a string that is not one of vals ("" is accepted: the
// API server defaults it).
func (w *walker) enumValue(vals []string, n *object.Node, path string) {
	if n.Kind != object.String || n.Str == "" {
		return
	}
	for _, v := range vals {
		if v == n.Str {
			return
		}
	}
	quoted := make([]string, len(vals))
	for j, e := range vals {
		quoted[j] = strconv.Quote(e)
	}
	fix := ""
	if m := closest(n.Str, vals); m != "" {
		fix = fmt.Sprintf("did you mean %q?", m)
	}
	w.report(CodeEnum, n, path, fmt.Sprintf("unsupported value %q: must be one of %s", n.Str, strings.Join(quoted, ", ")), fix)
}

func (w *walker) enumJSON(c *Constraints, n *object.Node, path string) {
	if c == nil || len(c.EnumJSON) == 0 {
		return
	}
	j := string(n.JSON())
	if n.Kind == object.Float {
		if i, ok := n.IntValue(); ok {
			j = strconv.FormatInt(i, 10)
		}
	}
	for _, e := range c.EnumJSON {
		if e == j {
			return
		}
	}
	fix := ""
	if n.Kind == object.String {
		var strs []string
		for _, e := range c.EnumJSON {
			if u, err := strconv.Unquote(e); err == nil {
				strs = append(strs, u)
			}
		}
		if m := closest(n.Str, strs); m != "" {
			fix = fmt.Sprintf("did you mean %q?", m)
		}
	}
	w.report(CodeEnum, n, path, fmt.Sprintf("unsupported value %s: must be one of %s", j, strings.Join(c.EnumJSON, ", ")), fix)
}

func (w *walker) integer(t *Type, c *Constraints, n *object.Node, path string) {
	if !n.IsNumber() {
		w.typeError(n, path, "integer")
		return
	}
	i, ok := n.IntValue()
	if !ok {
		if n.Kind == object.Float && n.Float == math.Trunc(n.Float) {
			w.report(CodeFormat, n, path, fmt.Sprintf("%s is out of the int64 range", describeValue(n)), "")
			return
		}
		w.typeError(n, path, "integer")
		return
	}
	// Built-in int32 fields overflow when the API server decodes them into
	// Go structs; custom resources stay unstructured and keep the value.
	if t.Format == "int32" && !w.crd && (i < math.MinInt32 || i > math.MaxInt32) {
		w.report(CodeFormat, n, path, fmt.Sprintf("%d is out of the int32 range [%d, %d]", i, math.MinInt32, math.MaxInt32), "")
	}
	w.numberBounds(c, n, path)
	w.enumJSON(c, n, path)
}

func (w *walker) numberBounds(c *Constraints, n *object.Node, path string) {
	if c == nil {
		return
	}
	x := n.Number()
	if c.Minimum != nil && (x < *c.Minimum || c.ExclusiveMin && x == *c.Minimum) {
		op := ">="
		if c.ExclusiveMin {
			op = ">"
		}
		w.report(CodeValue, n, path, fmt.Sprintf("must be %s %s", op, strconv.FormatFloat(*c.Minimum, 'g', -1, 64)), "")
	}
	if c.Maximum != nil && (x > *c.Maximum || c.ExclMax && x == *c.Maximum) {
		op := "<="
		if c.ExclMax {
			op = "<"
		}
		w.report(CodeValue, n, path, fmt.Sprintf("must be %s %s", op, strconv.FormatFloat(*c.Maximum, 'g', -1, 64)), "")
	}
}

func (w *walker) intOrString(n *object.Node, path string) {
	switch n.Kind {
	case object.String:
		return
	case object.Int, object.Float:
		i, ok := n.IntValue()
		if !ok {
			w.typeError(n, path, "integer or string")
			return
		}
		if !w.crd && (i < math.MinInt32 || i > math.MaxInt32) {
			w.report(CodeFormat, n, path, fmt.Sprintf("%d is out of the int32 range", i), "")
		}
	default:
		w.typeError(n, path, "integer or string")
	}
}

func (w *walker) quantity(n *object.Node, path string) {
	switch n.Kind {
	case object.String:
		if err := CheckQuantity(n.Str); err != nil {
			w.report(CodeFormat, n, path, fmt.Sprintf("invalid quantity %q: %v", n.Str, err),
				`write a number with an optional suffix, e.g. "500m", "1.5", "128Mi", "2Gi"`)
		}
	case object.Int, object.Float:
	default:
		w.typeError(n, path, "quantity (string or number)")
	}
}

// quantityOf parses a quantity node (string or number).
func quantityOf(n *object.Node) (Quantity, bool) {
	switch n.Kind {
	case object.String:
		q, err := ParseQuantity(n.Str)
		return q, err == nil
	case object.Int:
		q, err := ParseQuantity(strconv.FormatInt(n.Int, 10))
		return q, err == nil
	case object.Float:
		q, err := ParseQuantity(strconv.FormatFloat(n.Float, 'g', -1, 64))
		return q, err == nil
	}
	return Quantity{}, false
}

// resources applies the API server's container resource rules: quantities
// are not negative and a request does not exceed its limit.
func (w *walker) resources(n *object.Node, path string) {
	limits := map[string]Quantity{}
	for _, part := range []string{"limits", "requests"} {
		m := n.Get(part)
		if m == nil || m.Kind != object.Map {
			continue
		}
		for _, f := range m.Fields {
			q, ok := quantityOf(f.Value)
			if !ok {
				continue
			}
			fp := keyPath(join(path, part), f.Key)
			if q.Sign() < 0 {
				w.report(CodeValue, f.Value, fp, "must be greater than or equal to 0", "")
				continue
			}
			if part == "limits" {
				limits[f.Key] = q
				continue
			}
			if l, ok := limits[f.Key]; ok && l.Value != nil && q.Value != nil && q.Value.Cmp(l.Value) > 0 {
				w.report(CodeValue, f.Value, fp, fmt.Sprintf("must be less than or equal to %s limit", f.Key),
					"raise the limit or lower the request")
			}
		}
	}
}

// closest returns the candidate nearest to s (case-insensitive edit
// distance at most a third of its length, at least 2), or "".
func closest(s string, candidates []string) string {
	best, bestD := "", -1
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := editDistance(ls, strings.ToLower(c))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(2, len(s)/3)
	if bestD < 0 || bestD > limit || best == s {
		return ""
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// ValidateFile decodes a multi-document YAML (or JSON) file and validates
// every object in it. A file that does not decode yields one yaml/syntax
// diagnostic (documents before the error are still validated).
func (v *Validator) ValidateFile(file string, data []byte) []Diagnostic {
	docs, err := object.DecodeYAML(file, data)
	out := v.ValidateDocuments(docs)
	if err != nil {
		d := Diagnostic{Severity: SeverityError, Code: CodeSyntax, Pos: object.Pos{File: file}, Message: err.Error()}
		var de *object.DecodeError
		if errors.As(err, &de) {
			d.Pos, d.Message = de.Pos, de.Msg
		}
		out = append(out, d)
	}
	return out
}

// ValidateEach validates every non-empty document concurrently (up to
// GOMAXPROCS goroutines) and returns the diagnostics of each document, in
// document order (nil for empty documents).
func (v *Validator) ValidateEach(ctx context.Context, docs []object.Document) ([][]Diagnostic, error) {
	out := make([][]Diagnostic, len(docs))
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(docs) < 64 {
		for i, d := range docs {
			if d.Root != nil {
				out[i] = v.ValidateObject(d.Root)
			}
		}
		return out, ctx.Err()
	}
	var wg sync.WaitGroup
	per := (len(docs) + workers - 1) / workers
	for start := 0; start < len(docs); start += per {
		end := min(start+per, len(docs))
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				if i%256 == 0 && ctx.Err() != nil {
					return
				}
				if docs[i].Root != nil {
					out[i] = v.ValidateObject(docs[i].Root)
				}
			}
		}(start, end)
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("validating: %w", err)
	}
	return out, nil
}
