#!/usr/bin/env bash
# Times lib.evalModules on 1,000 app-like submodule entries with 20 options
# each, as whole processes, RUNS runs each (default 5), median wall time, CPU
# time and peak RSS: nix-instantiate with the real nixpkgs lib (the peer),
# nix-instantiate with our built-in lib, and our Go evaluator
# (nix-k8s-lsp eval) with our built-in lib.
#
#   NIXPKGS_LIB=/path/to/nixpkgs/lib bench/modules.sh
#   APPS=2000 RUNS=9 NIXPKGS_LIB=... bench/modules.sh
#
# Needs: go, nix-instantiate (apt-get install -y nix-bin), GNU time
# (apt-get install -y time) and a checkout of nixpkgs' lib/ in NIXPKGS_LIB.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

runs="${RUNS:-5}"
apps="${APPS:-1000}"
if [ -z "${NIXPKGS_LIB:-}" ]; then
  echo "bench/modules.sh: set NIXPKGS_LIB to a checkout of nixpkgs' lib/ (the peer to compare with)" >&2
  exit 2
fi
if ! command -v nix-instantiate >/dev/null; then
  echo "bench/modules.sh: nix-instantiate not found; install it with: apt-get install -y nix-bin" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  echo "bench/modules.sh: GNU time (/usr/bin/time) not found; install it with: apt-get install -y time" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ourlib="$repo/internal/module/nixlib"

# The option declarations: one `apps` attribute set of submodules with 20
# options of the kinds a real app module has.
cat >"$work/options.nix" <<'NIX'
{ lib, ... }:
let
  t = lib.types;
in
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

# The definitions: APPS entries, each setting most of the options.
awk -v n="$apps" 'BEGIN {
  print "{ lib, ... }:\n{\n  apps = {"
  for (i = 0; i < n; i++) {
    printf "    app%d = {\n", i
    printf "      namespace = \"ns%d\";\n", i % 20
    printf "      image = \"ghcr.io/acme/app%d:1.%d.0\";\n", i, i % 7
    printf "      replicas = %d;\n", i % 5 + 1
    printf "      tier = \"%s\";\n", (i % 3 == 0 ? "frontend" : (i % 3 == 1 ? "backend" : "data"))
    printf "      ports = { http = %d; metrics = 9090; };\n", 8000 + i % 100
    printf "      env = { LOG_LEVEL = \"info\"; APP_ID = \"%d\"; };\n", i
    printf "      labels.team = \"team%d\";\n", i % 10
    printf "      annotations.\"acme.com/owner\" = \"owner%d\";\n", i % 10
    printf "      consumes = [ \"app%d\" ];\n", (i + 1) % n
    printf "      allowFrom = [ \"app%d\" ];\n", (i + n - 1) % n
    printf "      args = [ \"--port=%d\" ];\n", 8000 + i % 100
    printf "      cpu = \"%dm\";\n", 100 + i % 400
    printf "      memory = \"%dMi\";\n", 128 + i % 512
    if (i % 4 == 0) printf "      host = \"app%d.example.com\";\n", i
    printf "      minAvailable = 1;\n"
    printf "      command = [ \"/bin/app\" ];\n"
    printf "    };\n"
  }
  print "  };\n}"
}' >"$work/apps.nix"

cat >"$work/entry.nix" <<'NIX'
lib: (lib.evalModules { modules = [ ./options.nix ./apps.nix ]; }).config
NIX

# measure NAME CMD...: runs CMD $runs times in $work, prints
# "NAME <median wall µs> <median CPU µs> <median peak RSS KiB>"; keeps the
# last output. CPU time (user + system) is steadier than wall time on a
# shared machine.
measure() {
  local name="$1"
  shift
  local times="$work/$name.times"
  : >"$times"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    if ! (cd "$work" && /usr/bin/time -f '%M %U %S' -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err"); then
      echo "bench/modules.sh: $name failed:" >&2
      head -n 20 "$work/$name.err" >&2
      exit 1
    fi
    end=$(date +%s%N)
    read -r kb user sys < <(tail -n 1 "$work/$name.rss")
    echo "$(( (end - start) / 1000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1e6 }') $kb" >>"$times"
  done
  local col med=()
  for col in 1 2 3; do
    med+=("$(cut -d' ' -f"$col" "$times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')")
  done
  echo "$name ${med[*]}"
}

echo "building nix-k8s-lsp..." >&2
go build -o "$work/nix-k8s-lsp" ./cmd/nix-k8s-lsp

nixeval=(nix-instantiate --readonly-mode --eval --strict --json -E)
read -r _ nix_us nix_cpu nix_kb < <(measure nixpkgs "${nixeval[@]}" "import ./entry.nix (import $NIXPKGS_LIB)")
read -r _ ours_us ours_cpu ours_kb < <(measure ours "${nixeval[@]}" "import ./entry.nix (import $ourlib)")
read -r _ go_us go_cpu go_kb < <(measure go "$work/nix-k8s-lsp" eval --json --root "$repo" --root "$work" \
  --expr "import $work/entry.nix (import $ourlib)")

same="no"
if cmp -s "$work/ours.out" "$work/nixpkgs.out"; then
  same="yes"
fi
gosame="no"
if cmp -s <(tr -d '\n' <"$work/go.out") "$work/nixpkgs.out"; then
  gosame="yes"
fi
awk -v runs="$runs" -v apps="$apps" -v ou="$ours_us" -v oc="$ours_cpu" -v ok="$ours_kb" \
  -v nu="$nix_us" -v nc="$nix_cpu" -v nk="$nix_kb" -v same="$same" \
  -v gu="$go_us" -v gc="$go_cpu" -v gk="$go_kb" -v gosame="$gosame" 'BEGIN {
  printf "evalModules, %d app entries x 20 options, %d runs each (median):\n", apps, runs
  printf "  nix-instantiate + nixpkgs lib   %8.3f s wall  %8.3f s CPU  %8.1f MiB peak RSS\n", nu / 1e6, nc / 1e6, nk / 1024
  printf "  nix-instantiate + our lib       %8.3f s wall  %8.3f s CPU  %8.1f MiB peak RSS\n", ou / 1e6, oc / 1e6, ok / 1024
  printf "  nix-k8s-lsp eval + our lib      %8.3f s wall  %8.3f s CPU  %8.1f MiB peak RSS\n", gu / 1e6, gc / 1e6, gk / 1024
  printf "  wall time ratio ours/nixpkgs    %8.2f\n", ou / nu
  printf "  CPU time ratio ours/nixpkgs     %8.2f\n", oc / nc
  printf "  RSS ratio ours/nixpkgs          %8.2f\n", ok / nk
  printf "  identical JSON output           %8s\n", same
  printf "  Go evaluator: wall time ratio to nix-instantiate + nixpkgs lib  %6.2f (target < 0.20)\n", gu / nu
  printf "  Go evaluator: CPU time ratio to nix-instantiate + nixpkgs lib   %6.2f\n", gc / nc
  printf "  Go evaluator: identical JSON output                             %6s\n", gosame
}'
