package eval

import (
	"context"
	"strings"
	"testing"
)

// Benchmarks of the builtins' hot paths. They report; they assert nothing
// about time.

func BenchmarkRegexMatch(b *testing.B) {
	r, err := compileNixRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if r.Match("my-service-name-1") == nil {
			b.Fatal("no match")
		}
	}
}

func BenchmarkRegexSplit(b *testing.B) {
	r, err := compileNixRegex("[.,]")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat("abc.def,", 500)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		if len(r.FindAll(s)) != 1000 {
			b.Fatal("wrong match count")
		}
	}
}

func BenchmarkSort(b *testing.B) {
	ev := New(context.Background(), Options{})
	lessThan, _ := ev.PrimOpByName("lessThan")
	base := make([]Value, 2000)
	for i := range base {
		base[i] = Int((i * 7919) % 2003)
	}
	list := &List{Elems: base}
	lambda, err := ev.EvalSource("cmp.nix", []byte("a: b: a < b"), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		cmp  Value
	}{{"lessThan", lessThan}, {"lambda", lambda}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := primSort(ev, Pos{}, []Value{bc.cmp, list}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkJSONRoundTrip(b *testing.B) {
	ev := New(context.Background(), Options{})
	doc := `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"api","labels":{"app":"api","tier":"backend"}},` +
		`"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"api","image":"ghcr.io/acme/api:1.4.2","ports":[{"containerPort":8080}],"resources":{"limits":{"cpu":0.5}}}]}}}}`
	b.SetBytes(int64(len(doc)))
	for i := 0; i < b.N; i++ {
		v, err := parseJSON(doc)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ToJSON(ev, Pos{}, v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFromTOML(b *testing.B) {
	doc := "[server]\nhost = \"localhost\"\nport = 8080\n[server.tls]\nenabled = false\n[[app]]\nname = \"api\"\nreplicas = 3\nports = { http = 8080, grpc = 9090 }\n"
	b.SetBytes(int64(len(doc)))
	for i := 0; i < b.N; i++ {
		if _, err := parseTOML(doc); err != nil {
			b.Fatal(err)
		}
	}
}
