#!/usr/bin/env bash
# `dotnet test` of samples/testing in Microsoft.Testing.Platform mode (global.json "test.runner") against the same
# `dotnet test` in the classic (VSTest) mode, warm: both copies built and tested once first, so each timed run is
# what a developer repeats (build up to date, go test's cache for the passing packages, the failing ones rerun).
# The sample fails on purpose: the classic run must exit with 1, the MTP run with 2 (failed tests); anything else
# stops the benchmark. GoTestTimeout=5s on both sides, so the sample's hanging test costs 5 s, not 30 s.
#
# Usage, from anywhere:  eng/bench/mtp-test.sh
#   GOSDK_BENCH_RUNS=5         interleaved rounds (each round: one run of each mode)
#   GOSDK_BENCH_TARGET=1.1     ratio (MTP / classic) to stay within
#   GOSDK_BENCH_STRICT=1       exit with 3 when the ratio is above the target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs) for a look afterwards
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-5}"
target="${GOSDK_BENCH_TARGET:-1.1}"

bench_create_workspace mtp-test
bench_pack_go_sdk
for mode in classic mtp; do
  mkdir -p "$BENCH_WS/$mode"
  cp -R "$BENCH_REPO_ROOT/samples/testing" "$BENCH_WS/$mode/"
  rm -rf "$BENCH_WS/$mode/testing/bin" "$BENCH_WS/$mode/testing/obj" "$BENCH_WS/$mode/testing/TestResults"
  sed -i "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" "$BENCH_WS/$mode/testing/testing.goproj"
  grep -q "Go.Sdk/$BENCH_GO_SDK_VERSION" "$BENCH_WS/$mode/testing/testing.goproj" || bench_fail "could not pin the Go.Sdk version"
done
echo '{ }' >"$BENCH_WS/classic/global.json"
echo '{ "test": { "runner": "Microsoft.Testing.Platform" } }' >"$BENCH_WS/mtp/global.json"

# A run passes when it fails as the sample should: 1 in the classic mode, 2 (failed tests) in MTP mode.
a="cd '$BENCH_WS/mtp' && { dotnet test --project testing/testing.goproj -p:GoTestTimeout=5s >>'$BENCH_WS/logs/mtp.log' 2>&1; test \$? -eq 2; }"
b="cd '$BENCH_WS/classic' && { dotnet test testing/testing.goproj -p:GoTestTimeout=5s >>'$BENCH_WS/logs/classic.log' 2>&1; test \$? -eq 1; }"

bench_log "first runs (build, restore, go test's first compile)"
bash -c "$a" || bench_fail "the MTP-mode run did not fail with exit code 2 (log: $BENCH_WS/logs/mtp.log)"
bash -c "$b" || bench_fail "the classic run did not fail with exit code 1 (log: $BENCH_WS/logs/classic.log)"
grep -q "total: 22" "$BENCH_WS/logs/mtp.log" || bench_fail "the MTP-mode run did not count the sample's 22 tests"
grep -q "Total:    22" "$BENCH_WS/logs/classic.log" || bench_fail "the classic run did not count the sample's 22 tests"
bench_log "warm-up: 1 untimed round"
bench_round true "$a" true "$b" >/dev/null

bench_compare mtp-test "$runs" "dotnet test, MTP mode (test host)" true "$a" "dotnet test, classic mode (VSTest target)" true "$b"
echo "  machine: $(bench_describe_machine)"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_check_target "$target"
