#!/usr/bin/env bash
# Benchmark: Go.Sdk's cover profile → Cobertura conversion against `go tool cover -func` on the same synthetic
# 100,000-block profile of a real (generated) module. Both read the profile and every source file; go tool cover
# also runs `go list` to find the packages. Reports the best of $RUNS wall-clock runs of each process.
#   GO=/usr/lib/go-1.24/bin/go RUNS=5 eng/bench/coverage.sh
set -euo pipefail

GO=${GO:-/usr/lib/go-1.24/bin/go}
RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

export GOTOOLCHAIN=local GOCACHE="$WORK/gocache" GOPATH="$WORK/gopath" HOME="$WORK" GOFLAGS=-modcacherw

dotnet build -c Release -nologo -v q "$ROOT/eng/bench/CoverageBench" -o "$WORK/bin" >/dev/null
dotnet "$WORK/bin/CoverageBench.dll" generate "$WORK/module" 50 20 20

# Best wall-clock and best CPU (user+sys, children included) time in ms of RUNS runs of "$@", after one warm-up
# run for the file and go caches. CPU time is the steadier figure on a shared, loaded machine.
best_ms() {
  "$@" >/dev/null
  local best_wall="" best_cpu="" t
  local TIMEFORMAT='%R %U %S'
  for _ in $(seq "$RUNS"); do
    t=$( { time "$@" >/dev/null; } 2>&1 )
    read -r wall user sys <<<"$t"
    local wall_ms cpu_ms
    wall_ms=$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')
    cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    if [[ -z "$best_wall" || $wall_ms -lt $best_wall ]]; then best_wall=$wall_ms; fi
    if [[ -z "$best_cpu" || $cpu_ms -lt $best_cpu ]]; then best_cpu=$cpu_ms; fi
  done
  echo "$best_wall $best_cpu"
}

cd "$WORK/module"
read -r go_wall go_cpu <<<"$(best_ms "$GO" tool cover -func="$WORK/module/cover.out")"
read -r gosdk_wall gosdk_cpu <<<"$(best_ms dotnet "$WORK/bin/CoverageBench.dll" convert "$WORK/module/cover.out" "$WORK/module" example.com/bench "$WORK/coverage.cobertura.xml")"
dotnet "$WORK/bin/CoverageBench.dll" convert "$WORK/module/cover.out" "$WORK/module" example.com/bench "$WORK/coverage.cobertura.xml"

echo "go tool cover -func ($("$GO" env GOVERSION)): wall ${go_wall} ms, cpu ${go_cpu} ms"
echo "Go.Sdk Cobertura conversion (process): wall ${gosdk_wall} ms, cpu ${gosdk_cpu} ms"
awk -v a="$gosdk_wall" -v b="$go_wall" -v c="$gosdk_cpu" -v d="$go_cpu" \
  'BEGIN { printf "ratio: %.2fx wall, %.2fx cpu of go tool cover -func\n", a / b, c / d }'
