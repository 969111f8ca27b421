package eval

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Interpolating a path into a string makes Nix copy it into the store and
// use the store path. The evaluator never writes to a store: it computes the
// path Nix would produce (the NAR serialisation of the file tree, hashed
// with SHA-256, named as a fixed-output "source" path) and uses that.

// StoreDir is the store directory paths are placed in.
const StoreDir = "/nix/store"

// storePathOf returns the store path path would be copied to.
func (ev *Evaluator) storePathOf(pos Pos, path string) (string, error) {
	if sp, ok := ev.storePaths[path]; ok {
		return sp, nil
	}
	if _, err := ev.CheckPath(pos, path); err != nil {
		return "", err
	}
	name := filepath.Base(path)
	if err := checkStoreName(name); err != nil {
		return "", ev.Errorf(pos, "cannot copy '%s' to the store: %v", path, err)
	}
	h := sha256.New()
	if err := writeNAR(h, path, nil); err != nil {
		return "", ev.storeErr(pos, path, err)
	}
	sp := makeStorePath("source", h.Sum(nil), name)
	ev.storePaths[path] = sp
	ev.storeSources[sp] = path
	return sp, nil
}

func (ev *Evaluator) storeErr(pos Pos, path string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return ev.fsError(pos, "getting status of", path, err)
}

// addPathToStore computes the store path of builtins.path and
// filterSource: the tree at path (keeping what filter accepts) or, when
// not recursive, the single file, under the given name.
// shown is the path as the user wrote it (what the filter sees), path the
// resolved one that is read.
func (ev *Evaluator) addPathToStore(pos Pos, shown, path, name string, filter Value, recursive bool) (string, error) {
	if err := checkStoreName(name); err != nil {
		return "", ev.Errorf(pos, "cannot copy '%s' to the store: %v", path, err)
	}
	var sp string
	if recursive {
		var keep func(p, typ string) (bool, error)
		if filter != nil {
			keep = func(p, typ string) (bool, error) {
				r, err := ev.Call(pos, filter, String(shown+strings.TrimPrefix(p, path)), String(typ))
				if err != nil {
					return false, err
				}
				return ev.ForceBool(pos, r)
			}
		}
		h := sha256.New()
		if err := writeNAR(h, path, keep); err != nil {
			return "", ev.storeErr(pos, path, err)
		}
		sp = makeStorePath("source", h.Sum(nil), name)
	} else {
		data, err := os.ReadFile(path)
		if err != nil {
			return "", ev.fsError(pos, "opening file", path, err)
		}
		sum := sha256.Sum256(data)
		inner := sha256.Sum256([]byte("fixed:out:sha256:" + hex.EncodeToString(sum[:]) + ":"))
		sp = makeStorePath("output:out", inner[:], name)
	}
	ev.storeSources[sp] = path
	return sp, nil
}

// fromStore maps a path inside a store path the evaluator computed back to
// the file it was computed from, so that reading or importing it works.
func (ev *Evaluator) fromStore(p string) string {
	if len(ev.storeSources) == 0 || !strings.HasPrefix(p, StoreDir+"/") {
		return p
	}
	rest := p[len(StoreDir)+1:]
	top, sub, _ := strings.Cut(rest, "/")
	src, ok := ev.storeSources[StoreDir+"/"+top]
	if !ok {
		return p
	}
	if sub == "" {
		return src
	}
	return src + "/" + sub
}

// checkStoreName checks that name is a valid store path name.
func checkStoreName(name string) error {
	if name == "" || name[0] == '.' {
		return fmt.Errorf("store path name '%s' is invalid (it is empty or starts with a period)", name)
	}
	if len(name) > 211 {
		return fmt.Errorf("store path name '%s' is longer than 211 characters", name)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '_' || c == '?' || c == '='
		if !ok {
			return fmt.Errorf("store path name '%s' contains illegal character '%c'", name, c)
		}
	}
	return nil
}

// makeStorePath computes a store path from its type, content hash and name.
func makeStorePath(typ string, sum []byte, name string) string {
	fp := typ + ":sha256:" + hex.EncodeToString(sum) + ":" + StoreDir + ":" + name
	full := sha256.Sum256([]byte(fp))
	var short [20]byte
	for i, b := range full {
		short[i%20] ^= b
	}
	return StoreDir + "/" + nixBase32(short[:]) + "-" + name
}

const base32Chars = "0123456789abcdfghijklmnpqrsvwxyz"

// nixBase32 is Nix's base-32 encoding (least significant bits last).
func nixBase32(b []byte) string {
	n := (len(b)*8-1)/5 + 1
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		bit := i * 5
		j, k := bit/8, uint(bit%8)
		c := b[j] >> k
		if j+1 < len(b) {
			c |= b[j+1] << (8 - k)
		}
		out[n-1-i] = base32Chars[c&0x1f]
	}
	return string(out)
}

type narWriter struct {
	w    io.Writer
	keep func(path, typ string) (bool, error)
	buf  [8]byte
	err  error
}

func (n *narWriter) str(s string) {
	n.bytes([]byte(s))
}

func (n *narWriter) bytes(b []byte) {
	if n.err != nil {
		return
	}
	binary.LittleEndian.PutUint64(n.buf[:], uint64(len(b)))
	if _, n.err = n.w.Write(n.buf[:]); n.err != nil {
		return
	}
	if _, n.err = n.w.Write(b); n.err != nil {
		return
	}
	if pad := (8 - len(b)%8) % 8; pad > 0 {
		var zero [8]byte
		_, n.err = n.w.Write(zero[:pad])
	}
}

// writeNAR writes the NAR serialisation of the file tree at path. keep,
// when not nil, decides which directory entries are included.
func writeNAR(w hash.Hash, path string, keep func(path, typ string) (bool, error)) error {
	n := &narWriter{w: w, keep: keep}
	n.str("nix-archive-1")
	if err := n.node(path); err != nil {
		return err
	}
	return n.err
}

func (n *narWriter) node(path string) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	n.str("(")
	switch {
	case st.Mode()&os.ModeSymlink != 0:
		target, err := os.Readlink(path)
		if err != nil {
			return err
		}
		n.str("type")
		n.str("symlink")
		n.str("target")
		n.str(target)
	case st.IsDir():
		n.str("type")
		n.str("directory")
		ents, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		names := make([]string, len(ents))
		for i, e := range ents {
			names[i] = e.Name()
		}
		sort.Strings(names)
		for _, name := range names {
			child := filepath.Join(path, name)
			if n.keep != nil {
				ok, err := n.keep(child, fileType(child))
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
			}
			n.str("entry")
			n.str("(")
			n.str("name")
			n.str(name)
			n.str("node")
			if err := n.node(child); err != nil {
				return err
			}
			n.str(")")
		}
	case st.Mode().IsRegular():
		n.str("type")
		n.str("regular")
		if st.Mode()&0o111 != 0 {
			n.str("executable")
			n.str("")
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n.str("contents")
		n.bytes(data)
	default:
		return fmt.Errorf("file '%s' has an unsupported type", path)
	}
	n.str(")")
	return n.err
}

// fileType names the type of the file at p as readDir and filters see it.
func fileType(p string) string {
	st, err := os.Lstat(p)
	if err != nil {
		return "unknown"
	}
	switch m := st.Mode(); {
	case m.IsRegular():
		return "regular"
	case m.IsDir():
		return "directory"
	case m&os.ModeSymlink != 0:
		return "symlink"
	}
	return "unknown"
}
