package schema

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

func TestCodecRoundTrip(t *testing.T) {
	ix := buildMini(t)
	a, err := EncodeBytes(ix)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncodeBytes(ix)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("Encode is not deterministic")
	}
	back, err := Decode(a)
	if err != nil {
		t.Fatal(err)
	}
	if back.Version != ix.Version || !reflect.DeepEqual(back.Kinds, ix.Kinds) || !reflect.DeepEqual(back.Types, ix.Types) {
		t.Fatal("Decode(Encode(ix)) differs from ix")
	}
	if _, ok := back.Lookup("v1", "Widget"); !ok {
		t.Error("decoded index lost its GVK lookup")
	}
	v, kinds, err := DecodeKinds(a)
	if err != nil || v != "1.99" || len(kinds) != len(ix.Kinds) {
		t.Fatalf("DecodeKinds = %q, %d kinds, %v", v, len(kinds), err)
	}
}

func TestCodecRoundTripSpec(t *testing.T) {
	ix := loadSpec(t, "1.31").Index
	data, err := EncodeBytes(ix)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Types, ix.Types) || !reflect.DeepEqual(back.Kinds, ix.Kinds) {
		t.Fatal("round trip of the 1.31 index changed it")
	}
	t.Logf("1.31 index: %d kinds, %d types, %d bytes encoded", len(ix.Kinds), len(ix.Types), len(data))
}

func TestCodecRejectsGarbage(t *testing.T) {
	good, err := EncodeBytes(buildMini(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"wrong magic", []byte("NOTANINDEX")},
		{"future format", append([]byte(indexMagic), 99, 0)},
		{"truncated header", append([]byte(indexMagic), indexFormat, 0xff)},
		{"truncated body", good[:len(good)/2]},
		{"flipped byte", func() []byte { c := bytes.Clone(good); c[len(c)-20] ^= 0xff; return c }()},
	}
	for _, tt := range tests {
		if _, err := Decode(tt.data); err == nil {
			t.Errorf("%s: Decode accepted it", tt.name)
		}
	}
	if _, err := Decode([]byte("NOTANINDEX")); !errors.Is(err, ErrNotIndex) {
		t.Errorf("wrong magic: error %v does not wrap ErrNotIndex", err)
	}
}

func TestBuiltinIndexesDecode(t *testing.T) {
	vs := builtin.Versions()
	if len(vs) < 8 {
		t.Fatalf("offline default has %d versions, want at least 1.23–1.30", len(vs))
	}
	for _, v := range vs {
		data, _ := builtin.Index(v)
		ix, err := Decode(data)
		if err != nil {
			t.Fatalf("built-in %s: %v", v, err)
		}
		if ix.Version != v {
			t.Errorf("built-in %s carries version %q", v, ix.Version)
		}
		for _, k := range ix.Kinds {
			if ix.Schema(k) == nil {
				t.Errorf("built-in %s: %s has no schema %s", v, k.GVK(), k.Schema)
			}
		}
		if k, ok := ix.Lookup("apps/v1", "Deployment"); !ok || !k.Namespaced {
			t.Errorf("built-in %s: apps/v1 Deployment = %+v, %v", v, k, ok)
		}
	}
}

// TestBuiltinMatchesSpecs checks that the offline default of 1.30 equals an
// index built from the reference documents of the same release.
func TestBuiltinMatchesSpecs(t *testing.T) {
	want := loadSpec(t, "1.30").Index
	data, ok := builtin.Index("1.30")
	if !ok {
		t.Fatal("no built-in 1.30")
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Kinds) != len(want.Kinds) {
		t.Fatalf("built-in 1.30 has %d kinds, the specs %d", len(got.Kinds), len(want.Kinds))
	}
	for i := range want.Kinds {
		if *got.Kinds[i] != *want.Kinds[i] {
			t.Errorf("kind %d: built-in %+v, specs %+v", i, got.Kinds[i], want.Kinds[i])
		}
	}
	// The two sources are snapshots of the release-1.30 branch taken at
	// different times (later patch releases made a few fields required,
	// e.g. HostIP.ip), so a handful of types may differ; the set of types
	// must not.
	differ := 0
	for name, wt := range want.Types {
		gt, ok := got.Types[name]
		if !ok {
			t.Errorf("type %s missing from the built-in 1.30", name)
			continue
		}
		if !reflect.DeepEqual(gt, wt) {
			differ++
		}
	}
	if len(got.Types) != len(want.Types) {
		t.Errorf("built-in 1.30 has %d types, the specs %d", len(got.Types), len(want.Types))
	}
	if differ*20 > len(want.Types) {
		t.Errorf("%d of %d types differ between the built-in 1.30 and the specs (more than 5%%)", differ, len(want.Types))
	}
	t.Logf("%d of %d types differ (patch-level drift)", differ, len(want.Types))
}

func FuzzDecode(f *testing.F) {
	ix := &Index{Version: "1.99"}
	ix.AddType(&Type{Name: "T", Type: TypeObject, Required: []string{"a"}, Properties: []*Field{{Name: "a", Required: true, Type: &Type{Type: TypeString, Enum: []string{"x"}}}}})
	ix.AddKind(&Kind{Version: "v1", Kind: "K", Schema: "T"})
	seed, err := EncodeBytes(ix)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(indexMagic))
	f.Add(append([]byte(indexMagic), indexFormat, 3, 1, 2, 3))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Decode(data)
		if err != nil {
			return
		}
		// Whatever decodes must be usable and re-encode without error.
		for _, k := range got.Kinds {
			got.Lookup(k.APIVersion(), k.Kind)
			if s := got.Schema(k); s != nil {
				RequiredPaths(got, s)
			}
		}
		if _, err := EncodeBytes(got); err != nil {
			t.Fatalf("decoded index does not re-encode: %v", err)
		}
	})
}

// TestBuiltinKindsMatchSpecs checks every offline-default version serves
// exactly the kinds, with the same scope, as the reference documents.
func TestBuiltinKindsMatchSpecs(t *testing.T) {
	for _, v := range builtin.Versions() {
		t.Run(v, func(t *testing.T) {
			want := loadSpec(t, v).Kinds
			data, _ := builtin.Index(v)
			_, got, err := DecodeKinds(data)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("built-in %s has %d kinds, the specs %d", v, len(got), len(want))
			}
			for i := range want {
				if got[i].GVK() != want[i].GVK() || got[i].Namespaced != want[i].Namespaced {
					t.Errorf("kind %d: built-in %v (namespaced %v), specs %v (namespaced %v)", i, got[i].GVK(), got[i].Namespaced, want[i].GVK(), want[i].Namespaced)
				}
			}
		})
	}
}
