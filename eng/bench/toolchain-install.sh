#!/usr/bin/env bash
# Toolchain install: what Go.Sdk's acquisition (download, SHA-256 verification, safe extraction, atomic move into
# the cache) costs against the shell one-liner that does the same with no safety at all,
#   curl -s URL | tee >(sha256sum) | tar -xz
# from the same loopback mirror (python3 -m http.server on 127.0.0.1, serving Debian's Go 1.21.13 repacked as an
# official archive, as the integration tests do).
#
# Acquisition alone is measured as the difference of two commands in the same round:
#   cold = `dotnet msbuild -t:GoResolveToolchain` with an empty GoSdkHome (resolve + download + verify + install)
#   warm = the same command with the toolchain cached (resolve only: dotnet start-up, evaluation, cache check)
# so MSBuild's own start-up cancels out. Then:
#   - warm resolution inside a build: _GoResolveToolchain (+ _GoAcquireToolchain, skipped when cached) from
#     -clp:PerformanceSummary of a no-op `dotnet build`;
#   - 8 concurrent cold `dotnet msbuild -t:GoResolveToolchain` sharing one empty GoSdkHome: how many downloads the
#     mirror served (must be 1) and the wall time, against one cold command.
#
# Usage, from anywhere:  eng/bench/toolchain-install.sh
#   GOSDK_BENCH_RUNS=7         interleaved rounds (each: one cold, one warm, one curl | tar)
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs) for a look afterwards
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-7}"
version=1.21.13
platform="go$version.linux-amd64"
[ -x /usr/lib/go-1.21/bin/go ] || bench_fail "needs Go $version at /usr/lib/go-1.21 (eng/install-prerequisites.sh)"
command -v python3 >/dev/null || bench_fail "needs python3 for the loopback mirror"

bench_create_workspace toolchain
bench_pack_go_sdk
hello="$BENCH_WS/hello"
bench_copy_hello "$hello"
# samples/hello asks for Go 1.22; the mirror serves 1.21, so the copy's go.mod must accept it for the build below.
sed -i 's/^go 1\.[0-9.]*$/go 1.21/' "$hello/go.mod"

# The mirror: the official archive shape (every entry under go/, links dereferenced), with the bench's own checksum.
mirror="$BENCH_WS/mirror"
mkdir -p "$mirror"
bench_log "repacking /usr/lib/go-1.21 as $platform.tar.gz"
tar -C /usr/lib -h -cf - --transform 's,^go-1.21,go,' go-1.21 | gzip -6 >"$mirror/$platform.tar.gz"
archive_size=$(stat -c %s "$mirror/$platform.tar.gz")
echo "$(sha256sum <"$mirror/$platform.tar.gz" | cut -d' ' -f1)  $platform.tar.gz" >"$BENCH_WS/checksums.sha256"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$mirror" "$port" >"$BENCH_WS/logs/mirror.log" 2>&1 &
mirror_pid=$!
trap 'kill $mirror_pid 2>/dev/null; chmod -R u+w "$BENCH_WS" 2>/dev/null; [ "${GOSDK_BENCH_KEEP:-0}" = "1" ] || rm -rf "$BENCH_WS"' EXIT
url="http://127.0.0.1:$port/$platform.tar.gz"
for _ in $(seq 50); do curl -sf -o /dev/null -r 0-0 "$url" && break; sleep 0.1; done

properties="-p:GoVersion=$version -p:GoUseHostToolchain=false -p:GoToolchainMirror=http://127.0.0.1:$port/ -p:GoToolchainChecksums=$BENCH_WS/checksums.sha256"
resolve() { # resolve HOME LOG: the acquisition alone, no restore (a restore would acquire too)
  echo "cd '$hello' && GOSDK_HOME='$1' dotnet msbuild -nologo -t:GoResolveToolchain $properties >>'$2' 2>&1"
}
home="$BENCH_WS/home"
cold="$(resolve "$home" "$BENCH_WS/logs/cold.log")"
warm="$(resolve "$home" "$BENCH_WS/logs/warm.log")"
extracted="$BENCH_WS/curl-tar"
shell="curl -s '$url' | tee >(sha256sum >'$BENCH_WS/curl.sha256') | tar -xz -C '$extracted'"

bench_log "warm-up: 1 untimed round"
rm -rf "$home"; bash -c "$cold" || bench_fail "cold resolve (log: $BENCH_WS/logs/cold.log)"
grep -q "installed at $home/toolchains/$platform" "$BENCH_WS/logs/cold.log" || bench_fail "the cold resolve did not install $platform"
bash -c "$warm" || bench_fail "warm resolve"
rm -rf "$extracted" && mkdir -p "$extracted" && bash -c "$shell" || bench_fail "$shell"

machine="$(bench_describe_machine)"
bench_log "install: $runs interleaved rounds of cold, warm, curl | tee | tar ($(numfmt --to=si "$archive_size")B archive)"
times="$BENCH_WS/times-install.txt"
: >"$times"
for ((i = 1; i <= runs; i++)); do
  rm -rf "$home"
  t_cold=$(bench_time_command "$cold")
  t_warm=$(bench_time_command "$warm")
  rm -rf "$extracted" && mkdir -p "$extracted"
  t_shell=$(bench_time_command "$shell")
  echo "$t_cold $t_warm $t_shell" >>"$times"
  bench_log "  round $i/$runs: cold $t_cold s, warm $t_warm s, acquisition $(awk -v c="$t_cold" -v w="$t_warm" 'BEGIN { printf "%.3f", c - w }') s, curl|tar $t_shell s"
done
median_cold=$(cut -d' ' -f1 "$times" | bench_median)
median_warm=$(cut -d' ' -f2 "$times" | bench_median)
median_acquisition=$(awk '{ print $1 - $2 }' "$times" | bench_median)
median_shell=$(cut -d' ' -f3 "$times" | bench_median)
ratio=$(awk -v a="$median_acquisition" -v b="$median_shell" 'BEGIN { printf "%.2f\n", a / b }')
round_ratio=$(awk '{ print ($1 - $2) / $3 }' "$times" | bench_median | awk '{ printf "%.2f\n", $1 }')

# Warm resolution inside a build: a no-op build of the project whose toolchain is cached.
bench_log "warm resolution inside a build (-clp:PerformanceSummary)"
summary="$BENCH_WS/logs/warm-build-summary.log"
(cd "$hello" && GOSDK_HOME="$home" bench_run "$BENCH_WS/logs/warm-build-first.log" dotnet build $properties)
(cd "$hello" && GOSDK_HOME="$home" bench_run "$summary" dotnet build $properties -clp:PerformanceSummary)
# Summary lines read "<ms> ms  <target>  <n> calls"; a target that ran in the restore too is listed with 2 calls.
target_ms() { awk -v t="$1" '$2 == "ms" && $3 == t { ms = $1; calls = $4 } END { printf "%s\t%s\n", ms + 0, calls + 0 }' "$summary"; }
IFS=$'\t' read -r resolve_ms resolve_calls < <(target_ms _GoResolveToolchain)
IFS=$'\t' read -r acquire_ms acquire_calls < <(target_ms _GoAcquireToolchain)
warm_ms=$(awk -v a="$resolve_ms" -v b="$acquire_ms" 'BEGIN { printf "%.0f\n", a + b }')

# 8 concurrent cold resolves sharing one empty GoSdkHome. Each group runs in a subshell that ends with `times`, so
# besides its wall time we learn the CPU time (user + system) its commands used: with that, the CPU floor below says
# how fast 8 builds could possibly finish on this machine's cores, whatever Go.Sdk does.
resolve_group() { # <count> <GoSdkHome> <log prefix>: prints "<wall s> <cpu s>"
  local start pids=() n
  start=$(date +%s%N)
  for n in $(seq "$1"); do
    bash -c "$(resolve "$2" "$BENCH_WS/logs/$3-$n.log")" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || return 1; done
  # `times` prints the shell's own times, then its children's as "<m>m<s>s <m>m<s>s" (user, system). It must run in
  # this shell, not in a pipeline's subshell, which has no children of its own.
  times >"$BENCH_WS/times-$3.txt"
  awk -v ns=$(($(date +%s%N) - start)) -F'[ ms]+' 'NR == 2 { printf "%.3f %.3f\n", ns / 1e9, $1 * 60 + $2 + $3 * 60 + $4 }' "$BENCH_WS/times-$3.txt"
}
bench_log "8 concurrent cold resolves sharing one GoSdkHome"
shared="$BENCH_WS/shared-home"
rm -rf "$shared"
requests_before=$(grep -c "GET /$platform.tar.gz" "$BENCH_WS/logs/mirror.log" || true)
read -r concurrent_s concurrent_cpu < <(resolve_group 8 "$shared" concurrent) || bench_fail "a concurrent resolve failed (logs: $BENCH_WS/logs/concurrent-*.log)"
downloads=$(($(grep -c "GET /$platform.tar.gz" "$BENCH_WS/logs/mirror.log") - requests_before))
# The same 8 commands with the toolchain cached: what 8 MSBuild start-ups on this machine cost without any download.
read -r concurrent_warm_s concurrent_warm_cpu < <(resolve_group 8 "$shared" concurrent-warm) || bench_fail "a concurrent warm resolve failed"
# One cold and one warm resolve alone, for the CPU time of one acquisition.
rm -rf "$shared"
read -r _ one_cold_cpu < <(resolve_group 1 "$shared" one-cold) || bench_fail "a cold resolve failed"
read -r _ one_warm_cpu < <(resolve_group 1 "$shared" one-warm) || bench_fail "a warm resolve failed"
cores=$(nproc)
# No schedule finishes before all the CPU work is done on every core: 8 start-ups plus one acquisition.
cpu_floor_s=$(awk -v w="$concurrent_warm_cpu" -v c="$one_cold_cpu" -v o="$one_warm_cpu" -v n="$cores" 'BEGIN { printf "%.3f\n", (w + c - o) / n }')
cpu_floor_ratio=$(awk -v f="$cpu_floor_s" -v one="$median_cold" 'BEGIN { printf "%.2f\n", f / one }')
concurrent_ratio=$(awk -v c="$concurrent_s" -v one="$median_cold" 'BEGIN { printf "%.2f\n", c / one }')
concurrent_net_ratio=$(awk -v c="$concurrent_s" -v w="$concurrent_warm_s" -v a="$median_acquisition" 'BEGIN { printf "%.2f\n", (c - w) / a }')

printf 'benchmark\truns\tmedian_cold_s\tmedian_warm_s\tmedian_acquisition_s\tmedian_curl_tar_s\tratio\tmedian_round_ratio\twarm_resolution_ms\tconcurrent_8_s\tconcurrent_8_warm_s\tdownloads\tcpu_floor_s\n' >"$BENCH_WS/results-toolchain.tsv"
printf 'toolchain-install\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$runs" "$median_cold" "$median_warm" "$median_acquisition" \
  "$median_shell" "$ratio" "$round_ratio" "$warm_ms" "$concurrent_s" "$concurrent_warm_s" "$downloads" "$cpu_floor_s" >>"$BENCH_WS/results-toolchain.tsv"

echo
echo "== toolchain install: median of $runs interleaved rounds, $(numfmt --to=si "$archive_size")B archive from 127.0.0.1 =="
printf '  cold  dotnet msbuild -t:GoResolveToolchain, empty GoSdkHome %10s s\n' "$median_cold"
printf '  warm  the same, toolchain cached                            %10s s\n' "$median_warm"
printf '  A     acquisition = cold - warm (median of the rounds)      %10s s\n' "$median_acquisition"
printf '  B     curl -s | tee >(sha256sum) | tar -xz                  %10s s\n' "$median_shell"
printf '  ratio of the medians A/B (target <= 1.15)                   %10s\n' "$ratio"
printf '  median of the rounds'"'"' ratios A/B                           %10s\n' "$round_ratio"
echo "== warm resolution in a no-op dotnet build (target <= 20 ms) =="
printf '  _GoResolveToolchain %s ms (%s calls) + _GoAcquireToolchain %s ms (%s calls) = %s ms\n' \
  "$resolve_ms" "$resolve_calls" "$acquire_ms" "$acquire_calls" "$warm_ms"
echo "== 8 concurrent cold resolves, one GoSdkHome =="
printf '  downloads served by the mirror: %s (target 1)\n' "$downloads"
printf '  wall time %s s; one cold resolve %s s; ratio %s (target <= 1.3)\n' "$concurrent_s" "$median_cold" "$concurrent_ratio"
printf '  the same 8 with the toolchain cached: %s s; (8 cold - 8 warm) / one acquisition = %s\n' "$concurrent_warm_s" "$concurrent_net_ratio"
printf '  CPU used: 8 cold %s s, 8 warm %s s; one cold %s s, one warm %s s\n' "$concurrent_cpu" "$concurrent_warm_cpu" "$one_cold_cpu" "$one_warm_cpu"
printf '  CPU floor on %s cores: (8 warm + one cold - one warm) / %s = %s s = %s x one cold resolve\n' "$cores" "$cores" "$cpu_floor_s" "$cpu_floor_ratio"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
[ "$downloads" = "1" ] || bench_fail "8 concurrent resolves downloaded $downloads times"
