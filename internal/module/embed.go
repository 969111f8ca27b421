package module

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// LibFS holds the built-in Nix lib: the directory nixlib/ whose default.nix
// evaluates to the lib handed to modules when the user supplies no nixpkgs.
//
//go:embed nixlib
var LibFS embed.FS

// LibRoot is the directory of the built-in lib inside LibFS.
const LibRoot = "nixlib"

// WriteLib writes the built-in lib into dir (created if needed), so that
// `import dir` evaluates to the lib under any Nix evaluator, and returns dir.
// Files are written with mode 0o644; existing files of the same name are
// replaced.
func WriteLib(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("creating lib directory %s: %w", dir, err)
	}
	err := fs.WalkDir(LibFS, LibRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(LibRoot, filepath.FromSlash(path))
		if err != nil {
			return fmt.Errorf("locating %s in the embedded lib: %w", path, err)
		}
		target := filepath.Join(dir, rel)
		if d.IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return fmt.Errorf("creating %s: %w", target, err)
			}
			return nil
		}
		data, err := LibFS.ReadFile(path)
		if err != nil {
			return fmt.Errorf("reading embedded %s: %w", path, err)
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", target, err)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("writing the built-in lib to %s: %w", dir, err)
	}
	return dir, nil
}

// LibFiles lists the file names of the built-in lib (relative to its root),
// sorted.
func LibFiles() ([]string, error) {
	var names []string
	err := fs.WalkDir(LibFS, LibRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, err := filepath.Rel(LibRoot, filepath.FromSlash(path))
			if err != nil {
				return err
			}
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing the built-in lib: %w", err)
	}
	return names, nil
}
