#!/usr/bin/env bash
# A library module (no main package, 20 packages): what a .goproj beside its go.mod costs.
#
#   library-noop: a `dotnet build` with nothing changed, against the same of an empty
#         Microsoft.Build.NoTargets/3.7.0 project (netstandard2.0), the floor any project built by Microsoft.NET.Sdk
#         pays; the no-op build must start no `go` process (strace; without it, the -v:d log). Target: 1.10.
#   library-cold: a `dotnet build` from nothing (no obj/ or bin/, empty Go build cache) — which compiles every
#         package for the host and vets them with their tests — against typing `go build ./... && go vet ./...` in
#         the module with an equally empty cache. Target: 1.10.
#
# The module is generated: 20 packages in a chain of imports (p01 imports p00, …), each with a source file and a
# table-driven test, and a root package importing the last one: the shape of a small shared-library repository.
#
# Usage, from anywhere:  eng/bench/library-build.sh
#   GOSDK_BENCH_RUNS=15        interleaved rounds of the no-op comparison
#   GOSDK_BENCH_COLD_RUNS=3    interleaved rounds of the cold comparison
#   GOSDK_BENCH_STRICT=1       exit with 3 when a ratio is above its target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs) for a look afterwards
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-15}"
cold_runs="${GOSDK_BENCH_COLD_RUNS:-3}"

bench_create_workspace library
bench_pack_go_sdk
lib="$BENCH_WS/lib"
empty="$BENCH_WS/empty"
raw="$BENCH_WS/raw"
mkdir -p "$lib" "$empty" "$raw"

# write_library DIR: the generated module, without a project file.
write_library() {
  local dir="$1" i p prev
  printf 'module example.com/lib\n\ngo 1.22\n' >"$dir/go.mod"
  for i in $(seq 0 19); do
    p=$(printf 'p%02d' "$i")
    mkdir -p "$dir/$p"
    if [ "$i" -eq 0 ]; then
      printf 'package %s\n\nimport "strings"\n\n// Value is the package contribution.\nfunc Value(s string) string { return strings.ToUpper(s) }\n' "$p" >"$dir/$p/$p.go"
    else
      prev=$(printf 'p%02d' $((i - 1)))
      printf 'package %s\n\nimport (\n\t"fmt"\n\n\t"example.com/lib/%s"\n)\n\n// Value is the package contribution.\nfunc Value(s string) string { return fmt.Sprintf("%%s-%d", %s.Value(s)) }\n' \
        "$p" "$prev" "$i" "$prev" >"$dir/$p/$p.go"
    fi
    printf 'package %s\n\nimport "testing"\n\nfunc TestValue(t *testing.T) {\n\tfor _, c := range []struct{ name, in string }{{"empty", ""}, {"word", "go"}} {\n\t\tt.Run(c.name, func(t *testing.T) {\n\t\t\tif Value(c.in) == "?" {\n\t\t\t\tt.Fatal("?")\n\t\t\t}\n\t\t})\n\t}\n}\n' \
      "$p" >"$dir/$p/${p}_test.go"
  done
  printf 'package lib\n\nimport "example.com/lib/p19"\n\n// All is every package contribution.\nfunc All(s string) string { return p19.Value(s) }\n' >"$dir/lib.go"
}

write_library "$lib"
write_library "$raw"
printf '<Project Sdk="Go.Sdk/%s">\n  <PropertyGroup>\n    <GoVersion>1.22.12</GoVersion>\n  </PropertyGroup>\n</Project>\n' \
  "$BENCH_GO_SDK_VERSION" >"$lib/lib.goproj"
printf '<Project Sdk="Microsoft.Build.NoTargets/3.7.0">\n  <PropertyGroup>\n    <TargetFramework>netstandard2.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n' \
  >"$empty/empty.proj"

bench_log "first (full) builds"
(cd "$lib" && bench_run "$BENCH_WS/logs/lib-first-build.log" dotnet build -v:d)
(cd "$empty" && bench_run "$BENCH_WS/logs/empty-first-build.log" dotnet build)
grep -qE '/bin/go build -o /dev/null .* \./\.\.\.$' "$BENCH_WS/logs/lib-first-build.log" \
  || bench_fail "the library was not built as ./... (log: $BENCH_WS/logs/lib-first-build.log)"
go_root=$(sed -n 's/^ *GOROOT=//p' "$BENCH_WS/logs/lib-first-build.log" | head -n1)
[ -n "$go_root" ] || bench_fail "no GOROOT logged in $BENCH_WS/logs/lib-first-build.log"

# The no-op build must not start `go`; a build after touching a source file must (so the check can see one).
bench_check_noop_starts_no_go "$lib" p07/p07.go

a="cd '$lib' && dotnet build >>'$BENCH_WS/logs/lib-noop.log' 2>&1"
b="cd '$empty' && dotnet build >>'$BENCH_WS/logs/empty-noop.log' 2>&1"
bench_log "warm-up: 2 untimed rounds"
bench_round true "$a" true "$b" >/dev/null
bench_round true "$a" true "$b" >/dev/null

machine="$(bench_describe_machine)"
bench_compare library-noop "$runs" "no-op dotnet build, 20-package library" true "$a" "no-op dotnet build, empty NoTargets" true "$b"
echo "  go processes: $BENCH_GO_CHECK"
bench_check_target 1.10

# Cold: both sides start from an empty Go build cache; the raw side is what a Go developer types.
empty_go_cache="rm -rf '$GOCACHE' && mkdir -p '$GOCACHE'"
prepare_a="rm -rf '$lib/obj' '$lib/bin' && $empty_go_cache"
a="cd '$lib' && dotnet build >>'$BENCH_WS/logs/lib-cold.log' 2>&1"
b="cd '$raw' && export GOTOOLCHAIN=local PATH='$go_root/bin':\"\$PATH\" && go build ./... && go vet ./... >>'$BENCH_WS/logs/raw-cold.log' 2>&1"
bench_log "cold: warm-up, 1 untimed round"
bench_round "$prepare_a" "$a" "$empty_go_cache" "$b" >/dev/null
bench_compare library-cold "$cold_runs" "cold dotnet build, 20-package library" "$prepare_a" "$a" \
  "cold go build ./... && go vet ./..." "$empty_go_cache" "$b"
bench_check_target 1.10
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
