#!/usr/bin/env bash
# One-file change: `dotnet build` of samples/hello after an edit to main.go, against what the same work costs
# without Go.Sdk: the raw `go build` Go.Sdk ran (same flags and environment, from the -v:d log) after the same
# edit, plus a no-op `dotnet build` of an empty Microsoft.Build.NoTargets/3.7.0 project (the floor of any
# `dotnet build`). Go.Sdk's extra cost on top is its targets: the edit (a comment line at the end of main.go)
# leaves the file's header fingerprint unchanged, so the cached input list holds and no `go list` runs; the
# build log at -v:d says "Listing the build's inputs with go list" when one does.
#
# Usage, from anywhere:  eng/bench/one-file-change.sh
#   GOSDK_BENCH_RUNS=9         interleaved rounds
#   GOSDK_BENCH_TARGET=1.1     ratio the build must stay within
#   GOSDK_BENCH_STRICT=1       exit with 3 when the ratio is above the target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-9}"
target="${GOSDK_BENCH_TARGET:-1.1}"

bench_create_workspace one-file
bench_pack_go_sdk
hello="$BENCH_WS/hello"
raw="$BENCH_WS/raw"
empty="$BENCH_WS/empty"
bench_copy_hello "$hello"
mkdir -p "$raw" "$empty"
cp "$hello"/go.* "$hello"/*.go "$raw/"
cat >"$empty/empty.proj" <<'PROJ'
<Project Sdk="Microsoft.Build.NoTargets/3.7.0">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
  </PropertyGroup>
</Project>
PROJ

bench_log "first builds, logging the go command line and environment"
(cd "$hello" && bench_run "$BENCH_WS/logs/hello-first-build.log" dotnet build -v:d)
(cd "$empty" && bench_run "$BENCH_WS/logs/empty-first-build.log" dotnet build)
bench_raw_go_command "$BENCH_WS/logs/hello-first-build.log" "$raw/hello"

# Each edit changes main.go's bytes (a new comment line), so Go really compiles the main package and links again.
edit() { printf "echo '// edit %s' >> '%s/main.go'" '$(date +%s%N)' "$1"; }
a="cd '$hello' && dotnet build >>'$BENCH_WS/logs/hello-change.log' 2>&1"
# Go.Sdk vets what it builds by default (GoVet), so the raw side vets the package too: like for like.
raw_vet="${BENCH_GO_COMMAND%% build *} vet ."
b="cd '$raw' && env$BENCH_GO_ENV $BENCH_GO_COMMAND >>'$BENCH_WS/logs/raw-change.log' 2>&1 && env$BENCH_GO_ENV $raw_vet >>'$BENCH_WS/logs/raw-change.log' 2>&1 && cd '$empty' && dotnet build >>'$BENCH_WS/logs/empty-noop.log' 2>&1"

bench_log "warm-up: 2 untimed rounds"
bench_round "$(edit "$hello")" "$a" "$(edit "$raw")" "$b" >/dev/null
bench_round "$(edit "$hello")" "$a" "$(edit "$raw")" "$b" >/dev/null

machine="$(bench_describe_machine)"
bench_compare one-file-change "$runs" "dotnet build after editing main.go" "$(edit "$hello")" "$a" \
  "raw go build + go vet after the same edit + NoTargets no-op" "$(edit "$raw")" "$b"

echo "  go command (Go.Sdk, from the -v:d log): $BENCH_GO_COMMAND"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_check_target "$target"
