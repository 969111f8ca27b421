package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/nix-k8s/nix-k8s/internal/schema"
	"github.com/nix-k8s/nix-k8s/internal/schema/builtin"
)

const schemaUsage = `usage: nix-k8s-lsp schema <subcommand> [arguments] [flags]

subcommands:
  kinds                              list the kinds of a Kubernetes version
  explain APIVERSION KIND [PATH]     describe a kind or one of its fields
  diff FROM TO                       kinds removed/added and required fields changed
  fetch VERSION                      fill the user cache with a version's schema
  versions                           list the versions available and their sources
  validate                           validate manifests against the schema
  export-jsonschema                  write JSON Schemas of the kinds

common flags:
  --k8s-version V    Kubernetes version, "1.31" or "1.31.2" (default: newest offline default)
  --spec-dir DIR     OpenAPI documents: a directory of v1.N/ folders or one version's files
                     (default: $NIXK8S_SPEC_DIR)
  --allow-download   allow downloading a missing version into the cache
                     (also NIXK8S_ALLOW_DOWNLOAD=1)
  --json             machine-readable output (shapes in docs/schema.md)

The version and schema source in effect are printed to stderr.
`

// runSchema dispatches the `schema` subcommands.
func runSchema(ctx context.Context, args []string, s IO) int {
	if len(args) == 0 {
		io.WriteString(s.Err, schemaUsage)
		return 2
	}
	switch args[0] {
	case "validate":
		return runSchemaValidate(ctx, args[1:], s)
	case "export-jsonschema":
		return runSchemaExportJSONSchema(ctx, args[1:], s)
	case "kinds":
		return runSchemaKinds(ctx, args[1:], s)
	case "explain":
		return runSchemaExplain(ctx, args[1:], s)
	case "diff":
		return runSchemaDiff(ctx, args[1:], s)
	case "fetch":
		return runSchemaFetch(ctx, args[1:], s)
	case "versions":
		return runSchemaVersions(ctx, args[1:], s)
	case "-h", "--help", "help":
		io.WriteString(s.Out, schemaUsage)
		return 0
	}
	fmt.Fprintf(s.Err, "nix-k8s-lsp schema: unknown subcommand %q\n\n%s", args[0], schemaUsage)
	return 2
}

// schemaFlags are the flags every schema subcommand accepts.
type schemaFlags struct {
	version       string
	specDir       string
	allowDownload bool
	json          bool
	removed       bool
}

// errUsage marks errors that should exit with status 2.
var errUsage = errors.New("usage")

// parseSchemaFlags parses flags placed anywhere among the arguments and
// returns the positional arguments. It checks that between minArgs and
// maxArgs positionals were given.
func parseSchemaFlags(name string, args []string, s IO, minArgs, maxArgs int, extra func(*flag.FlagSet, *schemaFlags)) (*schemaFlags, []string, error) {
	f := &schemaFlags{}
	fs := flag.NewFlagSet("nix-k8s-lsp schema "+name, flag.ContinueOnError)
	fs.SetOutput(s.Err)
	fs.StringVar(&f.version, "k8s-version", "", "Kubernetes version, e.g. 1.31 or 1.31.2")
	fs.StringVar(&f.specDir, "spec-dir", "", "directory of OpenAPI documents (default $NIXK8S_SPEC_DIR)")
	fs.BoolVar(&f.allowDownload, "allow-download", false, "allow downloading a missing version into the cache")
	fs.BoolVar(&f.json, "json", false, "print JSON")
	if extra != nil {
		extra(fs, f)
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, nil, flag.ErrHelp
			}
			return nil, nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) < minArgs || len(pos) > maxArgs {
		fmt.Fprintf(s.Err, "nix-k8s-lsp schema %s: wrong number of arguments (%d)\n\n%s", name, len(pos), schemaUsage)
		return nil, nil, errUsage
	}
	return f, pos, nil
}

func usageExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

func (f *schemaFlags) resolver() *schema.Resolver {
	return schema.ResolverFromEnv(f.specDir, f.allowDownload)
}

// defaultVersion is the newest version of the offline default.
func defaultVersion() string {
	vs := builtin.Versions()
	if len(vs) == 0 {
		return ""
	}
	return vs[len(vs)-1]
}

// load resolves the requested version and prints the version and source in
// effect to stderr.
func (f *schemaFlags) load(ctx context.Context, r *schema.Resolver, s IO) (*schema.Loaded, error) {
	v := f.version
	if v == "" {
		v = defaultVersion()
		fmt.Fprintf(s.Err, "nix-k8s-lsp: no --k8s-version given, using %s\n", v)
	}
	l, err := r.Load(ctx, v)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(s.Err, "nix-k8s-lsp: %s\n", l.Describe())
	return l, nil
}

func fail(s IO, cmd string, err error) int {
	fmt.Fprintf(s.Err, "nix-k8s-lsp schema %s: %v\n", cmd, err)
	return 1
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// schemaInfo is the "schema" member of every JSON output.
type schemaInfo struct {
	Version string        `json:"version"`
	Source  schema.Source `json:"source"`
}

func infoOf(l *schema.Loaded) schemaInfo {
	return schemaInfo{Version: l.Requested.String(), Source: l.Source}
}

type kindJSON struct {
	APIVersion  string `json:"apiVersion"`
	Kind        string `json:"kind"`
	Namespaced  bool   `json:"namespaced"`
	Preferred   bool   `json:"preferred"`
	Deprecated  string `json:"deprecated,omitempty"`
	Replacement string `json:"replacement,omitempty"`
}

type removedJSON struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	schema.Removal
}

func runSchemaKinds(ctx context.Context, args []string, s IO) int {
	f, _, err := parseSchemaFlags("kinds", args, s, 0, 0, func(fs *flag.FlagSet, f *schemaFlags) {
		fs.BoolVar(&f.removed, "removed", false, "also list the kinds earlier versions served that this one removed")
	})
	if err != nil {
		return usageExit(err)
	}
	r := f.resolver()
	l, err := f.load(ctx, r, s)
	if err != nil {
		return fail(s, "kinds", err)
	}
	facts, err := r.Facts(ctx, l)
	if err != nil {
		return fail(s, "kinds", err)
	}
	fmt.Fprintf(s.Err, "nix-k8s-lsp: version facts compare %s\n", strings.Join(facts.Compared, ", "))
	kinds := make([]kindJSON, 0, len(l.Kinds))
	for _, k := range l.Kinds {
		kj := kindJSON{APIVersion: k.APIVersion(), Kind: k.Kind, Namespaced: k.Namespaced, Preferred: facts.IsPreferred(k)}
		if d, ok := facts.Deprecated(k.GVK()); ok {
			kj.Deprecated, kj.Replacement = d.Reason, d.Replacement
		}
		kinds = append(kinds, kj)
	}
	removed := []removedJSON{}
	for _, rm := range facts.Removals() {
		removed = append(removed, removedJSON{APIVersion: rm.GVK.APIVersion(), Kind: rm.GVK.Kind, Removal: rm})
	}
	if f.json {
		out := struct {
			Schema   schemaInfo    `json:"schema"`
			Compared []string      `json:"compared"`
			Kinds    []kindJSON    `json:"kinds"`
			Removed  []removedJSON `json:"removed"`
		}{infoOf(l), facts.Compared, kinds, removed}
		if err := writeJSON(s.Out, out); err != nil {
			return fail(s, "kinds", err)
		}
		return 0
	}
	// "preferred" is only worth printing where there is a choice.
	alternatives := map[string]int{}
	for _, k := range kinds {
		alternatives[k.Kind]++
	}
	tw := tabwriter.NewWriter(s.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "APIVERSION\tKIND\tSCOPE\tNOTES")
	for _, k := range kinds {
		scope := "Cluster"
		if k.Namespaced {
			scope = "Namespaced"
		}
		var notes []string
		if k.Preferred && alternatives[k.Kind] > 1 {
			notes = append(notes, "preferred")
		}
		if k.Deprecated != "" {
			note := "deprecated"
			if k.Replacement != "" {
				note += ", use " + k.Replacement
			}
			notes = append(notes, note)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.APIVersion, k.Kind, scope, strings.Join(notes, "; "))
	}
	if f.removed && len(removed) > 0 {
		fmt.Fprintf(tw, "\nREMOVED\tKIND\tSINCE\tREPLACEMENT\n")
		for _, rm := range removed {
			repl := rm.Replacement
			if repl == "" {
				repl = "(none)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", rm.APIVersion, rm.Kind, rm.RemovedIn, repl)
		}
	}
	if err := tw.Flush(); err != nil {
		return fail(s, "kinds", err)
	}
	return 0
}

func runSchemaExplain(ctx context.Context, args []string, s IO) int {
	f, pos, err := parseSchemaFlags("explain", args, s, 2, 3, nil)
	if err != nil {
		return usageExit(err)
	}
	l, err := f.load(ctx, f.resolver(), s)
	if err != nil {
		return fail(s, "explain", err)
	}
	path := ""
	if len(pos) == 3 {
		path = pos[2]
	}
	ex, err := schema.Explain(l.Index, pos[0], pos[1], path)
	if err != nil {
		return fail(s, "explain", err)
	}
	if f.json {
		out := struct {
			Schema schemaInfo `json:"schema"`
			*schema.Explanation
		}{infoOf(l), ex}
		if err := writeJSON(s.Out, out); err != nil {
			return fail(s, "explain", err)
		}
		return 0
	}
	io.WriteString(s.Out, schema.FormatExplanation(ex))
	return 0
}

func runSchemaDiff(ctx context.Context, args []string, s IO) int {
	f, pos, err := parseSchemaFlags("diff", args, s, 2, 2, nil)
	if err != nil {
		return usageExit(err)
	}
	r := f.resolver()
	var loaded [2]*schema.Loaded
	for i, v := range pos {
		l, err := r.Load(ctx, v)
		if err != nil {
			return fail(s, "diff", err)
		}
		fmt.Fprintf(s.Err, "nix-k8s-lsp: %s\n", l.Describe())
		loaded[i] = l
	}
	d := schema.DiffIndexes(loaded[0].Index, loaded[1].Index)
	if f.json {
		out := struct {
			Schemas [2]schemaInfo `json:"schemas"`
			*schema.Diff
		}{[2]schemaInfo{infoOf(loaded[0]), infoOf(loaded[1])}, d}
		if err := writeJSON(s.Out, out); err != nil {
			return fail(s, "diff", err)
		}
		return 0
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Kubernetes %s -> %s\n", d.From, d.To)
	fmt.Fprintf(&b, "\nREMOVED KINDS (%d)\n", len(d.Removed))
	for _, k := range d.Removed {
		repl := ""
		if k.Replacement != "" {
			repl = "  -> " + k.Replacement
		}
		fmt.Fprintf(&b, "  %s %s%s\n", k.APIVersion, k.Kind, repl)
	}
	fmt.Fprintf(&b, "\nADDED KINDS (%d)\n", len(d.Added))
	for _, k := range d.Added {
		fmt.Fprintf(&b, "  %s %s\n", k.APIVersion, k.Kind)
	}
	fmt.Fprintf(&b, "\nREQUIRED FIELDS CHANGED (%d)\n", len(d.RequiredChanged))
	for _, c := range d.RequiredChanged {
		fmt.Fprintf(&b, "  %s %s\n", c.APIVersion, c.Kind)
		for _, p := range c.Added {
			fmt.Fprintf(&b, "    + %s\n", p)
		}
		for _, p := range c.Removed {
			fmt.Fprintf(&b, "    - %s\n", p)
		}
	}
	io.WriteString(s.Out, b.String())
	return 0
}

func runSchemaFetch(ctx context.Context, args []string, s IO) int {
	f, pos, err := parseSchemaFlags("fetch", args, s, 1, 1, nil)
	if err != nil {
		return usageExit(err)
	}
	res, err := f.resolver().Fetch(ctx, pos[0])
	if err != nil {
		return fail(s, "fetch", err)
	}
	if f.json {
		if err := writeJSON(s.Out, res); err != nil {
			return fail(s, "fetch", err)
		}
		return 0
	}
	fmt.Fprintf(s.Out, "cached Kubernetes %s schema (%d documents, %d kinds, %d types) from %s in %s\n",
		res.Version, res.Documents, res.Kinds, res.Types, res.Source, res.CacheDir)
	return 0
}

func runSchemaVersions(ctx context.Context, args []string, s IO) int {
	f, _, err := parseSchemaFlags("versions", args, s, 0, 0, nil)
	if err != nil {
		return usageExit(err)
	}
	avail := f.resolver().Available()
	if f.json {
		if err := writeJSON(s.Out, struct {
			Versions []schema.Availability `json:"versions"`
		}{avail}); err != nil {
			return fail(s, "versions", err)
		}
		return 0
	}
	tw := tabwriter.NewWriter(s.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VERSION\tSOURCE")
	for _, a := range avail {
		fmt.Fprintf(tw, "%s\t%s\n", a.Version, a.Source)
	}
	if err := tw.Flush(); err != nil {
		return fail(s, "versions", err)
	}
	return 0
}
