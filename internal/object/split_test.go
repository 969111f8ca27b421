package object

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestSplitDocuments(t *testing.T) {
	src := "a: 1\n---\nb: 2\n--- {c: 3}\n----\nx: |\n  ---\n---\n"
	cs := splitDocuments([]byte(src))
	var got []string
	for _, c := range cs {
		got = append(got, string(c.data))
		if src[c.offset:c.offset+len(c.data)] != string(c.data) {
			t.Errorf("chunk offset %d does not match its data", c.offset)
		}
		if l := strings.Count(src[:c.offset], "\n"); l != c.line {
			t.Errorf("chunk at %d: line %d, want %d", c.offset, c.line, l)
		}
	}
	want := []string{"a: 1\n", "---\nb: 2\n", "--- {c: 3}\n----\nx: |\n  ---\n", "---\n"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("chunks %q, want %q", got, want)
	}
}

// checkConcurrentMatches decodes data both ways and compares.
func checkConcurrentMatches(t *testing.T, data []byte) {
	t.Helper()
	seq, err := DecodeYAML("f.yaml", data)
	if err != nil {
		return
	}
	con, err := decodeConcurrent(context.Background(), "f.yaml", data, 1, 3)
	if err != nil {
		t.Fatalf("sequential decoding succeeded, concurrent failed: %v", err)
	}
	if !reflect.DeepEqual(seq, con) {
		t.Fatalf("concurrent decoding differs:\nseq %+v\ncon %+v", seq, con)
	}
}

func TestDecodeYAMLConcurrentMatchesSequential(t *testing.T) {
	var b strings.Builder
	b.WriteString("# leading comment\n")
	for i := 0; i < 100; i++ {
		b.WriteString("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k: |\n    line\n")
		if i%10 == 0 {
			b.WriteString("---\n# empty\n")
		}
	}
	checkConcurrentMatches(t, []byte(b.String()))
	docs, err := DecodeYAMLConcurrent(context.Background(), "f.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 100 {
		t.Fatalf("got %d documents", len(docs))
	}
	last := docs[len(docs)-1]
	if last.Root == nil || last.Root.Pos.Line < 700 {
		t.Errorf("last document at %v, want a position deep in the file", last.Pos)
	}
}

func FuzzDecodeYAMLConcurrent(f *testing.F) {
	f.Add([]byte("a: 1\n---\nb: [1, 2]\n--- x\n---\n"))
	f.Add([]byte("---\n---\na: 1\n---\n"))
	f.Add([]byte("%YAML 1.2\n---\na: 1\n...\n---\nb: 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkConcurrentMatches(t, data)
	})
}

// DecodeYAMLEach hands out, chunk by chunk, the documents and the first
// error that DecodeYAMLConcurrent collects.
func TestDecodeYAMLEachMatchesConcurrent(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 150; i++ {
		b.WriteString("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  k: |\n    line\n")
		if i == 70 {
			b.WriteString("---\nbad: [unclosed\n")
		}
		if i%10 == 0 {
			b.WriteString("---\n# empty\n")
		}
	}
	for _, src := range []string{b.String(), "a: 1\n---\nb: 2\n"} {
		data := []byte(src)
		want, wantErr := DecodeYAMLConcurrent(context.Background(), "f.yaml", data)
		type part struct {
			docs []Document
			err  error
		}
		var mu sync.Mutex
		parts := map[int]part{}
		n, err := DecodeYAMLEach(context.Background(), "f.yaml", data, func(chunk int, docs []Document, err error) {
			mu.Lock()
			parts[chunk] = part{docs, err}
			mu.Unlock()
		})
		if err != nil || n != len(parts) {
			t.Fatalf("DecodeYAMLEach: %d chunks, %d handed out, %v", n, len(parts), err)
		}
		var got []Document
		var gotErr error
		for i := 0; i < n; i++ {
			for _, d := range parts[i].docs {
				d.Index = len(got)
				got = append(got, d)
			}
			if parts[i].err != nil && gotErr == nil {
				gotErr = parts[i].err
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("documents differ: %d handed out, %d collected", len(got), len(want))
		}
		if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
			t.Fatalf("error %v, want %v", gotErr, wantErr)
		}
	}
}
