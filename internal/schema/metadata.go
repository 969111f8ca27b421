package schema

import (
	"fmt"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/object"
)

// Name and label rules, as the API server's validation applies them
// (k8s.io/apimachinery/pkg/util/validation).
const (
	dns1123LabelMaxLength     = 63
	dns1123SubdomainMaxLength = 253
	dns1035LabelMaxLength     = 63
	qualifiedNameMaxLength    = 63
	labelValueMaxLength       = 63
	// TotalAnnotationSizeLimit is the API server's limit on the summed
	// size of all annotation keys and values of one object.
	TotalAnnotationSizeLimit = 256 * 1024
)

// The name grammars of the API server, as hand-written matchers (they run
// for every label of every object):
//
//	RFC 1123 label      [a-z0-9]([-a-z0-9]*[a-z0-9])?
//	RFC 1123 subdomain  label(\.label)*
//	RFC 1035 label      [a-z]([-a-z0-9]*[a-z0-9])?
//	qualified name      ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
//	label value         (qualified name)?

func lowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func alnum(c byte) bool { return lowerAlnum(c) || c >= 'A' && c <= 'Z' }

func matchDNS1123Label(s string) bool {
	if s == "" || !lowerAlnum(s[0]) || !lowerAlnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if !lowerAlnum(s[i]) && s[i] != '-' {
			return false
		}
	}
	return true
}

func matchDNS1123Subdomain(s string) bool {
	for {
		i := strings.IndexByte(s, '.')
		if i < 0 {
			return matchDNS1123Label(s)
		}
		if !matchDNS1123Label(s[:i]) {
			return false
		}
		s = s[i+1:]
	}
}

func matchDNS1035Label(s string) bool {
	return matchDNS1123Label(s) && s[0] >= 'a' && s[0] <= 'z'
}

func matchQualifiedNamePart(s string) bool {
	if s == "" || !alnum(s[0]) || !alnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if !alnum(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

// NameRule is the rule an object's metadata.name must follow.
type NameRule int

// The name rules the API server applies, by kind.
const (
	NameDNSSubdomain NameRule = iota // RFC 1123 subdomain: most kinds
	NameDNSLabel                     // RFC 1123 label: Namespace
	NameDNS1035Label                 // RFC 1035 label: Service
	NamePathSegment                  // any string but ".", ".." and without "/" or "%": RBAC kinds
)

// String describes the rule for messages.
func (r NameRule) String() string {
	switch r {
	case NameDNSLabel:
		return "RFC 1123 label"
	case NameDNS1035Label:
		return "RFC 1035 label"
	case NamePathSegment:
		return "path segment name"
	}
	return "RFC 1123 subdomain"
}

// NameRuleFor returns the name rule of a kind in an API group.
func NameRuleFor(group, kind string) NameRule {
	switch {
	case group == "" && kind == "Namespace":
		return NameDNSLabel
	case group == "" && kind == "Service":
		return NameDNS1035Label
	case group == "rbac.authorization.k8s.io" &&
		(kind == "Role" || kind == "ClusterRole" || kind == "RoleBinding" || kind == "ClusterRoleBinding"):
		return NamePathSegment
	}
	return NameDNSSubdomain
}

// maxNameLength returns a stricter length limit some kinds have on top of
// their name rule (0 when none). A CronJob's name gets an 11-character
// suffix on the Jobs it creates, which must stay a DNS label.
func maxNameLength(group, kind string) int {
	if group == "batch" && kind == "CronJob" {
		return dns1035LabelMaxLength - 11
	}
	return 0
}

// CheckName returns why name breaks rule, or nil. With prefix set it checks
// a generateName prefix (a trailing '-' is allowed).
func CheckName(rule NameRule, name string, prefix bool) []string {
	if prefix && rule != NamePathSegment {
		name = strings.TrimSuffix(name, "-")
		if name == "" {
			return nil
		}
	}
	switch rule {
	case NameDNSLabel:
		return IsDNS1123Label(name)
	case NameDNS1035Label:
		return IsDNS1035Label(name)
	case NamePathSegment:
		return IsPathSegmentName(name, prefix)
	}
	return IsDNS1123Subdomain(name)
}

func maxLen(n int) string { return fmt.Sprintf("must be no more than %d characters", n) }

// IsDNS1123Label checks an RFC 1123 label (Namespace names, namespaces).
func IsDNS1123Label(s string) []string {
	var errs []string
	if len(s) > dns1123LabelMaxLength {
		errs = append(errs, maxLen(dns1123LabelMaxLength))
	}
	if !matchDNS1123Label(s) {
		errs = append(errs, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')")
	}
	return errs
}

// IsDNS1123Subdomain checks an RFC 1123 subdomain (most object names).
func IsDNS1123Subdomain(s string) []string {
	var errs []string
	if len(s) > dns1123SubdomainMaxLength {
		errs = append(errs, maxLen(dns1123SubdomainMaxLength))
	}
	if !matchDNS1123Subdomain(s) {
		errs = append(errs, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')")
	}
	return errs
}

// IsDNS1035Label checks an RFC 1035 label (Service names).
func IsDNS1035Label(s string) []string {
	var errs []string
	if len(s) > dns1035LabelMaxLength {
		errs = append(errs, maxLen(dns1035LabelMaxLength))
	}
	if !matchDNS1035Label(s) {
		errs = append(errs, "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')")
	}
	return errs
}

// IsPathSegmentName checks a name that must be usable as a URL path
// segment (RBAC object names).
func IsPathSegmentName(s string, prefix bool) []string {
	var errs []string
	if !prefix && (s == "." || s == "..") {
		errs = append(errs, fmt.Sprintf("may not be '%s'", s))
	}
	for _, bad := range []string{"/", "%"} {
		if strings.Contains(s, bad) {
			errs = append(errs, fmt.Sprintf("may not contain '%s'", bad))
		}
	}
	return errs
}

// IsQualifiedName checks a label or annotation key: an optional DNS
// subdomain prefix and '/', then a name of at most 63 characters.
func IsQualifiedName(s string) []string {
	var errs []string
	parts := strings.Split(s, "/")
	var name string
	switch len(parts) {
	case 1:
		name = parts[0]
	case 2:
		var prefix string
		prefix, name = parts[0], parts[1]
		if prefix == "" {
			errs = append(errs, "prefix part must be non-empty")
		} else if msgs := IsDNS1123Subdomain(prefix); len(msgs) != 0 {
			for _, m := range msgs {
				errs = append(errs, "prefix part "+m)
			}
		}
	default:
		return append(errs, "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")
	}
	if name == "" {
		errs = append(errs, "name part must be non-empty")
	} else if len(name) > qualifiedNameMaxLength {
		errs = append(errs, "name part "+maxLen(qualifiedNameMaxLength))
	}
	if name != "" && !matchQualifiedNamePart(name) {
		errs = append(errs, "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')")
	}
	return errs
}

// IsValidLabelValue checks a label value: empty, or at most 63
// alphanumeric characters, '-', '_' or '.', starting and ending with an
// alphanumeric character.
func IsValidLabelValue(s string) []string {
	var errs []string
	if len(s) > labelValueMaxLength {
		errs = append(errs, maxLen(labelValueMaxLength))
	}
	if !(s == "" || matchQualifiedNamePart(s)) {
		errs = append(errs, "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')")
	}
	return errs
}

// metaChecker validates an object's metadata.
type metaChecker struct {
	group, kind string
	namespaced  bool
	report      func(code string, n *object.Node, path, msg, fix string)
}

// check validates the metadata node of an object (meta may be nil). Types
// were checked by the schema walk; this adds the API server's name, label
// and annotation rules.
func (mc *metaChecker) check(obj, meta *object.Node) {
	rule := NameRuleFor(mc.group, mc.kind)
	name := meta.Get("name")
	gen := meta.Get("generateName")
	hasName := name != nil && name.Kind == object.String && name.Str != ""
	hasGen := gen != nil && gen.Kind == object.String && gen.Str != ""
	if !hasName && !hasGen {
		at := meta
		if at == nil {
			at = obj
		}
		mc.report(CodeRequired, at, "metadata.name", "name or generateName is required",
			"add metadata.name")
	}
	if hasName {
		for _, m := range CheckName(rule, name.Str, false) {
			mc.report(CodeMetadata, name, "metadata.name", fmt.Sprintf("invalid value %q: %s", name.Str, m),
				fmt.Sprintf("use a valid %s such as %q", rule, suggestName(name.Str)))
		}
		if n := maxNameLength(mc.group, mc.kind); n > 0 && len(name.Str) > n {
			mc.report(CodeMetadata, name, "metadata.name", fmt.Sprintf("invalid value %q: %s", name.Str, maxLen(n)),
				fmt.Sprintf("shorten the name to %d characters", n))
		}
	}
	if hasGen {
		for _, m := range CheckName(rule, gen.Str, true) {
			mc.report(CodeMetadata, gen, "metadata.generateName", fmt.Sprintf("invalid value %q: %s", gen.Str, m), "")
		}
	}
	if ns := meta.Get("namespace"); ns != nil && ns.Kind == object.String && ns.Str != "" {
		if !mc.namespaced {
			// The API server ignores it for cluster-scoped kinds; say so.
		} else {
			for _, m := range IsDNS1123Label(ns.Str) {
				mc.report(CodeMetadata, ns, "metadata.namespace", fmt.Sprintf("invalid value %q: %s", ns.Str, m),
					fmt.Sprintf("use a namespace name such as %q", suggestName(ns.Str)))
			}
		}
	}
	mc.labelsAndAnnotations(meta, "metadata")
}

// labelsAndAnnotations checks the label and annotation keys and values of
// an ObjectMeta at path (the object's own, or a pod template's).
func (mc *metaChecker) labelsAndAnnotations(meta *object.Node, path string) {
	if labels := meta.Get("labels"); labels != nil && labels.Kind == object.Map {
		for _, f := range labels.Fields {
			p := path + ".labels[" + quoteKey(f.Key) + "]"
			keyNode := &object.Node{Pos: f.KeyPos}
			for _, m := range IsQualifiedName(f.Key) {
				mc.report(CodeMetadata, keyNode, p, fmt.Sprintf("invalid label key %q: %s", f.Key, m), "")
			}
			if f.Value.Kind == object.String {
				for _, m := range IsValidLabelValue(f.Value.Str) {
					mc.report(CodeMetadata, f.Value, p, fmt.Sprintf("invalid label value %q: %s", f.Value.Str, m), "")
				}
			}
		}
	}
	if ann := meta.Get("annotations"); ann != nil && ann.Kind == object.Map {
		total := 0
		for _, f := range ann.Fields {
			p := path + ".annotations[" + quoteKey(f.Key) + "]"
			for _, m := range IsQualifiedName(strings.ToLower(f.Key)) {
				mc.report(CodeMetadata, &object.Node{Pos: f.KeyPos}, p, fmt.Sprintf("invalid annotation key %q: %s", f.Key, m), "")
			}
			total += len(f.Key)
			if f.Value.Kind == object.String {
				total += len(f.Value.Str)
			}
		}
		if total > TotalAnnotationSizeLimit {
			mc.report(CodeMetadata, ann, path+".annotations",
				fmt.Sprintf("annotations are %d bytes, more than the limit of %d bytes", total, TotalAnnotationSizeLimit),
				"move large data into a ConfigMap")
		}
	}
}

// quoteKey formats a map key for a JSON path.
func quoteKey(k string) string { return fmt.Sprintf("%q", k) }

// suggestName turns s into something close that is a valid DNS name.
func suggestName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 63 {
		out = strings.TrimRight(out[:63], "-")
	}
	if out == "" {
		return "my-name"
	}
	return out
}
