#!/usr/bin/env bash
# C# bindings (#17, docs/mixed-language.md#bindings): what the generated C# API of a Go library costs per call, and
# what generating it costs a build. eng/bench/bindings/ holds one c-shared Go library, benchlib, with both sides in
# the same libbenchlib.so (bound.go: //gosdk:export Add and Echo, called as benchlib.Exports.Add/Echo through the
# generated wrappers; handwritten.go: //export HandAdd, HandEcho, HandFreeString in the shape the earlier
# samples/mixed used, called through [LibraryImport] in app/HandWritten.cs), and one C# console app (net10.0) that
# references it with a plain ProjectReference.
#
# 1. Per-call cost, in one process (app/Program.cs, Release): Add(int, int) and a 64-byte string round trip (Echo),
#    generated vs hand-written, GOSDK_BENCH_RUNS rounds after warm-up, each round 20 slices alternating the sides;
#    ns/call of each, the ratio of the medians and the median of the rounds' ratios. Targets: Add <= 1.10, Echo
#    <= 1.25. Measured for each Go version in GOSDK_BENCH_GO_VERSIONS, on a worker thread, and briefly on the main
#    thread (Go 1.22 makes a call from the main thread far slower: see the app's header).
# 2. Build cost (Debug, `dotnet build` of the app as typed, first Go version): the same app and library copied twice,
#    once with GoBindings=false (a Directory.Build.props; the app then compiles only its hand-written side):
#    - no-op build: 0 `go` processes (strace, else the -v:d log), and the no-op time with vs without bindings;
#    - incremental build after an edit inside a Go function body (not the API), with vs without bindings; and
#      the time of the _GoGenerateBindings target and GenerateGoBindings task (-clp:PerformanceSummary) in such
#      builds and in no-op builds. Target: generation adds <= 0.1 s to the incremental build, nothing to a no-op.
#
# Usage, from anywhere:  eng/bench/bindings.sh
#   GOSDK_BENCH_RUNS=11                  in-process rounds of each call benchmark
#   GOSDK_BENCH_ADD_CALLS=2000000        Add calls per side per round
#   GOSDK_BENCH_ECHO_CALLS=500000        Echo calls per side per round
#   GOSDK_BENCH_GO_VERSIONS="1.22.12 1.24.4"   GoVersion of the library, one call benchmark each (the first also
#                                        for the build benchmarks; 1.22.12 is what the samples pin)
#   GOSDK_BENCH_MAIN_THREAD_CALLS=2000   calls per side per round on the main thread (3 rounds); 0 skips it
#   GOSDK_BENCH_BUILD_RUNS=7             interleaved rounds of the no-op and incremental builds
#   GOSDK_BENCH_PERF_RUNS=5              edited and no-op builds with -clp:PerformanceSummary
#   GOSDK_BENCH_SKIP_BUILDS=1            only the call benchmarks
#   GOSDK_BENCH_SKIP_CALLS=1             only the build benchmarks
#   GOSDK_BENCH_STRICT=1                 exit with 3 when a call ratio is above its target
#   GOSDK_BENCH_KEEP=1                   keep the temp workspace (logs)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-11}"
add_calls="${GOSDK_BENCH_ADD_CALLS:-2000000}"
echo_calls="${GOSDK_BENCH_ECHO_CALLS:-500000}"
read -r -a go_versions <<<"${GOSDK_BENCH_GO_VERSIONS:-1.22.12 1.24.4}"
main_thread_calls="${GOSDK_BENCH_MAIN_THREAD_CALLS:-2000}"
build_runs="${GOSDK_BENCH_BUILD_RUNS:-7}"
perf_runs="${GOSDK_BENCH_PERF_RUNS:-5}"
load() { cut -d' ' -f1-3 /proc/loadavg; }

bench_create_workspace bindings
bench_pack_go_sdk
with="$BENCH_WS/with"
without="$BENCH_WS/without"
for copy in "$with" "$without"; do
  mkdir -p "$copy"
  cp -R "$BENCH_REPO_ROOT/eng/bench/bindings/." "$copy/"
  rm -rf "$copy"/*/bin "$copy"/*/obj
  sed -i "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" "$copy/benchlib/benchlib.goproj"
  grep -q "Go.Sdk/$BENCH_GO_SDK_VERSION" "$copy/benchlib/benchlib.goproj" || bench_fail "could not pin the Go.Sdk version in $copy/benchlib/benchlib.goproj"
done
# GoBindings=false for both projects of the copy: the library generates nothing, the app defines WITHOUT_BINDINGS.
cat >"$without/Directory.Build.props" <<'XML'
<Project>
  <PropertyGroup>
    <GoBindings>false</GoBindings>
  </PropertyGroup>
</Project>
XML
set_go_version() {
  sed -i -E "s|<GoVersion>[^<]*</GoVersion>|<GoVersion>$2</GoVersion>|" "$1/benchlib/benchlib.goproj"
}

# ---- 1. per-call cost ------------------------------------------------------------------------------------------
results="$BENCH_WS/results-bindings-calls.tsv"
printf 'go\tthread\tbenchmark\tgenerated_ns\thand_written_ns\tratio_of_medians\tmedian_round_ratio\tload_before\tload_after\n' >"$results"
call_summary=""
above_target=0
call_versions=("${go_versions[@]}")
[ "${GOSDK_BENCH_SKIP_CALLS:-0}" = "1" ] && call_versions=()
for go_version in "${call_versions[@]}"; do
  set_go_version "$with" "$go_version"
  bench_log "Go $go_version: building the app and the library (Release)"
  (cd "$with/app" && bench_run "$BENCH_WS/logs/release-build-$go_version.log" dotnet build -c Release)
  app="$with/app/bin/Release/net10.0/app"
  built_with=$(strings "$with/app/bin/Release/net10.0/libbenchlib.so" | grep -m1 -E '^go1\.[0-9]+(\.[0-9]+)?$' || true)
  [ "$built_with" = "go$go_version" ] || bench_fail "libbenchlib.so was built with '$built_with', not go$go_version"

  threads=(worker)
  [ "$main_thread_calls" != "0" ] && threads+=(main)
  for thread in "${threads[@]}"; do
    if [ "$thread" = worker ]; then args=("$runs" "$add_calls" "$echo_calls" worker); else args=(3 "$main_thread_calls" "$main_thread_calls" main); fi
    log="$BENCH_WS/logs/calls-$go_version-$thread.log"
    before=$(load)
    bench_log "Go $go_version, $thread thread: app ${args[*]} (load $before)"
    bench_run "$log" "$app" "${args[@]}"
    after=$(load)
    sed -n '/^RESULT/!p' "$log" | sed 's/^/    /' >&2
    while read -r _ name generated hand ratio round_ratio; do
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$go_version" "$thread" "$name" "$generated" "$hand" "$ratio" "$round_ratio" "$before" "$after" >>"$results"
      target=1.10
      [ "$name" = echo ] && target=1.25
      verdict="within target <= $target"
      if awk -v r="$ratio" -v t="$target" 'BEGIN { exit !(r > t) }'; then
        verdict="ABOVE TARGET $target"
        [ "$thread" = worker ] && above_target=1
      fi
      [ "$thread" = main ] && verdict="(main thread: for information)"
      call_summary+=$(printf '  Go %-8s %-6s %-5s generated %9s ns  hand-written %9s ns  ratio %s (rounds %s)  %s  load %s -> %s' \
        "$go_version" "$thread" "$name" "$generated" "$hand" "$ratio" "$round_ratio" "$verdict" "$before" "$after")$'\n'
    done < <(grep '^RESULT' "$log")
  done
done

echo
echo "== per-call cost: generated benchlib.Exports vs hand-written [LibraryImport], median ns/call of $runs rounds (worker thread), 3 rounds (main thread) =="
printf '%s' "$call_summary"
echo "  machine: $(bench_describe_machine)"

if [ "${GOSDK_BENCH_SKIP_BUILDS:-0}" = "1" ]; then
  [ "$above_target" = 1 ] && [ "${GOSDK_BENCH_STRICT:-0}" = "1" ] && exit 3
  exit 0
fi

# ---- 2. build cost ---------------------------------------------------------------------------------------------
set_go_version "$with" "${go_versions[0]}"
set_go_version "$without" "${go_versions[0]}"
bench_log "first (full) Debug builds, with and without bindings (Go ${go_versions[0]})"
(cd "$with/app" && bench_run "$BENCH_WS/logs/with-first-build.log" dotnet build)
(cd "$without/app" && bench_run "$BENCH_WS/logs/without-first-build.log" dotnet build)
[ -f "$with/app/bin/Debug/net10.0/benchlib.Bindings.dll" ] || bench_fail "the app with bindings has no benchlib.Bindings.dll"
[ -e "$without/app/bin/Debug/net10.0/benchlib.Bindings.dll" ] && bench_fail "the app without bindings has a benchlib.Bindings.dll"
"$without/app/bin/Debug/net10.0/app" | grep -q "built without bindings" || bench_fail "the app without bindings did not run"

# edit COPY: a change of code inside Add's body (`_ = <a new number>`); the library's API stays the same. (Go.Sdk's
# inputs hash does not see a change inside a comment, so a comment edit would not show the generation's cost.)
edit() { printf 'sed -i -E "s|^\\t_ = [0-9]+\\$|\\t_ = $(date +%%s%%N)|" %q' "$1/benchlib/bound.go"; }

# No-op: no go process, with or without bindings (strace of every execve, node reuse off for these builds only).
go_check=""
for copy in "$with" "$without"; do
  side=$(basename "$copy")
  if command -v strace >/dev/null 2>&1; then
    no_op_go=$(cd "$copy/app" && bench_count_go_processes "$BENCH_WS/logs/strace-noop-$side.log" dotnet build -nodeReuse:false)
    before_edit=$(sha256sum <"$copy/benchlib/bound.go")
    bash -c "$(edit "$copy")"
    [ "$(sha256sum <"$copy/benchlib/bound.go")" != "$before_edit" ] || bench_fail "the edit did not change $copy/benchlib/bound.go"
    edited_go=$(cd "$copy/app" && bench_count_go_processes "$BENCH_WS/logs/strace-edited-$side.log" dotnet build -nodeReuse:false)
    [ "$edited_go" -ge 1 ] || bench_fail "strace saw no go process even after an edit ($side); the check cannot be trusted"
    go_check+="$side bindings: no-op $no_op_go go process(es), after an edit $edited_go (strace); "
  else
    (cd "$copy/app" && bench_run "$BENCH_WS/logs/noop-detailed-$side.log" dotnet build -v:d)
    no_op_go=$(grep -cE '^ +/[^ ]*/bin/go(\.exe)? ' "$BENCH_WS/logs/noop-detailed-$side.log" || true)
    go_check+="$side bindings: no-op $no_op_go go command line(s) in the -v:d log; "
  fi
  [ "$no_op_go" -eq 0 ] || bench_fail "a no-op build ($side bindings) started go"
done
bench_log "$go_check"

a="cd '$with/app' && dotnet build >>'$BENCH_WS/logs/with-noop.log' 2>&1"
b="cd '$without/app' && dotnet build >>'$BENCH_WS/logs/without-noop.log' 2>&1"
bench_log "no-op warm-up: 2 untimed rounds"
bench_round true "$a" true "$b" >/dev/null
bench_round true "$a" true "$b" >/dev/null
noop_load_before=$(load)
bench_compare bindings-noop "$build_runs" "no-op dotnet build, app + library, GoBindings=true" true "$a" \
  "no-op dotnet build, app + library, GoBindings=false" true "$b"
noop_ratio="$BENCH_RATIO"
noop_load_after=$(load)

a="cd '$with/app' && dotnet build >>'$BENCH_WS/logs/with-edit.log' 2>&1"
b="cd '$without/app' && dotnet build >>'$BENCH_WS/logs/without-edit.log' 2>&1"
bench_log "incremental warm-up: 1 untimed round"
bench_round "$(edit "$with")" "$a" "$(edit "$without")" "$b" >/dev/null
edit_load_before=$(load)
bench_compare bindings-edit "$build_runs" "dotnet build after a body edit, GoBindings=true" "$(edit "$with")" "$a" \
  "dotnet build after a body edit, GoBindings=false" "$(edit "$without")" "$b"
edit_ratio="$BENCH_RATIO"
edit_load_after=$(load)
edit_difference=$(awk -F'\t' 'NR == 2 { printf "%+.3f", $3 - $4 }' "$BENCH_WS/results-bindings-edit.tsv")
noop_difference=$(awk -F'\t' 'NR == 2 { printf "%+.3f", $3 - $4 }' "$BENCH_WS/results-bindings-noop.tsv")

# What an edit rebuilds with bindings: the generated files are not rewritten, so the bindings assembly and the app's
# C# are not compiled again (the -v:d log says which targets were skipped).
api_mtime_before=$(stat -c %y "$with/benchlib/obj/Debug/bindings/Exports.g.cs")
bash -c "$(edit "$with")"
(cd "$with/app" && bench_run "$BENCH_WS/logs/with-edit-detailed.log" dotnet build -v:d)
api_mtime_after=$(stat -c %y "$with/benchlib/obj/Debug/bindings/Exports.g.cs")
skipped() { grep -q "Skipping target \"$1\" because all output files are up-to-date" "$BENCH_WS/logs/with-edit-detailed.log" && echo skipped || echo RAN; }
rebuilt="Exports.g.cs $([ "$api_mtime_before" = "$api_mtime_after" ] && echo 'not rewritten' || echo REWRITTEN); _GoCompileBindings $(skipped _GoCompileBindings); app CoreCompile $(skipped CoreCompile); _GoBuildCore $(skipped _GoBuildCore)"
bench_log "after a body edit: $rebuilt"

# MSBuild's own accounting, in edited builds with and without bindings (interleaved) and in no-op builds with them:
# the generation itself, the header check after go build, and go build (with bindings it also compiles the wrappers).
perf_ms() { # LOG SECTION NAME: the ms MSBuild's summary gives NAME in SECTION (Target or Task), 0 when absent
  sed -n "/^$2 Performance Summary/,/Performance Summary/p" "$1" | awk -v n="$3" '$2 == "ms" && $3 == n { print $1; found = 1; exit } END { if (!found) print 0 }'
}
perf_line() { # LOG: _GoGenerateBindings GenerateGoBindings _GoCheckBindingsHeader _GoBuildCore, in ms
  echo "$(perf_ms "$1" Target _GoGenerateBindings) $(perf_ms "$1" Task GenerateGoBindings) $(perf_ms "$1" Target _GoCheckBindingsHeader) $(perf_ms "$1" Target _GoBuildCore)"
}
: >"$BENCH_WS/perf-edit-with.txt"
: >"$BENCH_WS/perf-edit-without.txt"
: >"$BENCH_WS/perf-noop-with.txt"
perf_load_before=$(load)
for ((i = 1; i <= perf_runs; i++)); do
  for copy in "$with" "$without"; do
    side=$(basename "$copy")
    bash -c "$(edit "$copy")"
    log="$BENCH_WS/logs/$side-edit-perf-$i.log"
    (cd "$copy/app" && bench_run "$log" dotnet build -clp:PerformanceSummary)
    perf_line "$log" >>"$BENCH_WS/perf-edit-$side.txt"
  done
  log="$BENCH_WS/logs/with-noop-perf-$i.log"
  (cd "$with/app" && bench_run "$log" dotnet build -clp:PerformanceSummary)
  perf_line "$log" >>"$BENCH_WS/perf-noop-with.txt"
  bench_log "  summary $i/$perf_runs (_GoGenerateBindings GenerateGoBindings _GoCheckBindingsHeader _GoBuildCore, ms): edited with $(tail -n1 "$BENCH_WS/perf-edit-with.txt"), edited without $(tail -n1 "$BENCH_WS/perf-edit-without.txt"), no-op with $(tail -n1 "$BENCH_WS/perf-noop-with.txt")"
done
perf_load_after=$(load)
column_median() { cut -d' ' -f"$2" "$1" | bench_median | awk '{ printf "%.0f", $1 }'; }
column_all() { cut -d' ' -f"$2" "$1" | paste -sd, -; }
perf_summary() { # FILE: one line of medians (and every value)
  printf '_GoGenerateBindings %s ms (%s), GenerateGoBindings task %s ms, _GoCheckBindingsHeader %s ms (%s), _GoBuildCore %s ms (%s)' \
    "$(column_median "$1" 1)" "$(column_all "$1" 1)" "$(column_median "$1" 2)" "$(column_median "$1" 3)" "$(column_all "$1" 3)" \
    "$(column_median "$1" 4)" "$(column_all "$1" 4)"
}

echo
echo "== bindings generation in the build (Debug, Go ${go_versions[0]}) =="
echo "  no-op go processes: $go_check"
echo "  no-op build, with vs without bindings: ratio $noop_ratio, difference of the medians $noop_difference s, $build_runs rounds, load $noop_load_before -> $noop_load_after"
echo "  build after a body edit, with vs without bindings: ratio $edit_ratio, difference of the medians $edit_difference s, $build_runs rounds, load $edit_load_before -> $edit_load_after"
echo "  after a body edit: $rebuilt"
echo "  -clp:PerformanceSummary, median of $perf_runs builds each (load $perf_load_before -> $perf_load_after):"
echo "    edited, with bindings:    $(perf_summary "$BENCH_WS/perf-edit-with.txt")"
echo "    edited, without bindings: $(perf_summary "$BENCH_WS/perf-edit-without.txt")"
echo "    no-op, with bindings:     $(perf_summary "$BENCH_WS/perf-noop-with.txt")"
echo "    target: generation adds <= 100 ms to an incremental build, nothing to a no-op build"
echo "  machine: $(bench_describe_machine)"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
[ "$above_target" = 1 ] && [ "${GOSDK_BENCH_STRICT:-0}" = "1" ] && exit 3
exit 0
