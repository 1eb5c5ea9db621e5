#!/usr/bin/env bash
# Matrix build: a 6-target pure-Go matrix (samples/matrix/purego plus linux/arm/v7) built by one `dotnet build`,
# which starts the targets' go builds in the background and then waits for each (docs/cross-compiling.md), against
# a shell loop of plain `go build` with the same flags, one target after the other. Both start from nothing each
# round: no bin/ or obj/ target folders, an empty Go build cache, so every round compiles the standard library for
# all six targets — what a release pipeline's matrix build does.
#
# Go.Sdk vets by default, once per matrix (the host's target). With GOSDK_BENCH_VET=1 (the default) the loop ends
# with the same `go vet` for the host's target, so both sides do the same work; with GOSDK_BENCH_VET=0 the matrix
# is built with -p:GoVet=false against the loop of `go build` alone.
#
# Usage, from anywhere:  eng/bench/matrix-build.sh
#   GOSDK_BENCH_RUNS=3         interleaved rounds (each round: one cold build of each side)
#   GOSDK_BENCH_TARGET=1.0     ratio the matrix build must stay within
#   GOSDK_BENCH_STRICT=1       exit with 3 when the ratio is above the target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs) for a look afterwards
#   GOSDK_BENCH_VET=0          leave vet out of both sides
#   GOSDK_BENCH_MATRIX_ARGS    more `dotnet build` arguments for the matrix side, e.g.
#                              -p:GoMatrixBuildInBackground=false (parallel inner builds, one per MSBuild node)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-3}"
target="${GOSDK_BENCH_TARGET:-1.0}"
vet="${GOSDK_BENCH_VET:-1}"
goroot=/usr/lib/go-1.22
platforms="linux/amd64;linux/arm64;linux/386;windows/amd64;darwin/arm64;linux/arm/v7"

bench_create_workspace matrix
bench_pack_go_sdk
app="$BENCH_WS/purego"
mkdir -p "$app"
cp "$BENCH_REPO_ROOT"/samples/matrix/purego/{go.mod,main.go} "$app/"
sed -e "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" \
    -e "s|<GoTargetPlatforms>.*</GoTargetPlatforms>|<GoTargetPlatforms>$platforms</GoTargetPlatforms>|" \
    "$BENCH_REPO_ROOT/samples/matrix/purego/purego.goproj" >"$app/purego.goproj"
grep -q "linux/arm/v7" "$app/purego.goproj" || bench_fail "could not set the matrix in $app/purego.goproj"

# The loop: the command line GoBuild runs for each target (Debug: no -s -w), with the environment it sets.
loop="$BENCH_WS/go-loop.sh"
{
  echo 'set -e'
  echo "cd '$app'"
  echo "export GOROOT='$goroot' GOTOOLCHAIN=local GOCACHE='$BENCH_WS/gocache-loop' PATH='$goroot/bin':\$PATH"
  IFS=';' read -ra entries <<<"$platforms"
  for p in "${entries[@]}"; do
    IFS='/' read -r os arch variant <<<"$p"
    env="GOOS=$os GOARCH=$arch"
    [ -n "$variant" ] && env="$env GOARM=${variant#v}"
    exe=purego; [ "$os" = windows ] && exe=purego.exe
    echo "env $env go build -o 'out/$os-$arch${variant:+-$variant}/$exe' -buildmode=exe -trimpath -buildvcs=false -mod=readonly -ldflags=-buildid= ."
  done
  # What GoVet runs in the host target's inner build (linux/amd64 on the machines this script supports).
  if [ "$vet" = 1 ]; then
    echo "env GOOS=linux GOARCH=amd64 go vet -json -trimpath -buildvcs=false -mod=readonly ."
  fi
} >"$loop"
build_properties="${GOSDK_BENCH_MATRIX_ARGS:-}"
[ "$vet" = 1 ] || build_properties="$build_properties -p:GoVet=false"
vet_label=$([ "$vet" = 1 ] && echo "vet once on both sides" || echo "no vet on either side")

bench_log "first build (restore, toolchain check)"
(cd "$app" && bench_run "$BENCH_WS/logs/first-build.log" dotnet build $build_properties)
[ "$(ls "$app"/bin/Debug | wc -l)" -eq 6 ] || bench_fail "the matrix did not build six targets (log: $BENCH_WS/logs/first-build.log)"
bench_run "$BENCH_WS/logs/loop-first.log" bash "$loop"

prepare_a="rm -rf '$app/bin/Debug' '$app/obj/Debug' && chmod -R u+w '$BENCH_WS/gocache-matrix' 2>/dev/null; rm -rf '$BENCH_WS/gocache-matrix'"
a="cd '$app' && GOCACHE='$BENCH_WS/gocache-matrix' dotnet build $build_properties >>'$BENCH_WS/logs/matrix.log' 2>&1"
prepare_b="rm -rf '$app/out' && chmod -R u+w '$BENCH_WS/gocache-loop' 2>/dev/null; rm -rf '$BENCH_WS/gocache-loop'"
b="bash '$loop' >>'$BENCH_WS/logs/loop.log' 2>&1"

machine="$(bench_describe_machine)"
bench_compare matrix "$runs" "cold dotnet build, 6-target matrix ($vet_label)${GOSDK_BENCH_MATRIX_ARGS:+ $GOSDK_BENCH_MATRIX_ARGS}" "$prepare_a" "$a" "cold go build loop, same 6 targets" "$prepare_b" "$b"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, Go $(head -n1 "$goroot/VERSION"), $(date -u +%Y-%m-%dT%H:%MZ)"

bench_check_target "$target"
