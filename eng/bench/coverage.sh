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

best_ms() { # best wall time in ms of RUNS runs of "$@" (run once first to warm file and go caches)
  "$@" >/dev/null
  local best=""
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    if [[ -z "$best" || $ms -lt $best ]]; then best=$ms; fi
  done
  echo "$best"
}

cd "$WORK/module"
go_ms=$(best_ms "$GO" tool cover -func="$WORK/module/cover.out")
gosdk_ms=$(best_ms dotnet "$WORK/bin/CoverageBench.dll" convert "$WORK/module/cover.out" "$WORK/module" example.com/bench "$WORK/coverage.cobertura.xml")
dotnet "$WORK/bin/CoverageBench.dll" convert "$WORK/module/cover.out" "$WORK/module" example.com/bench "$WORK/coverage.cobertura.xml"

echo "go tool cover -func ($("$GO" env GOVERSION)): ${go_ms} ms"
echo "Go.Sdk cobertura conversion (process):  ${gosdk_ms} ms"
awk -v a="$gosdk_ms" -v b="$go_ms" 'BEGIN { printf "ratio: %.2fx of go tool cover -func\n", a / b }'
