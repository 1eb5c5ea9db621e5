#!/usr/bin/env bash
# Cold build: a `dotnet build` of samples/hello from nothing (no obj/, no bin/, empty Go build cache, so the
# restore runs and Go compiles the standard library) against the raw `go build` Go.Sdk runs inside it, with the
# same flags, environment and equally empty Go build cache. The difference is what Go.Sdk and MSBuild add on top
# of Go.
#
# The raw command is not typed in here: it is the command line and environment Go.Sdk logged in a first build
# (-v:d), with only the output path changed, and both binaries must come out byte-identical, so the two sides
# provably do the same Go work.
#
# Usage, from anywhere:  eng/bench/cold-build.sh
#   GOSDK_BENCH_RUNS=5         interleaved rounds (each round: one cold build of each)
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs) for a look afterwards
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-5}"

bench_create_workspace cold
bench_pack_go_sdk
hello="$BENCH_WS/hello"
raw="$BENCH_WS/raw"
bench_copy_hello "$hello"
mkdir -p "$raw"
cp "$hello"/go.* "$hello"/*.go "$raw/"

bench_log "first build, logging the go command line and environment"
log="$BENCH_WS/logs/hello-first-build.log"
(cd "$hello" && bench_run "$log" dotnet build -v:d)

# The logged command: "<indent>/path/to/go build -o <obj path> …", then its environment, one NAME=value a line.
go_line_number=$(grep -nE '^ +/[^ ]*/bin/go build ' "$log" | head -n1 | cut -d: -f1)
[ -n "$go_line_number" ] || bench_fail "no go build command line in $log"
go_command=$(sed -n "${go_line_number}p" "$log" | sed 's/^ *//')
go_environment=$(tail -n "+$((go_line_number + 1))" "$log" | awk '/^ +[A-Z_][A-Z0-9_]*=/ { sub(/^ +/, ""); print; next } { exit }')
go_root=$(sed -n 's/^GOROOT=//p' <<<"$go_environment")
[ -n "$go_root" ] || bench_fail "no GOROOT among the logged environment of go build in $log"
obj_output="$hello/obj/Debug/hello"
[[ "$go_command" == *" -o $obj_output "* ]] || bench_fail "go build does not write $obj_output: $go_command"
raw_command="${go_command/ -o $obj_output / -o $raw/hello }"

env_arguments=""
while IFS= read -r pair; do env_arguments+=" $(printf '%q' "$pair")"; done <<<"$go_environment"
env_arguments+=" $(printf '%q' "PATH=$go_root/bin:$PATH")"

a="cd '$hello' && dotnet build >>'$BENCH_WS/logs/hello-cold.log' 2>&1"
b="cd '$raw' && env$env_arguments $raw_command >>'$BENCH_WS/logs/raw-cold.log' 2>&1"
empty_go_cache="rm -rf '$GOCACHE' && mkdir -p '$GOCACHE'"
prepare_a="rm -rf '$hello/obj' '$hello/bin' && $empty_go_cache"
prepare_b="rm -f '$raw/hello' && $empty_go_cache"

bench_log "warm-up: 1 untimed round"
bench_round "$prepare_a" "$a" "$prepare_b" "$b" >/dev/null

machine="$(bench_describe_machine)"
bench_compare cold "$runs" "cold dotnet build, samples/hello" "$prepare_a" "$a" "cold raw go build, same flags" "$prepare_b" "$b"

hello_hash=$(sha256sum <"$hello/bin/Debug/hello" | cut -d' ' -f1)
raw_hash=$(sha256sum <"$raw/hello" | cut -d' ' -f1)
echo "  go command (Go.Sdk, from the -v:d log): $go_command"
echo "  go environment (Go.Sdk): $(tr '\n' ' ' <<<"$go_environment")"
echo "  binaries: Go.Sdk ${hello_hash:0:16}…, raw go ${raw_hash:0:16}…"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
[ "$hello_hash" = "$raw_hash" ] || bench_fail "the two binaries differ, so the two builds did not do the same work"
echo "  the two binaries are byte-identical"
