// Package builtin embeds the offline default schema indexes: one compact
// index (see schema.Encode) per Kubernetes version, generated from the
// OpenAPI documents that the registry module sigs.k8s.io/kubectl-validate
// embeds. Regenerate with:
//
//	cd tools && go run ./genbuiltin -out ../internal/schema/builtin
package builtin

import (
	"embed"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.nk8s
var files embed.FS

// Versions lists the embedded Kubernetes versions ("1.23", ...), oldest
// first.
func Versions() []string {
	entries, err := files.ReadDir(".")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if v, ok := versionOf(e.Name()); ok {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return minorOf(out[i]) < minorOf(out[j]) })
	return out
}

// Index returns the encoded index of version ("1.30"), or false when it is
// not embedded.
func Index(version string) ([]byte, bool) {
	data, err := files.ReadFile("v" + version + ".nk8s")
	if err != nil {
		return nil, false
	}
	return data, true
}

func versionOf(name string) (string, bool) {
	if !strings.HasPrefix(name, "v1.") || !strings.HasSuffix(name, ".nk8s") {
		return "", false
	}
	return strings.TrimSuffix(name[1:], ".nk8s"), true
}

func minorOf(v string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(v, "1."))
	return n
}
