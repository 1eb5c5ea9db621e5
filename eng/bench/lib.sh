# Shared by the benchmark scripts in eng/bench/: sourced, never run.
#
# A benchmark gets its own workspace: Go.Sdk packed with a version no earlier run used (NuGet can never serve a
# stale copy), a private NuGet package folder, Go build cache and Go.Sdk home, and a copy of samples/hello. It then
# times two commands in interleaved rounds (A B A B …), so a load spike on a shared machine hits both commands
# alike, and reports the median of each and the ratio A/B.

set -euo pipefail

BENCH_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# A user's GOFLAGS would change both sides of a comparison differently.
unset GOFLAGS

bench_log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

bench_fail() {
  bench_log "FAILED: $*"
  exit 1
}

# bench_run LOG COMMAND...: runs a setup step with its output in LOG, and shows LOG's tail when it fails.
bench_run() {
  local log="$1"
  shift
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    bench_fail "$* (full log: $log)"
  fi
}

# bench_create_workspace NAME: sets BENCH_WS (a new temp folder) and its caches; removes it on exit unless
# GOSDK_BENCH_KEEP=1.
bench_create_workspace() {
  BENCH_WS="$(mktemp -d "${TMPDIR:-/tmp}/gosdk-bench-$1.XXXXXX")"
  mkdir -p "$BENCH_WS/logs"
  export GOCACHE="$BENCH_WS/gocache"
  export GOPATH="$BENCH_WS/gopath"
  export GOSDK_HOME="$BENCH_WS/gosdk-home"
  if [ "${GOSDK_BENCH_KEEP:-0}" = "1" ]; then
    bench_log "workspace (kept): $BENCH_WS"
  else
    trap 'chmod -R u+w "$BENCH_WS" 2>/dev/null; rm -rf "$BENCH_WS"' EXIT
    bench_log "workspace: $BENCH_WS (set GOSDK_BENCH_KEEP=1 to keep it)"
  fi
}

# bench_pack_go_sdk: packs Go.Sdk into $BENCH_WS/feed as version $BENCH_GO_SDK_VERSION and writes the
# workspace's NuGet.config: that feed first, nuget.org for Microsoft.Build.NoTargets, a private package folder.
bench_pack_go_sdk() {
  BENCH_GO_SDK_VERSION="1.0.0-bench.$(date -u +%Y%m%d%H%M%S).$$"
  bench_log "packing Go.Sdk $BENCH_GO_SDK_VERSION"
  # The task project is built by an MSBuild task inside the pack, which does not restore it.
  bench_run "$BENCH_WS/logs/restore-tasks.log" \
    dotnet restore "$BENCH_REPO_ROOT/src/Go.Sdk.Tasks/Go.Sdk.Tasks.csproj"
  bench_run "$BENCH_WS/logs/pack.log" \
    dotnet pack "$BENCH_REPO_ROOT/src/Go.Sdk/Go.Sdk.csproj" -c Release -o "$BENCH_WS/feed" \
    "-p:Version=$BENCH_GO_SDK_VERSION"
  cat >"$BENCH_WS/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$BENCH_WS/nuget-packages" />
  </config>
  <packageSources>
    <clear />
    <add key="go-sdk-under-test" value="$BENCH_WS/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
}

# bench_copy_hello DIR: copies samples/hello to DIR, pinned to the Go.Sdk version just packed.
bench_copy_hello() {
  mkdir -p "$1"
  cp -R "$BENCH_REPO_ROOT/samples/hello/." "$1/"
  rm -rf "$1/obj" "$1/bin"
  sed -i "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" "$1/hello.goproj"
  grep -q "Go.Sdk/$BENCH_GO_SDK_VERSION" "$1/hello.goproj" || bench_fail "could not pin the Go.Sdk version in $1/hello.goproj"
}

# bench_generate_module DIR PACKAGES FILES: writes a module shaped like samples/hello (a hello.goproj pinned to the
# Go.Sdk version just packed, a main package printing "Hello from Go") that imports PACKAGES packages of FILES
# files each, every file a few functions long, for timing the up-to-date check at scale.
bench_generate_module() {
  local dir="$1" packages="$2" files="$3" p f
  mkdir -p "$dir"
  printf 'module example.com/hello\n\ngo 1.21\n' >"$dir/go.mod"
  cat >"$dir/hello.goproj" <<EOF
<Project Sdk="Go.Sdk/$BENCH_GO_SDK_VERSION">
  <PropertyGroup>
    <GoVersion>1.22.12</GoVersion>
  </PropertyGroup>
</Project>
EOF
  {
    printf 'package main\n\nimport (\n\t"fmt"\n'
    for ((p = 0; p < packages; p++)); do printf '\t"example.com/hello/internal/p%d"\n' "$p"; done
    printf ')\n\nfunc main() {\n\ttotal := 0\n'
    for ((p = 0; p < packages; p++)); do printf '\ttotal += p%d.F0(1)\n' "$p"; done
    printf '\tfmt.Println("Hello from Go", total)\n}\n'
  } >"$dir/main.go"
  for ((p = 0; p < packages; p++)); do
    mkdir -p "$dir/internal/p$p"
    for ((f = 0; f < files; f++)); do
      cat >"$dir/internal/p$p/f$f.go" <<EOF
// Package p$p is generated: file $f of $files.
package p$p

import "strings"

// F$f returns n plus the length of a joined slice, so the compiler has something to do.
func F$f(n int) int {
	parts := make([]string, 0, n)
	for i := 0; i < n; i++ {
		parts = append(parts, strings.Repeat("x", i))
	}
	return n + len(strings.Join(parts, ","))
}

// G$f is a second function per file, as real files have several.
func G$f(s string) string {
	if len(s) > $f {
		return strings.ToUpper(s)
	}
	return strings.TrimSpace(s)
}
EOF
    done
  done
}

# bench_check_noop_starts_no_go DIR FILE: checks that a no-op `dotnet build` in DIR starts no `go` process, and that a
# build after touching FILE (relative to DIR) starts at least one, so the check is known to see one. With strace,
# node reuse is off for these two builds only, so every MSBuild node is a child of the traced process; without it,
# the -v:d log must show _GoBuildCore skipped and no go command line. Sets BENCH_GO_CHECK to what was seen.
bench_check_noop_starts_no_go() {
  local dir="$1" file="$2" no_op_go changed_go
  if command -v strace >/dev/null 2>&1; then
    no_op_go=$(cd "$dir" && bench_count_go_processes "$BENCH_WS/logs/strace-noop.log" dotnet build -nodeReuse:false)
    touch "$dir/$file"
    changed_go=$(cd "$dir" && bench_count_go_processes "$BENCH_WS/logs/strace-changed.log" dotnet build -nodeReuse:false)
    BENCH_GO_CHECK="strace: no-op build started $no_op_go go process(es); after touching $file: $changed_go"
    [ "$changed_go" -ge 1 ] || bench_fail "strace saw no go process even after $file changed; the check cannot be trusted"
  else
    (cd "$dir" && bench_run "$BENCH_WS/logs/noop-detailed.log" dotnet build -v:d)
    no_op_go=$(grep -cE '^ +/[^ ]*/bin/go(\.exe)? ' "$BENCH_WS/logs/noop-detailed.log" || true)
    grep -q 'Skipping target "_GoBuildCore"' "$BENCH_WS/logs/noop-detailed.log" \
      || bench_fail "_GoBuildCore was not skipped in a no-op build (log: $BENCH_WS/logs/noop-detailed.log)"
    BENCH_GO_CHECK="-v:d log (strace not installed): _GoBuildCore skipped, $no_op_go go command line(s) logged"
  fi
  bench_log "$BENCH_GO_CHECK"
  [ "$no_op_go" -eq 0 ] || bench_fail "a no-op build started go"
}

# bench_describe_machine: one line naming what the numbers were measured on.
bench_describe_machine() {
  local os="unknown OS"
  if [ -r /etc/os-release ]; then os="$(. /etc/os-release && echo "$PRETTY_NAME")"; fi
  printf '%s, %s cores, %s, .NET SDK %s, load average %s' \
    "$(uname -m)" "$(nproc)" "$os" "$(cd "$BENCH_WS" && dotnet --version)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# bench_time_command COMMAND: prints COMMAND's wall-clock time in seconds; fails when COMMAND does.
bench_time_command() {
  local start end
  start=$(date +%s%N)
  bash -c "$1" || bench_fail "$1"
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}

# bench_round PREPARE_A A PREPARE_B B: one round: PREPARE_A, time A, PREPARE_B, time B. Prints "secondsA secondsB".
# With hyperfine installed it does the timing (one run of each, A first, shell start-up subtracted).
bench_round() {
  local prepare_a="$1" a="$2" prepare_b="$3" b="$4"
  if command -v hyperfine >/dev/null 2>&1; then
    local csv="$BENCH_WS/logs/round.csv"
    hyperfine --runs 1 --style none --export-csv "$csv" \
      --prepare "$prepare_a" -n A "$a" --prepare "$prepare_b" -n B "$b" >/dev/null \
      || bench_fail "a command failed; see the logs in $BENCH_WS/logs"
    awk -F, '$1 == "A" { a = $2 } $1 == "B" { b = $2 } END { printf "%.4f %.4f\n", a, b }' "$csv"
  else
    bash -c "$prepare_a" || bench_fail "$prepare_a"
    local ta tb
    ta=$(bench_time_command "$a")
    bash -c "$prepare_b" || bench_fail "$prepare_b"
    tb=$(bench_time_command "$b")
    echo "$ta $tb"
  fi
}

bench_median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench_compare NAME RUNS LABEL_A PREPARE_A A LABEL_B PREPARE_B B: RUNS interleaved rounds (see bench_round);
# prints every round, then the medians and the ratio A/B, and writes them to $BENCH_WS/results-NAME.tsv.
bench_compare() {
  local name="$1" runs="$2" label_a="$3" prepare_a="$4" a="$5" label_b="$6" prepare_b="$7" b="$8"
  local times="$BENCH_WS/times-$name.txt"
  local timer="date +%s%N loop"
  if command -v hyperfine >/dev/null 2>&1; then timer="$(hyperfine --version), one run per command per round"; fi
  bench_log "$name: $runs interleaved rounds ($timer)"
  bench_log "  A = $label_a: $a"
  bench_log "  B = $label_b: $b"
  : >"$times"
  local i
  for ((i = 1; i <= runs; i++)); do
    bench_round "$prepare_a" "$a" "$prepare_b" "$b" >>"$times"
    bench_log "  round $i/$runs: A $(tail -n1 "$times" | cut -d' ' -f1) s, B $(tail -n1 "$times" | cut -d' ' -f2) s"
  done
  local median_a median_b ratio round_ratio
  median_a=$(cut -d' ' -f1 "$times" | bench_median)
  median_b=$(cut -d' ' -f2 "$times" | bench_median)
  ratio=$(awk -v a="$median_a" -v b="$median_b" 'BEGIN { printf "%.2f\n", a / b }')
  # Within one round both commands saw about the same load, so the median of the rounds' own ratios is a
  # second, load-resistant view of the same comparison.
  round_ratio=$(awk '{ print $1 / $2 }' "$times" | bench_median | awk '{ printf "%.2f\n", $1 }')
  printf 'benchmark\truns\tmedian_a_s\tmedian_b_s\tratio\tmedian_round_ratio\n%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$name" "$runs" "$median_a" "$median_b" "$ratio" "$round_ratio" >"$BENCH_WS/results-$name.tsv"
  echo
  echo "== $name: median of $runs interleaved runs =="
  printf '  A  %-44s %8s s\n' "$label_a" "$median_a"
  printf '  B  %-44s %8s s\n' "$label_b" "$median_b"
  printf '  ratio of the medians A/B %30s\n' "$ratio"
  printf '  median of the rounds'"'"' ratios A/B %22s\n' "$round_ratio"
  BENCH_RATIO="$ratio"
}

# bench_count_go_processes LOG COMMAND...: runs COMMAND under strace and prints how many `go` executables it
# started (successful execve of a path ending in /bin/go). Needs strace.
bench_count_go_processes() {
  local log="$1"
  shift
  strace -f -qq -e trace=execve -e signal=none -s 512 -o "$log" "$@" >"$log.out" 2>&1 \
    || { tail -n 40 "$log.out" >&2; bench_fail "$* (under strace)"; }
  grep -cE 'execve\("[^"]*/bin/go(\.exe)?", .*\) = 0' "$log" || true
}

# bench_raw_go_command LOG OUTPUT: from a `dotnet build -v:d` log, sets BENCH_GO_COMMAND (the go build command
# line Go.Sdk ran, writing OUTPUT instead) and BENCH_GO_ENV (its logged environment as `env` arguments, PATH added).
bench_raw_go_command() {
  local log="$1" output="$2" line go_command go_environment go_root obj_output pair
  line=$(grep -nE '^ +/[^ ]*/bin/go build ' "$log" | head -n1 | cut -d: -f1)
  [ -n "$line" ] || bench_fail "no go build command line in $log"
  go_command=$(sed -n "${line}p" "$log" | sed 's/^ *//')
  go_environment=$(tail -n "+$((line + 1))" "$log" | awk '/^ +[A-Z_][A-Z0-9_]*=/ { sub(/^ +/, ""); print; next } { exit }')
  go_root=$(sed -n 's/^GOROOT=//p' <<<"$go_environment")
  [ -n "$go_root" ] || bench_fail "no GOROOT among the logged environment of go build in $log"
  obj_output=$(sed -E 's/^.* -o ([^ ]+) .*$/\1/' <<<"$go_command")
  BENCH_GO_COMMAND="${go_command/ -o $obj_output / -o $output }"
  BENCH_GO_ENV=""
  while IFS= read -r pair; do BENCH_GO_ENV+=" $(printf '%q' "$pair")"; done <<<"$go_environment"
  BENCH_GO_ENV+=" $(printf '%q' "PATH=$go_root/bin:$PATH")"
}

# Says whether $BENCH_RATIO (set by bench_compare) is within the target ratio $1;
# with GOSDK_BENCH_STRICT=1 a ratio above it ends the script with exit code 3.
bench_check_target() {
  if awk -v r="$BENCH_RATIO" -v t="$1" 'BEGIN { exit !(r > t) }'; then
    echo "  ABOVE TARGET: ratio $BENCH_RATIO > $1"
    [ "${GOSDK_BENCH_STRICT:-0}" = "1" ] && exit 3
  else
    echo "  within target: ratio $BENCH_RATIO <= $1"
  fi
  return 0
}
