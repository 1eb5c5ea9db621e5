#!/usr/bin/env bash
# No-op build of C# and Go together: `dotnet build` of samples/mixed/app (a C# app with a ProjectReference to the
# Go library samples/mixed/golib) when nothing changed, against the same no-op build of the C# app alone (a copy
# without the ProjectReference). The difference is what the Go library adds to a C# developer's inner loop.
#
# Also checks that the no-op build starts no `go` process (from its -v:d log).
#
# For reference, it then times what any second project costs .NET: the same C# app with a ProjectReference to an
# empty C# class library, against the app alone. That is the floor a referenced Go library is measured against.
#
# Usage, from anywhere:  eng/bench/mixed-noop.sh
#   GOSDK_BENCH_RUNS=11        interleaved rounds (each round: one build of each app)
#   GOSDK_BENCH_TARGET=1.1     ratio the no-op build must stay within
#   GOSDK_BENCH_STRICT=1       exit with 3 when the ratio is above the target
#   GOSDK_BENCH_KEEP=1         keep the temp workspace (logs, binlogs) for a look afterwards
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${GOSDK_BENCH_RUNS:-11}"
target="${GOSDK_BENCH_TARGET:-1.1}"

bench_create_workspace mixed
bench_pack_go_sdk
mixed="$BENCH_WS/mixed"
alone="$BENCH_WS/alone"
with_cslib="$BENCH_WS/with-cslib"
mkdir -p "$mixed" "$alone" "$with_cslib/cslib"
cp -R "$BENCH_REPO_ROOT/samples/mixed/golib" "$BENCH_REPO_ROOT/samples/mixed/app" "$mixed/"
cp -R "$BENCH_REPO_ROOT/samples/mixed/app/." "$alone/"
rm -rf "$mixed"/*/bin "$mixed"/*/obj "$alone/bin" "$alone/obj"
sed -i "s|Sdk=\"Go.Sdk\"|Sdk=\"Go.Sdk/$BENCH_GO_SDK_VERSION\"|" "$mixed/golib/golib.goproj"
grep -q "Go.Sdk/$BENCH_GO_SDK_VERSION" "$mixed/golib/golib.goproj" || bench_fail "could not pin the Go.Sdk version in golib.goproj"
sed -i '/<ProjectReference Include="..\/golib\/golib.goproj" \/>/d' "$alone/app.csproj"
grep -q "<ProjectReference" "$alone/app.csproj" && bench_fail "could not remove the ProjectReference from the copy of app.csproj"
# The reference point: the app with its Go library swapped for an empty C# class library.
cp -R "$BENCH_REPO_ROOT/samples/mixed/app" "$with_cslib/"
rm -rf "$with_cslib/app/bin" "$with_cslib/app/obj"
sed -i 's|<ProjectReference Include="../golib/golib.goproj" />|<ProjectReference Include="../cslib/cslib.csproj" />|' "$with_cslib/app/app.csproj"
grep -q "cslib.csproj" "$with_cslib/app/app.csproj" || bench_fail "could not point the copy of app.csproj at a C# library"
cat >"$with_cslib/cslib/cslib.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
</Project>
XML
echo 'namespace CsLib; public static class Empty { }' >"$with_cslib/cslib/Empty.cs"

bench_log "first (full) builds"
(cd "$mixed/app" && bench_run "$BENCH_WS/logs/mixed-first-build.log" dotnet build)
(cd "$alone" && bench_run "$BENCH_WS/logs/alone-first-build.log" dotnet build)
(cd "$with_cslib/app" && bench_run "$BENCH_WS/logs/with-cslib-first-build.log" dotnet build)
(cd "$mixed/app" && dotnet bin/Debug/net10.0/app.dll) | grep -q "Hello, .NET, from Go" || bench_fail "the built app does not call Go"

# The C# build reaches the Go library through the reference: its -v:d log must show the Go build skipped and no
# `go` command line (eng/bench/noop-build.sh does the strace check for the Go project alone).
(cd "$mixed/app" && bench_run "$BENCH_WS/logs/mixed-noop-detailed.log" dotnet build -v:d)
grep -q 'Skipping target "_GoBuildCore"' "$BENCH_WS/logs/mixed-noop-detailed.log" \
  || bench_fail "_GoBuildCore was not skipped in a no-op build (log: $BENCH_WS/logs/mixed-noop-detailed.log)"
no_op_go=$(grep -cE '/bin/go(\.exe)? [a-z]+ ' "$BENCH_WS/logs/mixed-noop-detailed.log" || true)
go_check="-v:d log: _GoBuildCore skipped, $no_op_go go command line(s)"
bench_log "$go_check"
[ "$no_op_go" -eq 0 ] || bench_fail "a no-op build started go"

a="cd '$mixed/app' && dotnet build >>'$BENCH_WS/logs/mixed-noop.log' 2>&1"
b="cd '$alone' && dotnet build >>'$BENCH_WS/logs/alone-noop.log' 2>&1"
bench_log "warm-up: 2 untimed rounds"
bench_round true "$a" true "$b" >/dev/null
bench_round true "$a" true "$b" >/dev/null

machine="$(bench_describe_machine)"
bench_compare mixed-noop "$runs" "no-op dotnet build, C# app + Go library" true "$a" "no-op dotnet build, the C# app alone" true "$b"
echo "  go processes: $go_check"
echo "  machine: $machine"
echo "  Go.Sdk $BENCH_GO_SDK_VERSION, $(date -u +%Y-%m-%dT%H:%MZ)"
bench_check_target "$target"
mixed_ratio="$BENCH_RATIO"

c="cd '$with_cslib/app' && dotnet build >>'$BENCH_WS/logs/with-cslib-noop.log' 2>&1"
bench_round true "$c" true "$b" >/dev/null
bench_compare csharp-library-noop "$runs" "reference: no-op dotnet build, C# app + empty C# library" true "$c" \
  "no-op dotnet build, the C# app alone" true "$b"
echo "  machine: $(bench_describe_machine)"
echo "  the Go library's ratio $mixed_ratio; an empty C# library's ratio $BENCH_RATIO"
