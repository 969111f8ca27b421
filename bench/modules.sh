#!/usr/bin/env bash
# Times lib.evalModules on APPS app-like submodule entries (default 1,000)
# with 20 options each, as whole processes, RUNS rounds (default 5) in which
# each of these runs once:
#
#   nix-instantiate + nixpkgs lib          (the peer)
#   nix-instantiate + our built-in lib
#   nix-k8s-lsp eval --modules, our built-in lib (the Go evaluator)
#   nix-k8s-lsp eval --modules --nixpkgs-lib, nixpkgs' lib
#
# and prints the median wall time, CPU time (user + system, steadier than
# wall time on a shared machine) and peak RSS of each, the ratios to the
# peer, and whether each JSON output is identical to the peer's.
#
#   NIXPKGS_LIB=/path/to/nixpkgs/lib bench/modules.sh
#   APPS=2000 RUNS=9 BIN=/path/to/nix-k8s-lsp NIXPKGS_LIB=... bench/modules.sh
#
# The modules are written by the Go generator the package's benchmarks use
# (internal/module/benchapps_test.go, through go test -run TestBenchApps).
# Needs go, nix-instantiate (apt-get install -y nix-bin), GNU time
# (apt-get install -y time) and a checkout of nixpkgs' lib/ in NIXPKGS_LIB.
# Target: the Go evaluator below 1/5 of the peer's wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

runs="${RUNS:-5}"
apps="${APPS:-1000}"
die() { echo "bench/modules.sh: $*" >&2; exit 2; }
[ -n "${NIXPKGS_LIB:-}" ] || die "set NIXPKGS_LIB to a checkout of nixpkgs' lib/ (the peer to compare with)"
command -v nix-instantiate >/dev/null || die "nix-instantiate not found; install it with: apt-get install -y nix-bin"
{ [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; } || die "GNU time (/usr/bin/time) not found; install it with: apt-get install -y time"
nixpkgs_lib="$(cd "$NIXPKGS_LIB" && pwd)"
ourlib="$repo/internal/module/nixlib"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "writing $apps apps..." >&2
go test ./internal/module -run '^TestBenchApps$' -count=1 -bench-apps-dir="$work" -bench-apps="$apps" >"$work/gen.log" 2>&1 || {
  cat "$work/gen.log" >&2
  die "generating the modules failed"
}

bin="${BIN:-}"
if [ -z "$bin" ]; then
  echo "building nix-k8s-lsp..." >&2
  scripts/build "$work/nix-k8s-lsp"
  bin="$work/nix-k8s-lsp"
fi

# sample NAME CMD...: runs CMD once in $work and appends
# "<wall µs> <CPU µs> <peak RSS KiB>" to $work/NAME.samples; the stdout is
# kept in $work/NAME.out. It exits the script if CMD fails.
sample() {
  local name="$1"
  shift
  local t0 t1
  t0=$(date +%s%N)
  if ! (cd "$work" && /usr/bin/time -f '%M %U %S' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"); then
    echo "bench/modules.sh: $name failed:" >&2
    head -n 20 "$work/$name.err" >&2
    exit 1
  fi
  t1=$(date +%s%N)
  tail -n 1 "$work/$name.time" | awk -v w="$(( (t1 - t0) / 1000 ))" '{ printf "%d %d %d\n", w, ($2 + $3) * 1e6, $1 }' >>"$work/$name.samples"
}

# medians NAME prints "<median wall µs> <median CPU µs> <median peak RSS KiB>".
medians() {
  local c
  for c in 1 2 3; do
    cut -d' ' -f"$c" "$work/$1.samples" | sort -n | awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'
  done
  echo
}

# The four commands run in turn, RUNS rounds: a change in the machine's load
# during the benchmark then weighs on all of them alike.
nixeval=(nix-instantiate --readonly-mode --eval --strict --json -E)
for name in nixpkgs ours go gonixpkgs; do : >"$work/$name.samples"; done
echo "timing $runs rounds..." >&2
for _ in $(seq "$runs"); do
  sample nixpkgs "${nixeval[@]}" "import ./entry.nix (import $nixpkgs_lib)"
  sample ours "${nixeval[@]}" "import ./entry.nix (import $ourlib)"
  sample go env XDG_CACHE_HOME="$work/cache" "$bin" eval --modules --json --nixpkgs-lib= options.nix apps.nix
  sample gonixpkgs "$bin" eval --modules --json --nixpkgs-lib "$nixpkgs_lib" options.nix apps.nix
done
read -r nw nc nk < <(medians nixpkgs)
read -r ow oc ok < <(medians ours)
read -r gw gc gk < <(medians go)
read -r xw xc xk < <(medians gonixpkgs)

same() {
  if cmp -s <(tr -d '\n' <"$work/$1.out") <(tr -d '\n' <"$work/nixpkgs.out"); then echo yes; else echo no; fi
}

awk -v apps="$apps" -v runs="$runs" \
  -v nw="$nw" -v nc="$nc" -v nk="$nk" -v ow="$ow" -v oc="$oc" -v ok="$ok" \
  -v gw="$gw" -v gc="$gc" -v gk="$gk" -v xw="$xw" -v xc="$xc" -v xk="$xk" \
  -v os="$(same ours)" -v gs="$(same go)" -v xs="$(same gonixpkgs)" 'BEGIN {
  printf "lib.evalModules, %d apps x 20 options, median of %d rounds (the four commands in turn):\n", apps, runs
  printf "  %-42s %8s %8s %10s   %-24s %s\n", "", "wall s", "CPU s", "RSS MiB", "ratio to peer wall/CPU/RSS", "identical JSON"
  row("nix-instantiate + nixpkgs lib (peer)", nw, nc, nk, "-")
  row("nix-instantiate + our lib", ow, oc, ok, os)
  row("nix-k8s-lsp eval --modules, our lib", gw, gc, gk, gs)
  row("nix-k8s-lsp eval --modules, nixpkgs lib", xw, xc, xk, xs)
  printf "  target: nix-k8s-lsp eval --modules with our lib below 0.20 of the peer wall time (now %.2f)\n", gw / nw
}
function row(label, w, c, k, same) {
  printf "  %-42s %8.3f %8.3f %10.1f   %6.2f / %5.2f / %5.2f     %s\n", label, w / 1e6, c / 1e6, k / 1024, w / nw, c / nc, k / nk, same
}'
