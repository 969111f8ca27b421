#!/usr/bin/env bash
# Times `nix-k8s-lsp eval --json` against `nix-instantiate --eval --strict --json`
# on the generated module-like file set (5,000 attributes, 200 functions, 25 files),
# as whole processes, in turn for RUNS rounds (default 5): median wall time and
# median peak RSS.
#
#   bench/eval.sh            # RUNS=9 bench/eval.sh for steadier medians
#
# Needs: go, nix-instantiate (apt-get install -y nix-bin), GNU time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-5}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/eval.sh: RUNS must be a positive integer, got '$runs'" >&2
  exit 2
fi
if ! command -v nix-instantiate >/dev/null; then
  echo "bench/eval.sh: nix-instantiate not found; install it with: apt-get install -y nix-bin" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  echo "bench/eval.sh: GNU time (/usr/bin/time) not found; install it with: apt-get install -y time" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
files="$work/files"

echo "generating the benchmark files..."
go test ./internal/nix/eval -run '^TestGenerateBenchFiles$' -count=1 -args -bench-out "$files" >"$work/gen.log" 2>&1 || {
  cat "$work/gen.log" >&2
  echo "bench/eval.sh: generating the benchmark files failed" >&2
  exit 1
}
echo "building nix-k8s-lsp..."
scripts/build "$work/nix-k8s-lsp"

# sample NAME CMD...: runs CMD once in the file set's directory and appends
# "<microseconds> <peak RSS KiB>" to $work/NAME.times; the output is kept in
# $work/NAME.out. It exits the script if CMD fails.
sample() {
  local name="$1"
  shift
  local start end
  start=$(date +%s%N)
  if ! (cd "$files" && /usr/bin/time -f %M -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err"); then
    echo "bench/eval.sh: $name failed:" >&2
    head -n 20 "$work/$name.err" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) $(tail -n 1 "$work/$name.rss")" >>"$work/$name.times"
}

# result NAME writes "<median microseconds> <median peak RSS KiB>" to
# $work/NAME.result.
result() {
  local t m
  t=$(cut -d' ' -f1 "$work/$1.times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(cut -d' ' -f2 "$work/$1.times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$t $m" >"$work/$1.result"
}

# The two commands run in turn, RUNS rounds: a change in the machine's load
# during the benchmark weighs on both alike.
echo "timing $runs rounds..."
: >"$work/ours.times"
: >"$work/nix.times"
for _ in $(seq "$runs"); do
  sample ours "$work/nix-k8s-lsp" eval --json default.nix
  sample nix nix-instantiate --readonly-mode --eval --strict --json default.nix
done
result ours
result nix
read -r ours_us ours_kb <"$work/ours.result"
read -r nix_us nix_kb <"$work/nix.result"

same="no"
if cmp -s <(tr -d '\n' <"$work/ours.out") <(tr -d '\n' <"$work/nix.out"); then
  same="yes"
fi
awk -v runs="$runs" -v ou="$ours_us" -v ok="$ours_kb" -v nu="$nix_us" -v nk="$nix_kb" -v same="$same" 'BEGIN {
  printf "module-like eval, median of %d rounds (the two commands in turn):\n", runs
  printf "  nix-k8s-lsp eval --json      %8.3f s  %8.1f MiB peak RSS\n", ou / 1e6, ok / 1024
  printf "  nix-instantiate --eval       %8.3f s  %8.1f MiB peak RSS\n", nu / 1e6, nk / 1024
  printf "  time ratio ours/nix          %8.2f\n", ou / nu
  printf "  RSS ratio ours/nix           %8.2f\n", ok / nk
  printf "  identical JSON output        %8s\n", same
}'
