package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// benchSource builds a module-like file with n attributes.
func benchSource(n int) []byte {
	var b strings.Builder
	b.WriteString("{ lib, config, ... }:\nlet\n  inherit (lib) mkIf mkOption types;\nin {\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  # Application %d.\n  apps.app%d = {\n    image = \"ghcr.io/acme/app%d:${config.version}\";\n", i, i, i)
		fmt.Fprintf(&b, "    replicas = if config.env == \"prod\" then %d else 1;\n    ports.http = 8000 + %d;\n", i%5+1, i)
		b.WriteString("    env = { LOG = \"info\"; } // lib.optionalAttrs (config.debug or false) { DEBUG = \"1\"; };\n")
		b.WriteString("    args = [ \"--a\" \"--b\" ] ++ map (x: \"--${x}\") config.flags;\n  };\n")
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{100, 5000} {
		src := benchSource(n)
		b.Run(fmt.Sprintf("attrs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				f := Parse("bench.nix", src)
				if len(f.Errors) > 0 {
					b.Fatal(f.Errors[0].Msg)
				}
			}
		})
	}
}

// BenchmarkParseFlat parses a set of 5,000 simple attributes.
func BenchmarkParseFlat(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("{\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&sb, "  attr%d = \"value %d\"; # note\n  n%d.x = %d;\n", i, i, i, i)
	}
	sb.WriteString("}\n")
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if f := Parse("flat.nix", src); len(f.Errors) > 0 {
			b.Fatal(f.Errors[0].Msg)
		}
	}
}

func BenchmarkParseBroken(b *testing.B) {
	src := benchSource(5000)
	src = src[:len(src)*2/3] // cut in the middle, as while typing
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		Parse("bench.nix", src)
	}
}
