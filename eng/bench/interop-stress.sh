#!/usr/bin/env bash
# C# calling Go under load (docs/mixed-language.md#signals), on samples/mixed with its app replaced by
# eng/bench/interop-stress (GoStress.cs: threads calling the Go library, optionally a thread forcing GCs):
#
# 1. Call rate: calls per second of Add from 4 threads (no GC thread), through the library as Go.Sdk builds it
#    (with the signal guard) against the same library built with GoSignalGuard=false, in interleaved rounds.
#    The ratio guarded/unguarded should be at least 0.95.
# 2. Long stress: the guarded app with 4 calling threads and the GC thread, GOSDK_BENCH_STRESS_RUNS runs of
#    GOSDK_BENCH_STRESS_SECONDS seconds; every run must exit 0. The integration tests run 3 x 20 s.
#
# Usage, from anywhere:  eng/bench/interop-stress.sh
#   GOSDK_BENCH_RUNS=5              call-rate rounds (each: one guarded and one unguarded run)
#   GOSDK_BENCH_RATE_SECONDS=5      seconds of each call-rate run
#   GOSDK_BENCH_STRESS_RUNS=5       long stress runs
#   GOSDK_BENCH_STRESS_SECONDS=60   seconds of each long stress run
#   GOSDK_BENCH_KEEP=1              keep the temp workspace
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-5}"
rate_seconds="${GOSDK_BENCH_RATE_SECONDS:-5}"
stress_runs="${GOSDK_BENCH_STRESS_RUNS:-5}"
stress_seconds="${GOSDK_BENCH_STRESS_SECONDS:-60}"

bench_create_workspace interop
bench_pack_go_sdk
mixed="$BENCH_WS/mixed"
mkdir -p "$mixed"
cp -R "$BENCH_REPO_ROOT/samples/mixed/golib" "$BENCH_REPO_ROOT/samples/mixed/app" "$mixed/"
rm -rf "$mixed"/*/bin "$mixed"/*/obj
cp "$BENCH_REPO_ROOT/eng/bench/interop-stress/Program.cs" "$BENCH_REPO_ROOT/eng/bench/interop-stress/GoStress.cs" "$mixed/app/"
sed -i "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" "$mixed/golib/golib.goproj"
grep -q "Go.Sdk/$BENCH_GO_SDK_VERSION" "$mixed/golib/golib.goproj" || bench_fail "could not pin the Go.Sdk version in golib.goproj"

bench_log "building the app with the library as Go.Sdk builds it, then the library with GoSignalGuard=false"
bench_run "$BENCH_WS/logs/build-guarded.log" dotnet build "$mixed/app/app.csproj" -c Release
guarded="$BENCH_WS/guarded"
unguarded="$BENCH_WS/unguarded"
cp -R "$mixed/app/bin/Release/net10.0" "$guarded"
cp -R "$mixed/app/bin/Release/net10.0" "$unguarded"
bench_run "$BENCH_WS/logs/build-unguarded.log" dotnet build "$mixed/golib/golib.goproj" -c Release -p:GoSignalGuard=false
cp "$mixed/golib/bin/Release/libgolib.so" "$unguarded/libgolib.so"
cmp -s "$guarded/libgolib.so" "$unguarded/libgolib.so" && bench_fail "the two libraries are the same file"

# calls_per_second APP SECONDS MODE: runs the app and prints its calls per second.
calls_per_second() {
  local out
  out="$("$1/app" "$2" 4 "$3")" || bench_fail "$1/app $2 4 $3 exited with $?"
  echo "$out" | sed -n 's/^calls=\([0-9]*\) .*/\1/p' | awk -v s="$2" '{ printf "%.0f\n", $1 / s }'
}

bench_log "call rate: $runs rounds of ${rate_seconds} s, Add from 4 threads, guarded then unguarded"
calls_per_second "$guarded" 1 add >/dev/null
calls_per_second "$unguarded" 1 add >/dev/null
rates="$BENCH_WS/rates.txt"
: >"$rates"
for round in $(seq 1 "$runs"); do
  g=$(calls_per_second "$guarded" "$rate_seconds" add)
  u=$(calls_per_second "$unguarded" "$rate_seconds" add)
  echo "$g $u" >>"$rates"
  bench_log "round $round: guarded $g calls/s, unguarded $u calls/s"
done
median_guarded=$(awk '{ print $1 }' "$rates" | bench_median)
median_unguarded=$(awk '{ print $2 }' "$rates" | bench_median)
ratio=$(awk -v g="$median_guarded" -v u="$median_unguarded" 'BEGIN { printf "%.3f", g / u }')

bench_log "long stress: $stress_runs runs of ${stress_seconds} s, 4 threads calling Go and a thread forcing GCs"
failed=0
stress_lines=""
for run in $(seq 1 "$stress_runs"); do
  status=0
  out="$("$guarded/app" "$stress_seconds" 4 gc 2>&1)" || status=$?
  [ "$status" = 0 ] || failed=$((failed + 1))
  stress_lines="$stress_lines  run $run: exit $status, $(echo "$out" | sed -n 's/^\(calls=[0-9]*\).*/\1/p')"$'\n'
  bench_log "stress run $run: exit $status"
done

echo "interop call rate (Add from 4 threads, no GC thread), median of $runs rounds of ${rate_seconds} s:"
echo "  with the signal guard:    $median_guarded calls/s"
echo "  without (GoSignalGuard=false): $median_unguarded calls/s"
echo "  ratio guarded/unguarded: $ratio (target >= 0.95)"
echo "long stress ($stress_runs x ${stress_seconds} s, 4 threads + GC thread, guarded): $((stress_runs - failed)) of $stress_runs finished"
printf '%s' "$stress_lines"
echo "  machine: $(bench_describe_machine)"
[ "$failed" = 0 ] || exit 1
