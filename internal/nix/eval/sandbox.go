package eval

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The sandbox: every file the evaluator reads (import, readFile, readDir,
// pathExists, paths copied to the store) must resolve, after following
// symbolic links, to a place under one of the allowed roots.

type searchEntry struct {
	prefix string // "" for an entry searched for every name
	path   string
}

func (ev *Evaluator) initSearchPath() {
	keys := make([]string, 0, len(ev.opts.SearchPath))
	for k := range ev.opts.SearchPath {
		keys = append(keys, k)
	}
	// Longer prefixes first so that <a/b> prefers an entry named a/b over a;
	// the unnamed entry ("") sorts last.
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		p := ev.opts.SearchPath[k]
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		ev.searchPath = append(ev.searchPath, searchEntry{prefix: k, path: canonPath(p)})
	}
}

// setRoots sets the allowed roots; the search path entries are always
// allowed too (naming them with -I allows them).
func (ev *Evaluator) setRoots(roots []string) {
	ev.rootsSet = true
	ev.roots = ev.roots[:0]
	add := func(r string) {
		if abs, err := filepath.Abs(r); err == nil {
			r = abs
		}
		r = resolvePath(canonPath(r))
		for _, have := range ev.roots {
			if have == r {
				return
			}
		}
		ev.roots = append(ev.roots, r)
	}
	for _, r := range roots {
		add(r)
	}
	for _, e := range ev.searchPath {
		add(e.path)
	}
}

// Roots returns the allowed roots in effect (symlinks resolved).
func (ev *Evaluator) Roots() []string { return append([]string(nil), ev.roots...) }

// resolvePath follows symlinks in p. The part of p that does not exist is
// kept as written (it cannot be a symlink).
func resolvePath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir, base := filepath.Split(p)
	dir = filepath.Clean(dir)
	if dir == p || dir == "/" || dir == "." {
		return p
	}
	return filepath.Join(resolvePath(dir), base)
}

func underRoot(p, root string) bool {
	if root == "/" {
		return true
	}
	return p == root || strings.HasPrefix(p, root+"/")
}

// CheckPath confines a file access: it resolves symlinks in p and returns
// the resolved path if it lies under an allowed root, or an ErrSandbox
// error naming the path otherwise.
func (ev *Evaluator) CheckPath(pos Pos, p string) (string, error) {
	if !ev.rootsSet {
		wd, err := os.Getwd()
		if err != nil {
			wd = "/nonexistent"
		}
		ev.setRoots([]string{wd})
	}
	p = canonPath(p)
	r := resolvePath(ev.fromStore(p))
	for _, root := range ev.roots {
		if underRoot(r, root) {
			return r, nil
		}
	}
	shown := "'" + p + "'"
	if r != p {
		shown += " (a link to '" + r + "')"
	}
	return "", errKind(ErrSandbox, pos, "access to path %s is forbidden: it is outside the allowed roots (%s); allow it with --root", shown, strings.Join(ev.roots, ", "))
}

// findFile looks <name> up in the search path.
func (ev *Evaluator) findFile(pos Pos, name string) (string, error) {
	for _, e := range ev.searchPath {
		var cand string
		switch {
		case e.prefix == "":
			cand = e.path + "/" + name
		case name == e.prefix:
			cand = e.path
		case strings.HasPrefix(name, e.prefix+"/"):
			cand = e.path + name[len(e.prefix):]
		default:
			continue
		}
		cand = canonPath(cand)
		if _, err := os.Stat(cand); err == nil {
			return cand, nil
		}
	}
	return "", ev.Errorf(pos, "file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)", name)
}

// fsError turns an operating-system error into an evaluation error worded
// as Nix words it.
func (ev *Evaluator) fsError(pos Pos, doing, path string, err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "No such file or directory"
	case errors.Is(err, fs.ErrPermission):
		msg = "Permission denied"
	}
	return ev.Errorf(pos, "%s '%s': %s", doing, path, msg)
}
