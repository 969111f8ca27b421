#!/usr/bin/env bash
# Times `nix-k8s-lsp eval --modules` (the Go evaluator with the built-in lib,
# in process) against nix-instantiate with the real nixpkgs lib on the same
# generated modules: APPS app entries (default 1,000) of 20 options each.
# Prints the median wall time, CPU time and peak RSS of RUNS runs (default
# 5), the ratios, and whether the JSON outputs are identical. The Go
# evaluator is also timed with the nixpkgs lib, for reference.
#
#   NIXPKGS_LIB=/path/to/nixpkgs/lib bench/modules-go.sh
#   APPS=2000 RUNS=9 BIN=/path/to/nix-k8s-lsp NIXPKGS_LIB=... bench/modules-go.sh
#
# Needs go (unless BIN is given), nix-instantiate (apt-get install -y
# nix-bin), GNU time (apt-get install -y time) and nixpkgs' lib/ in
# NIXPKGS_LIB. Target: ours below 1/5 of nix-instantiate's wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-5}"
apps="${APPS:-1000}"
die() { echo "bench/modules-go.sh: $*" >&2; exit 2; }
[ -n "${NIXPKGS_LIB:-}" ] || die "set NIXPKGS_LIB to nixpkgs' lib/ directory (the peer)"
command -v nix-instantiate >/dev/null || die "nix-instantiate not found: apt-get install -y nix-bin"
/usr/bin/time -f %M true >/dev/null 2>&1 || die "GNU time not found: apt-get install -y time"
nixpkgs_lib="$(cd "$NIXPKGS_LIB" && pwd)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

bin="${BIN:-}"
if [ -z "$bin" ]; then
  echo "building nix-k8s-lsp..." >&2
  go build -o "$tmp/nix-k8s-lsp" ./cmd/nix-k8s-lsp
  bin="$tmp/nix-k8s-lsp"
fi

# Option declarations: an attribute set of app submodules, 20 options each.
cat >"$tmp/options.nix" <<'NIX'
{ lib, ... }:
let t = lib.types; in
{
  options.apps = lib.mkOption {
    type = t.attrsOf (t.submodule ({ name, config, ... }: {
      options = {
        name = lib.mkOption { type = t.str; default = name; };
        namespace = lib.mkOption { type = t.str; default = "default"; };
        image = lib.mkOption { type = t.str; };
        replicas = lib.mkOption { type = t.ints.positive; default = 1; };
        enable = lib.mkOption { type = t.bool; default = true; };
        tier = lib.mkOption { type = t.enum [ "frontend" "backend" "data" ]; default = "backend"; };
        ports = lib.mkOption { type = t.attrsOf t.port; default = { }; };
        env = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        labels = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        annotations = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        consumes = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        allowFrom = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        args = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        cpu = lib.mkOption { type = t.nullOr t.str; default = null; };
        memory = lib.mkOption { type = t.nullOr t.str; default = null; };
        host = lib.mkOption { type = t.nullOr t.str; default = null; };
        minAvailable = lib.mkOption { type = t.nullOr t.ints.unsigned; default = null; };
        serviceAccount = lib.mkOption { type = t.str; default = config.name; };
        pullPolicy = lib.mkOption { type = t.enum [ "Always" "IfNotPresent" "Never" ]; default = "IfNotPresent"; };
        command = lib.mkOption { type = t.listOf t.str; default = [ ]; };
      };
      config.labels."app.kubernetes.io/name" = config.name;
    }));
  };
}
NIX

# Definitions: APPS entries setting most options.
awk -v n="$apps" 'BEGIN {
  split("frontend backend data", tier, " ")
  print "{ ... }:\n{\n  apps = {"
  for (i = 0; i < n; i++) {
    printf "    app%d = {\n      namespace = \"ns%d\";\n      image = \"ghcr.io/acme/app%d:1.%d.0\";\n", i, i % 20, i, i % 7
    printf "      replicas = %d;\n      tier = \"%s\";\n", i % 5 + 1, tier[i % 3 + 1]
    printf "      ports = { http = %d; metrics = 9090; };\n", 8000 + i % 100
    printf "      env = { LOG_LEVEL = \"info\"; APP_ID = \"%d\"; };\n", i
    printf "      labels.team = \"team%d\";\n      annotations.\"acme.com/owner\" = \"owner%d\";\n", i % 10, i % 10
    printf "      consumes = [ \"app%d\" ];\n      allowFrom = [ \"app%d\" ];\n", (i + 1) % n, (i + n - 1) % n
    printf "      args = [ \"--port=%d\" ];\n      cpu = \"%dm\";\n      memory = \"%dMi\";\n", 8000 + i % 100, 100 + i % 400, 128 + i % 512
    if (i % 4 == 0) printf "      host = \"app%d.example.com\";\n", i
    printf "      minAvailable = 1;\n      command = [ \"/bin/app\" ];\n    };\n"
  }
  print "  };\n}"
}' >"$tmp/apps.nix"

# run NAME CMD...: RUNS runs; prints "median-wall-µs median-cpu-µs median-rss-KiB".
# The last run's stdout is kept in $tmp/NAME.out.
run() {
  local name="$1"; shift
  : >"$tmp/$name.samples"
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -f '%M %U %S' -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
      echo "bench/modules-go.sh: $name failed:" >&2
      head -n 20 "$tmp/$name.err" >&2
      exit 1
    fi
    t1=$(date +%s%N)
    tail -n 1 "$tmp/$name.time" | awk -v w="$(( (t1 - t0) / 1000 ))" '{ printf "%d %d %d\n", w, ($2 + $3) * 1e6, $1 }' >>"$tmp/$name.samples"
  done
  local c
  for c in 1 2 3; do
    cut -d' ' -f"$c" "$tmp/$name.samples" | sort -n | awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'
  done
  echo
}

cd "$tmp"
read -r nix_w nix_c nix_k < <(run nix nix-instantiate --readonly-mode --eval --strict --json -E \
  "(let lib = import $nixpkgs_lib; in lib.evalModules { modules = [ ./options.nix ./apps.nix ]; }).config")
read -r go_w go_c go_k < <(run go env XDG_CACHE_HOME="$tmp/cache" "$bin" eval --modules --json --nixpkgs-lib= options.nix apps.nix)
read -r gn_w gn_c gn_k < <(run gonixpkgs "$bin" eval --modules --json --nixpkgs-lib "$nixpkgs_lib" options.nix apps.nix)

same=no; cmp -s go.out nix.out && same=yes
samen=no; cmp -s gonixpkgs.out nix.out && samen=yes
awk -v apps="$apps" -v runs="$runs" \
  -v nw="$nix_w" -v nc="$nix_c" -v nk="$nix_k" -v gw="$go_w" -v gc="$go_c" -v gk="$go_k" \
  -v xw="$gn_w" -v xc="$gn_c" -v xk="$gn_k" -v same="$same" -v samen="$samen" 'BEGIN {
  printf "lib.evalModules, %d apps x 20 options, median of %d runs:\n", apps, runs
  printf "  %-44s %7.3f s wall %7.3f s CPU %8.1f MiB peak RSS\n", "nix-instantiate + nixpkgs lib", nw / 1e6, nc / 1e6, nk / 1024
  printf "  %-44s %7.3f s wall %7.3f s CPU %8.1f MiB peak RSS\n", "nix-k8s-lsp eval --modules (built-in lib)", gw / 1e6, gc / 1e6, gk / 1024
  printf "  %-44s %7.3f s wall %7.3f s CPU %8.1f MiB peak RSS\n", "nix-k8s-lsp eval --modules --nixpkgs-lib", xw / 1e6, xc / 1e6, xk / 1024
  printf "  ratio ours/nix-instantiate: wall %.2f, CPU %.2f, RSS %.2f (target wall < 0.20)\n", gw / nw, gc / nc, gk / nk
  printf "  ratio ours with nixpkgs lib/nix-instantiate: wall %.2f, CPU %.2f, RSS %.2f\n", xw / nw, xc / nc, xk / nk
  printf "  identical JSON: built-in lib %s, nixpkgs lib %s\n", same, samen
}'
