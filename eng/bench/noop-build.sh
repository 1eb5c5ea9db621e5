#!/usr/bin/env bash
# No-op build: how much a `dotnet build` of samples/hello costs when nothing changed, against the same
# `dotnet build` of an empty Microsoft.Build.NoTargets/3.7.0 project (netstandard2.0) — the floor any project
# built by Microsoft.NET.Sdk pays. Both are built the way a user types it: plain `dotnet build` in the project
# folder (implicit restore, default node reuse, no extra flags).
#
# Also checks that a no-op build starts no `go` process at all (strace; without it, the -v:d log).
#
# Usage, from anywhere:  eng/bench/noop-build.sh
#   GOSDK_BENCH_RUNS=15        interleaved rounds (each round: one build of each project)
#   GOSDK_BENCH_TARGET=1.3     ratio the no-op build must stay within
#   GOSDK_BENCH_STRICT=1       exit with 3 when the ratio is above the target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs, binlogs) for a look afterwards
#   GOSDK_BENCH_PACKAGES=50    build a generated module of that many packages instead of samples/hello
#   GOSDK_BENCH_FILES=20       with GOSDK_BENCH_PACKAGES: .go files per package
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-15}"
target="${GOSDK_BENCH_TARGET:-1.3}"

bench_create_workspace noop
bench_pack_go_sdk
hello="$BENCH_WS/hello"
empty="$BENCH_WS/empty"
if [ -n "${GOSDK_BENCH_PACKAGES:-}" ]; then
  bench_generate_module "$hello" "$GOSDK_BENCH_PACKAGES" "${GOSDK_BENCH_FILES:-20}"
  project_name="a generated module of $GOSDK_BENCH_PACKAGES packages x ${GOSDK_BENCH_FILES:-20} files"
else
  bench_copy_hello "$hello"
  project_name="samples/hello"
fi
mkdir -p "$empty"
cat >"$empty/empty.proj" <<'EOF'
<Project Sdk="Microsoft.Build.NoTargets/3.7.0">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
  </PropertyGroup>
</Project>
EOF

bench_log "first (full) builds"
(cd "$hello" && bench_run "$BENCH_WS/logs/hello-first-build.log" dotnet build)
(cd "$empty" && bench_run "$BENCH_WS/logs/empty-first-build.log" dotnet build)
"$hello/bin/Debug/hello" | grep -q "Hello from Go" || bench_fail "the built hello does not greet"

# The no-op build must not start `go` (and a build after touching main.go must, so the check can see one).
bench_check_noop_starts_no_go "$hello" main.go

a="cd '$hello' && dotnet build >>'$BENCH_WS/logs/hello-noop.log' 2>&1"
b="cd '$empty' && dotnet build >>'$BENCH_WS/logs/empty-noop.log' 2>&1"
bench_log "warm-up: 2 untimed rounds"
bench_round true "$a" true "$b" >/dev/null
bench_round true "$a" true "$b" >/dev/null

machine="$(bench_describe_machine)"
bench_compare noop "$runs" "no-op dotnet build, $project_name" true "$a" "no-op dotnet build, empty NoTargets" true "$b"

# The same no-op build of each, once more, with MSBuild's own accounting of where the time went.
(cd "$hello" && bench_run "$BENCH_WS/logs/hello-perf.log" dotnet build -clp:PerformanceSummary)
(cd "$empty" && bench_run "$BENCH_WS/logs/empty-perf.log" dotnet build -clp:PerformanceSummary)
perf_evaluation() { grep -m1 -A1 'Project Evaluation Performance Summary' "$1" | tail -n1 | awk '{ print $1 " ms in " $(NF-1) " evaluations" }'; }
echo "  evaluation: hello $(perf_evaluation "$BENCH_WS/logs/hello-perf.log"), empty $(perf_evaluation "$BENCH_WS/logs/empty-perf.log")"
echo "  Go.Sdk's targets, then tasks, in one no-op build of hello (MSBuild -clp:PerformanceSummary):"
go_names='^ +[0-9]+ ms +(_?Go[A-Za-z]*|ResolveGoToolchain) '
sed -n '/^Target Performance Summary/,/^Task Performance Summary/p' "$BENCH_WS/logs/hello-perf.log" | grep -E "$go_names" | sed 's/^ */    /'
sed -n '/^Task Performance Summary/,$p' "$BENCH_WS/logs/hello-perf.log" | grep -E "$go_names" | sed 's/^ */    /'
echo "  go processes: $BENCH_GO_CHECK"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"

bench_check_target "$target"
