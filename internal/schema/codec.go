package schema

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"sort"
)

// The compact index encoding:
//
//	magic "NXK8SIX" + format byte
//	uvarint length of the kinds section, kinds section, types section
//
// Each section is a gzip stream holding one gob value: the kinds section a
// kindsSection (version and kinds, small, enough for version facts), the
// types section a typesSection (every named type, sorted by name so the
// encoding is deterministic).
const (
	indexMagic  = "NXK8SIX"
	indexFormat = 1
	// maxSection bounds a decoded section, protecting against hostile
	// input that claims huge sizes.
	maxSection = 256 << 20
)

type kindsSection struct {
	Version string
	Kinds   []*Kind
}

type typesSection struct {
	Types []*Type
}

// Encode writes ix in the compact index encoding. The output depends only
// on the index contents.
func Encode(w io.Writer, ix *Index) error {
	kinds := append([]*Kind(nil), ix.Kinds...)
	sort.SliceStable(kinds, func(i, j int) bool { return kindLess(kinds[i], kinds[j]) })
	ks, err := gzipGob(kindsSection{Version: ix.Version, Kinds: kinds})
	if err != nil {
		return fmt.Errorf("encoding the kinds of Kubernetes %s: %w", ix.Version, err)
	}
	names := make([]string, 0, len(ix.Types))
	for n := range ix.Types {
		names = append(names, n)
	}
	sort.Strings(names)
	ts := typesSection{Types: make([]*Type, 0, len(names))}
	for _, n := range names {
		ts.Types = append(ts.Types, ix.Types[n])
	}
	tb, err := gzipGob(ts)
	if err != nil {
		return fmt.Errorf("encoding the types of Kubernetes %s: %w", ix.Version, err)
	}
	var hdr []byte
	hdr = append(hdr, indexMagic...)
	hdr = append(hdr, indexFormat)
	hdr = binary.AppendUvarint(hdr, uint64(len(ks)))
	for _, b := range [][]byte{hdr, ks, tb} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("writing the index of Kubernetes %s: %w", ix.Version, err)
		}
	}
	return nil
}

// EncodeBytes returns the compact encoding of ix.
func EncodeBytes(ix *Index) ([]byte, error) {
	var buf bytes.Buffer
	if err := Encode(&buf, ix); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func gzipGob(v any) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := gob.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ErrNotIndex is returned (wrapped) when data is not a compact index.
var ErrNotIndex = errors.New("not a nix-k8s schema index")

// splitSections checks the header and returns the two sections.
func splitSections(data []byte) (kinds, types []byte, err error) {
	if len(data) < len(indexMagic)+1 || string(data[:len(indexMagic)]) != indexMagic {
		return nil, nil, ErrNotIndex
	}
	if f := data[len(indexMagic)]; f != indexFormat {
		return nil, nil, fmt.Errorf("%w: format %d, this build reads format %d (rebuild the cache with `nix-k8s-lsp schema fetch`)", ErrNotIndex, f, indexFormat)
	}
	rest := data[len(indexMagic)+1:]
	n, w := binary.Uvarint(rest)
	if w <= 0 || n > uint64(len(rest)-w) {
		return nil, nil, fmt.Errorf("%w: truncated header", ErrNotIndex)
	}
	rest = rest[w:]
	return rest[:n], rest[n:], nil
}

func gunzipGob(data []byte, v any) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	defer zr.Close()
	return gob.NewDecoder(io.LimitReader(zr, maxSection)).Decode(v)
}

// DecodeKinds reads only the version and kinds of an encoded index: the
// cheap path for version facts, which compare the kinds of many versions.
func DecodeKinds(data []byte) (version string, kinds []*Kind, err error) {
	ks, _, err := splitSections(data)
	if err != nil {
		return "", nil, fmt.Errorf("decoding the schema index: %w", err)
	}
	var sec kindsSection
	if err := gunzipGob(ks, &sec); err != nil {
		return "", nil, fmt.Errorf("decoding the kinds of the schema index: %w", err)
	}
	for _, k := range sec.Kinds {
		if k == nil {
			return "", nil, fmt.Errorf("decoding the kinds of the schema index: %w: empty kind entry", ErrNotIndex)
		}
	}
	return sec.Version, sec.Kinds, nil
}

// Decode reads a whole compact index.
func Decode(data []byte) (*Index, error) {
	version, kinds, err := DecodeKinds(data)
	if err != nil {
		return nil, err
	}
	_, tb, err := splitSections(data)
	if err != nil {
		return nil, fmt.Errorf("decoding the schema index of Kubernetes %s: %w", version, err)
	}
	var sec typesSection
	if err := gunzipGob(tb, &sec); err != nil {
		return nil, fmt.Errorf("decoding the types of the schema index of Kubernetes %s: %w", version, err)
	}
	ix := &Index{Version: version, Kinds: kinds, Types: make(map[string]*Type, len(sec.Types))}
	for _, t := range sec.Types {
		if t == nil || t.Name == "" {
			return nil, fmt.Errorf("decoding the types of the schema index of Kubernetes %s: %w: unnamed type", version, ErrNotIndex)
		}
		if err := checkTree(t, 0); err != nil {
			return nil, fmt.Errorf("decoding type %s of the schema index of Kubernetes %s: %w", t.Name, version, err)
		}
		ix.Types[t.Name] = t
	}
	ix.reindex()
	return ix, nil
}

// checkTree rejects decoded trees that break invariants the accessors rely
// on: nil fields and unsorted properties.
func checkTree(t *Type, depth int) error {
	if depth > 100 {
		return fmt.Errorf("%w: schema nested more than 100 levels", ErrNotIndex)
	}
	for i, f := range t.Properties {
		if f == nil || f.Type == nil {
			return fmt.Errorf("%w: empty field entry", ErrNotIndex)
		}
		if i > 0 && t.Properties[i-1].Name >= f.Name {
			return fmt.Errorf("%w: properties not sorted at %q", ErrNotIndex, f.Name)
		}
		if err := checkTree(f.Type, depth+1); err != nil {
			return err
		}
	}
	if !sort.StringsAreSorted(t.Required) {
		return fmt.Errorf("%w: required list not sorted", ErrNotIndex)
	}
	for _, c := range []*Type{t.Items, t.AdditionalProperties} {
		if c != nil {
			if err := checkTree(c, depth+1); err != nil {
				return err
			}
		}
	}
	for _, list := range [][]*Type{t.OneOf, t.AnyOf} {
		for _, c := range list {
			if c == nil {
				return fmt.Errorf("%w: empty alternative", ErrNotIndex)
			}
			if err := checkTree(c, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}
