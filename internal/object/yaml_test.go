package object

import (
	"errors"
	"strings"
	"testing"
)

func TestDecodeYAMLValues(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"scalars", "a: 1\nb: 1.5\nc: true\nd: null\ne: x\nf: '1'\n", `{"a":1,"b":1.5,"c":true,"d":null,"e":"x","f":"1"}`},
		{"yaml11 bools", "a: yes\nb: off\nc: 'yes'\nd: y\n", `{"a":true,"b":false,"c":"yes","d":true}`},
		{"order kept", "z: 1\na: 2\nm: 3\n", `{"z":1,"a":2,"m":3}`},
		{"list", "- 1\n- [a, b]\n- {x: z}\n", `[1,["a","b"],{"x":"z"}]`},
		{"alias", "a: &x {k: v}\nb: *x\n", `{"a":{"k":"v"},"b":{"k":"v"}}`},
		{"merge", "base: &b {k: v, j: w}\nc:\n  <<: *b\n  k: own\n", `{"base":{"k":"v","j":"w"},"c":{"k":"own","j":"w"}}`},
		{"int keys", "1: a\ntrue: b\n", `{"1":"a","true":"b"}`},
		{"big int", "a: 99999999999999999999\n", `{"a":1e+20}`},
		{"block string", "a: |\n  x\n  y\n", `{"a":"x\ny\n"}`},
		{"timestamp stays text", "a: 2024-01-02\n", `{"a":"2024-01-02"}`},
		{"hex", "a: 0x10\n", `{"a":16}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := DecodeYAML("f.yaml", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents, want 1", len(docs))
			}
			if got := string(docs[0].Root.JSON()); got != tt.want {
				t.Errorf("got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDecodeYAMLPositions(t *testing.T) {
	src := "# comment\napiVersion: v1\nkind: ConfigMap\n---\nmetadata:\n  name: \"é\"\n  labels: {a: b}\n"
	docs, err := DecodeYAML("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	check := func(what string, p Pos, line, col int) {
		t.Helper()
		if p.Line != line || p.Col != col || p.File != "x.yaml" {
			t.Errorf("%s at %v, want x.yaml:%d:%d", what, p, line, col)
		}
		lineStart := strings.Index(src, strings.Split(src, "\n")[line-1])
		_ = lineStart
		// Offset must point at the same byte as line/col.
		off := 0
		for l := 1; l < line; l++ {
			off += strings.IndexByte(src[off:], '\n') + 1
		}
		if p.Offset != off+col-1 {
			t.Errorf("%s offset %d, want %d", what, p.Offset, off+col-1)
		}
	}
	check("kind value", docs[0].Root.Get("kind").Pos, 3, 7)
	check("kind key", docs[0].Root.Field("kind").KeyPos, 3, 1)
	name := docs[1].Root.Lookup("metadata", "name")
	check("name", name.Pos, 6, 9)
	lbl := docs[1].Root.Lookup("metadata", "labels", "a")
	check("label value", lbl.Pos, 7, 15)
	if docs[1].Index != 1 {
		t.Errorf("second document index %d", docs[1].Index)
	}
}

func TestDecodeYAMLEmptyDocuments(t *testing.T) {
	docs, err := DecodeYAML("f", []byte("---\n---\na: 1\n---\n"))
	if err != nil {
		t.Fatal(err)
	}
	var roots int
	for _, d := range docs {
		if d.Root != nil {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("got %d non-empty documents of %d, want 1", roots, len(docs))
	}
}

func TestDecodeYAMLErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		line           int
	}{
		{"duplicate key", "a: 1\nb: 2\na: 3\n", `key "a" already set`, 3},
		{"syntax", "a: 1\nb: [\n", "invalid YAML", 2},
		{"tab indent", "a:\n\tb: 1\n", "invalid YAML", 2},
		{"map key", "? [a]\n: b\n", "map keys must be scalars", 1},
		{"infinity", "a: .inf\n", "cannot be represented in JSON", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeYAML("f.yaml", []byte(tt.in))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("got %v, want a DecodeError", err)
			}
			if !strings.Contains(de.Msg, tt.want) {
				t.Errorf("message %q does not contain %q", de.Msg, tt.want)
			}
			if de.Pos.Line != tt.line {
				t.Errorf("error at line %d, want %d (%v)", de.Pos.Line, tt.line, err)
			}
		})
	}
}

func TestDecodeYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	_, err := DecodeYAML("bomb.yaml", []byte(b.String()))
	if err == nil {
		t.Fatal("alias bomb decoded without error")
	}
}

func FuzzDecodeYAML(f *testing.F) {
	f.Add([]byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: yes}\n"))
	f.Add([]byte("a: &x [1, 2]\nb: *x\nc: {<<: {d: 1}}\n---\n- 1.5\n- 'é'\n"))
	f.Add([]byte("a: 1\na: 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := DecodeYAML("fuzz.yaml", data)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error is not a DecodeError: %v", err)
			}
			return
		}
		for _, d := range docs {
			checkPositions(t, d.Root, len(data))
			_ = d.Root.JSON()
		}
	})
}

func checkPositions(t *testing.T, n *Node, size int) {
	if n == nil {
		return
	}
	if n.Pos.Offset < 0 || n.Pos.Offset > size {
		t.Fatalf("offset %d outside input of %d bytes", n.Pos.Offset, size)
	}
	for _, f := range n.Fields {
		checkPositions(t, f.Value, size)
	}
	for _, it := range n.Items {
		checkPositions(t, it, size)
	}
}
