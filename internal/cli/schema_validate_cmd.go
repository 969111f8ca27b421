package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/nix-k8s/nix-k8s/internal/object"
	"github.com/nix-k8s/nix-k8s/internal/schema"
)

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// loadCRDs reads --crd arguments: files, or directories of *.yaml files.
func loadCRDs(paths []string) ([]*schema.CRD, error) {
	var out []*schema.CRD
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading --crd %s: %w", p, err)
		}
		var cs []*schema.CRD
		if st.IsDir() {
			cs, err = schema.LoadCRDDir(p)
		} else {
			cs, err = schema.LoadCRDFile(p)
		}
		if err != nil {
			return nil, fmt.Errorf("loading --crd %s: %w", p, err)
		}
		out = append(out, cs...)
	}
	return out, nil
}

// newValidator resolves the schema, overlays the CRDs and attaches the
// version facts; it prints the schema in effect to stderr.
func newValidator(ctx context.Context, f *schemaFlags, crdPaths []string, s IO) (*schema.Validator, *schema.Loaded, error) {
	r := f.resolver()
	l, err := f.load(ctx, r, s)
	if err != nil {
		return nil, nil, err
	}
	crds, err := loadCRDs(crdPaths)
	if err != nil {
		return nil, nil, err
	}
	v, err := schema.NewValidator(l.Index, crds...)
	if err != nil {
		return nil, nil, err
	}
	if facts, err := r.Facts(ctx, l); err == nil {
		v.UseFacts(facts)
	} else {
		fmt.Fprintf(s.Err, "nix-k8s-lsp: version facts unavailable (%v); removed API versions are reported as unknown\n", err)
	}
	return v, l, nil
}

// diagnosticJSON is one diagnostic of `schema validate --json`.
type diagnosticJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Offset   int    `json:"offset"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Path     string `json:"path,omitempty"`
	Message  string `json:"message"`
	Fix      string `json:"fix,omitempty"`
}

// runSchemaValidate implements `schema validate`: exit 0 when every object
// is valid, 1 when any is invalid, 2 on usage or I/O errors.
func runSchemaValidate(ctx context.Context, args []string, s IO) int {
	var crdPaths stringList
	f, files, err := parseSchemaFlags("validate", args, s, 1, 1<<30, func(fs *flag.FlagSet, _ *schemaFlags) {
		fs.Var(&crdPaths, "crd", "CustomResourceDefinition file or directory (repeatable)")
	})
	if err != nil {
		return usageExit(err)
	}
	// A batch run allocates many short-lived nodes; collecting less often
	// trades memory for about a fifth of the CPU time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// The schema loads while the input is read and decoded (decoding needs
	// no schema); validation waits for it. Errors are reported in the order
	// of a sequential run: the schema's first.
	var (
		v     *schema.Validator
		l     *schema.Loaded
		vErr  error
		ready = make(chan struct{})
	)
	go func() {
		defer close(ready)
		v, l, vErr = newValidator(ctx, f, crdPaths, s)
	}()
	fail := func(err error) int {
		<-ready
		if vErr != nil {
			err = vErr
		}
		fmt.Fprintf(s.Err, "nix-k8s-lsp schema validate: %v\n", err)
		return 2
	}
	files, err = expandInputs(files)
	if err != nil {
		return fail(err)
	}
	var diags []schema.Diagnostic
	objects, invalid := 0, 0
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		data, err := readInput(file, s.In)
		if err != nil {
			return fail(err)
		}
		// Each chunk of the stream is decoded, validated and dropped by
		// the same goroutine; the diagnostics are put back in file order.
		type chunkResult struct {
			objects, invalid int
			diags            []schema.Diagnostic
			err              error
		}
		var mu sync.Mutex
		results := map[int]*chunkResult{}
		n, err := object.DecodeYAMLEach(ctx, file, data, func(chunk int, docs []object.Document, err error) {
			r := &chunkResult{err: err}
			<-ready
			if vErr != nil {
				return
			}
			for _, d := range docs {
				if d.Root == nil {
					continue
				}
				r.objects++
				ds := v.ValidateObject(d.Root)
				if hasErrors(ds) {
					r.invalid++
				}
				r.diags = append(r.diags, ds...)
			}
			mu.Lock()
			results[chunk] = r
			mu.Unlock()
		})
		if err != nil {
			return fail(fmt.Errorf("validating %s: %w", file, err))
		}
		<-ready
		if vErr != nil {
			return fail(vErr)
		}
		var decErr error
		for i := 0; i < n; i++ {
			r := results[i]
			objects += r.objects
			invalid += r.invalid
			diags = append(diags, r.diags...)
			if r.err != nil && decErr == nil {
				decErr = r.err
			}
		}
		if decErr != nil {
			invalid++
			d := schema.Diagnostic{Code: schema.CodeSyntax, Pos: object.Pos{File: file}, Message: decErr.Error()}
			var de *object.DecodeError
			if errors.As(decErr, &de) {
				d.Pos, d.Message = de.Pos, de.Msg
			}
			diags = append(diags, d)
		}
	}
	if f.json {
		out := struct {
			Schema      schemaInfo       `json:"schema"`
			Objects     int              `json:"objects"`
			Invalid     int              `json:"invalid"`
			Diagnostics []diagnosticJSON `json:"diagnostics"`
		}{Schema: infoOf(l), Objects: objects, Invalid: invalid, Diagnostics: []diagnosticJSON{}}
		for _, d := range diags {
			out.Diagnostics = append(out.Diagnostics, diagnosticJSON{
				File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Col, Offset: d.Pos.Offset,
				Severity: d.Severity.String(), Code: d.Code, Path: d.Path, Message: d.Message, Fix: d.Fix,
			})
		}
		if err := writeJSON(s.Out, out); err != nil {
			fmt.Fprintf(s.Err, "nix-k8s-lsp schema validate: writing output: %v\n", err)
			return 2
		}
	} else {
		var b strings.Builder
		for _, d := range diags {
			b.WriteString(d.String())
			if d.Severity == schema.SeverityWarning {
				b.WriteString(" (warning)")
			}
			b.WriteString(" [" + d.Code + "]\n")
			if d.Fix != "" {
				b.WriteString("\tfix: " + d.Fix + "\n")
			}
		}
		io.WriteString(s.Out, b.String())
		fmt.Fprintf(s.Err, "nix-k8s-lsp: %d objects in %d files, %d invalid\n", objects, len(files), invalid)
	}
	if invalid > 0 {
		return 1
	}
	return 0
}

func hasErrors(ds []schema.Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == schema.SeverityError {
			return true
		}
	}
	return false
}

// expandInputs replaces each directory argument with its *.yaml, *.yml
// and *.json files (not recursive), in name order.
func expandInputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("reading manifest: %w", err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("reading manifest directory: %w", err)
		}
		n := 0
		for _, e := range entries {
			switch filepath.Ext(e.Name()) {
			case ".yaml", ".yml", ".json":
				if !e.IsDir() {
					out = append(out, filepath.Join(a, e.Name()))
					n++
				}
			}
		}
		if n == 0 {
			return nil, fmt.Errorf("manifest directory %s holds no .yaml, .yml or .json files", a)
		}
	}
	return out, nil
}

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		if stdin == nil {
			return nil, errors.New("reading standard input: no input")
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading manifest: %w", err)
	}
	return data, nil
}

// runSchemaExportJSONSchema implements `schema export-jsonschema DIR`.
func runSchemaExportJSONSchema(ctx context.Context, args []string, s IO) int {
	var crdPaths stringList
	f, pos, err := parseSchemaFlags("export-jsonschema", args, s, 1, 1, func(fs *flag.FlagSet, _ *schemaFlags) {
		fs.Var(&crdPaths, "crd", "CustomResourceDefinition file or directory to export too (repeatable)")
	})
	if err != nil {
		return usageExit(err)
	}
	v, _, err := newValidator(ctx, f, crdPaths, s)
	if err != nil {
		fmt.Fprintf(s.Err, "nix-k8s-lsp schema export-jsonschema: %v\n", err)
		return 2
	}
	dir := pos[0]
	names, err := v.ExportJSONSchemas(dir)
	if err != nil {
		fmt.Fprintf(s.Err, "nix-k8s-lsp schema export-jsonschema: %v\n", err)
		return 2
	}
	sort.Strings(names)
	if f.json {
		out := struct {
			Dir   string   `json:"dir"`
			Files []string `json:"files"`
		}{dir, names}
		if err := writeJSON(s.Out, out); err != nil {
			return 2
		}
		return 0
	}
	abs, _ := filepath.Abs(dir)
	fmt.Fprintf(s.Out, "wrote %d JSON schemas to %s\n", len(names), dir)
	fmt.Fprintf(s.Out, "validate with: kubeconform -strict -schema-location '%s/{{.ResourceKind}}{{.KindSuffix}}.json' FILE.yaml\n", abs)
	return 0
}
