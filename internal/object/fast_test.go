package object

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// compareFast decodes every chunk of data with the fast path and with the
// full parser; when both succeed the results must be identical. It
// reports how many chunks the fast path handled.
func compareFast(t *testing.T, name string, data []byte) (fast, total int) {
	t.Helper()
	for _, ch := range splitDocuments(data) {
		total++
		full, err := decodeChunkWith(name, ch.data, ch.offset, ch.line, 0, false)
		c := &converter{file: name, data: ch.data, baseLine: ch.line, baseOffset: ch.offset}
		quick, ok := fastDecode(c, ch.data)
		if !ok {
			continue
		}
		fast++
		if err != nil {
			t.Fatalf("%s: the full parser fails (%v) where the fast path succeeds:\n%s", name, err, ch.data)
		}
		if !reflect.DeepEqual(full, quick) {
			t.Fatalf("%s: fast path differs from the full parser on:\n%s\nfull: %s\nfast: %s\nfirst difference: %s", name, ch.data, docsJSON(full), docsJSON(quick), firstDiff(full, quick))
		}
	}
	return fast, total
}

func docsJSON(ds []Document) string {
	s := ""
	for _, d := range ds {
		s += d.Pos.String() + " " + string(d.Root.JSON()) + "; "
	}
	return s
}

func TestFastPathMatchesFullParser(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/schema/corpus/*.yaml", "../../testdata/schema/golden/*.yaml"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("found %d YAML files, want the schema corpus", len(files))
	}
	fast, total := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, b := compareFast(t, filepath.Base(f), data)
		fast, total = fast+a, total+b
	}
	// The corpus is ordinary Kubernetes YAML: nearly all of it must take
	// the fast path, or the fast path is not doing its job.
	if fast*10 < total*9 {
		t.Errorf("fast path handled %d of %d documents", fast, total)
	}
}

func TestFastPathCases(t *testing.T) {
	tests := []struct {
		src  string
		fast bool
	}{
		{"a: 1\nb:\n  c: [1, 'x', \"y\\n\"]\n  d: {e: f, g: }\nl:\n- a\n-\n- b: 1\n  c: 2\n- - x\n  - y\n", true},
		{"# comment\n---\nk: v # trailing\nq: 'it''s'\nu: \"\\u00e9\"\n", true},
		{"a: yes\nb: on\nc: 0x1F\nd: 1e3\ne: ~\nf: 2024-01-01\ng: 007\n", true},
		{"x: |\n  block\n", false},
		{"x: &a 1\ny: *a\n", false},
		{"x: !!str 1\n", false},
		{"x: a\n  b\n", false},
		{"? x\n: y\n", false},
		{"x:\n\t- a\n", false},
		{"<<: {a: 1}\n", false},
		{"a: 1\na: 2\n", false},
	}
	for _, tt := range tests {
		c := &converter{file: "f"}
		_, ok := fastDecode(c, []byte(tt.src))
		if ok != tt.fast {
			t.Errorf("fast path on %q: ok=%t, want %t", tt.src, ok, tt.fast)
		}
		compareFast(t, "f", []byte(tt.src))
	}
}

func FuzzFastMatchesFull(f *testing.F) {
	f.Add([]byte("a: 1\nb:\n  c: [1, 'x', \"y\"]\n  d: {e: f, g: }\nl:\n- a\n-\n- b: 1\n  c: 2\n"))
	f.Add([]byte("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a # c\ndata:\n  k: \"v\"\n"))
	f.Add([]byte("- - a\n  - b\n- {x: [y, z]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		compareFast(t, "fuzz.yaml", data)
	})
}

// firstDiff describes where two decodings first differ.
func firstDiff(a, b []Document) string {
	if len(a) != len(b) {
		return "document count"
	}
	for i := range a {
		if a[i].Pos != b[i].Pos || a[i].Index != b[i].Index {
			return "document " + a[i].Pos.String() + " vs " + b[i].Pos.String()
		}
		if d := nodeDiff(a[i].Root, b[i].Root); d != "" {
			return d
		}
	}
	return ""
}

func nodeDiff(a, b *Node) string {
	if (a == nil) != (b == nil) {
		return "nil vs non-nil"
	}
	if a == nil {
		return ""
	}
	if a.Pos != b.Pos || a.Kind != b.Kind || a.Str != b.Str || a.Int != b.Int || a.Float != b.Float || a.Bool != b.Bool || len(a.Fields) != len(b.Fields) || len(a.Items) != len(b.Items) {
		return "node " + a.Pos.String() + " " + string(a.JSON()) + " vs " + b.Pos.String() + " " + string(b.JSON())
	}
	for i := range a.Fields {
		if a.Fields[i].Key != b.Fields[i].Key || a.Fields[i].KeyPos != b.Fields[i].KeyPos {
			return "key " + a.Fields[i].KeyPos.String() + " " + a.Fields[i].Key + " vs " + b.Fields[i].KeyPos.String() + " " + b.Fields[i].Key
		}
		if d := nodeDiff(a.Fields[i].Value, b.Fields[i].Value); d != "" {
			return d
		}
	}
	for i := range a.Items {
		if d := nodeDiff(a.Items[i], b.Items[i]); d != "" {
			return d
		}
	}
	return ""
}
