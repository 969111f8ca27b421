package schema

import (
	"sort"
	"strings"
)

// Diff compares the kinds of two Kubernetes versions.
type Diff struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Removed lists kinds served by From and not by To; Added the reverse.
	Removed []DiffKind `json:"removed"`
	Added   []DiffKind `json:"added"`
	// RequiredChanged lists kinds served by both whose required field
	// paths differ.
	RequiredChanged []RequiredChange `json:"requiredChanged"`
}

// DiffKind names one kind in a Diff.
type DiffKind struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	// Replacement is, for a removed kind, the preferred apiVersion of the
	// same kind in To ("" when there is none).
	Replacement string `json:"replacement,omitempty"`
}

// RequiredChange lists the required field paths a kind gained and lost.
// Paths are dotted; "[]" marks array elements and "*" map values
// ("spec.template.spec.containers[].name").
type RequiredChange struct {
	APIVersion string   `json:"apiVersion"`
	Kind       string   `json:"kind"`
	Added      []string `json:"added,omitempty"`
	Removed    []string `json:"removed,omitempty"`
}

// DiffIndexes compares from and to.
func DiffIndexes(from, to *Index) *Diff {
	d := &Diff{From: from.Version, To: to.Version, Removed: []DiffKind{}, Added: []DiffKind{}, RequiredChanged: []RequiredChange{}}
	toFacts, _ := NewFacts(to.Version, map[string][]*Kind{to.Version: to.Kinds})
	for _, k := range from.Kinds {
		if _, ok := to.LookupGVK(k.GVK()); ok {
			continue
		}
		dk := DiffKind{APIVersion: k.APIVersion(), Kind: k.Kind}
		if r, ok := toFacts.PreferredIn(k.Group, k.Kind); ok {
			dk.Replacement = r.APIVersion()
		} else if r, ok := toFacts.Preferred(k.Kind); ok {
			dk.Replacement = r.APIVersion()
		}
		d.Removed = append(d.Removed, dk)
	}
	for _, k := range to.Kinds {
		if _, ok := from.LookupGVK(k.GVK()); !ok {
			d.Added = append(d.Added, DiffKind{APIVersion: k.APIVersion(), Kind: k.Kind})
		}
	}
	for _, k := range from.Kinds {
		nk, ok := to.LookupGVK(k.GVK())
		if !ok {
			continue
		}
		aAll, aReq := fieldPaths(from, from.Schema(k))
		bAll, bReq := fieldPaths(to, to.Schema(nk))
		// A required field counts as added only where its parent existed
		// before (a new optional field with required subfields asks
		// nothing of existing objects), and as removed only where its
		// parent still exists.
		added := withParentIn(setDiff(bReq, aReq), aAll)
		removed := withParentIn(setDiff(aReq, bReq), bAll)
		if len(added)+len(removed) > 0 {
			d.RequiredChanged = append(d.RequiredChanged, RequiredChange{APIVersion: k.APIVersion(), Kind: k.Kind, Added: added, Removed: removed})
		}
	}
	return d
}

func setDiff(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, s := range b {
		in[s] = true
	}
	var out []string
	for _, s := range a {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// maxRequiredDepth bounds the walk of RequiredPaths; Kubernetes types are
// recursive (JSONSchemaProps), so the walk also stops at a type already on
// the path.
const maxRequiredDepth = 12

// RequiredPaths lists the required field paths reachable from root through
// required and optional fields alike (a required field inside an optional
// one is required whenever its parent is given), sorted.
func RequiredPaths(ix *Index, root *Type) []string {
	_, req := fieldPaths(ix, root)
	return req
}

// parentPath returns the path of the object holding the field at p: the
// part before its last ".", without a trailing "[]" or ".*".
func parentPath(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i < 0 {
		return ""
	}
	parent := p[:i]
	for {
		switch {
		case strings.HasSuffix(parent, "[]"):
			parent = strings.TrimSuffix(parent, "[]")
		case strings.HasSuffix(parent, ".*"):
			parent = strings.TrimSuffix(parent, ".*")
		default:
			return parent
		}
	}
}

// withParentIn keeps the paths whose parent is in all (top-level paths are
// always kept).
func withParentIn(paths, all []string) []string {
	in := make(map[string]bool, len(all))
	for _, p := range all {
		in[p] = true
	}
	var out []string
	for _, p := range paths {
		if parent := parentPath(p); parent == "" || in[parent] {
			out = append(out, p)
		}
	}
	return out
}

// fieldPaths walks the fields reachable from root and returns every field
// path and the required ones, both sorted.
func fieldPaths(ix *Index, root *Type) (all, required []string) {
	allSet, reqSet := map[string]bool{}, map[string]bool{}
	var walk func(t *Type, prefix string, depth int, onPath map[string]bool)
	walk = func(t *Type, prefix string, depth int, onPath map[string]bool) {
		if t == nil || depth > maxRequiredDepth {
			return
		}
		if t.Ref != "" {
			if onPath[t.Ref] {
				return
			}
			onPath[t.Ref] = true
			defer delete(onPath, t.Ref)
			t = ix.Resolve(t)
			if t == nil {
				return
			}
		}
		switch {
		case t.Items != nil:
			walk(t.Items, prefix+"[]", depth+1, onPath)
			return
		case t.AdditionalProperties != nil && len(t.Properties) == 0:
			walk(t.AdditionalProperties, prefix+".*", depth+1, onPath)
			return
		}
		for _, f := range t.Properties {
			p := f.Name
			if prefix != "" {
				p = prefix + "." + f.Name
			}
			allSet[p] = true
			if f.Required {
				reqSet[p] = true
			}
			walk(f.Type, p, depth+1, onPath)
		}
	}
	walk(root, "", 0, map[string]bool{})
	return sortedKeys(allSet), sortedKeys(reqSet)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, strings.TrimPrefix(k, "."))
	}
	sort.Strings(out)
	return out
}
