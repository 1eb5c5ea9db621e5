#!/usr/bin/env bash
# Benchmark of the `dotnet test` report path: a synthetic 1,000,000-event `go test -json` stream is converted to
# TRX + JUnit by Go.Sdk's Testing library (eng/bench/TestReportBench) and, for comparison, to JUnit by
# `gotestsum --junitfile` reading the same stream. Prints wall time and peak RSS (from /usr/bin/time -v) of each.
#
# Usage: eng/bench/test-report.sh [events] [work folder]      (defaults: 1000000, a new temp folder)
# Needs: dotnet, /usr/bin/time, gotestsum (Debian: apt-get install -y gotestsum).
set -euo pipefail

events="${1:-1000000}"
work="${2:-$(mktemp -d -t gosdk-test-report-XXXXXX)}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
harness_project="$repo/eng/bench/TestReportBench/TestReportBench.csproj"
mkdir -p "$work"

for tool in dotnet /usr/bin/time gotestsum; do
  command -v "$tool" >/dev/null || { echo "test-report.sh: $tool is missing (gotestsum: apt-get install -y gotestsum)" >&2; exit 1; }
done

dotnet build -c Release -o "$work/harness" "$harness_project" >/dev/null
harness="$work/harness/TestReportBench.dll"
stream="$work/stream.json"
dotnet "$harness" generate "$stream" "$events"
echo "stream: $(du -h "$stream" | cut -f1), $(wc -l < "$stream") lines"

# Prints "<wall seconds> <peak RSS MB>" from a /usr/bin/time -v log.
measure() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f s wall, %.0f MB peak RSS", wall, rss }' "$1"
}

# Warm the file cache so both tools read the stream from memory.
cat "$stream" >/dev/null

/usr/bin/time -v -o "$work/gosdk.time" dotnet "$harness" convert "$stream" "$work/gosdk.trx" "$work/gosdk.junit.xml"
# The harness runs with the non-concurrent workstation GC, whose gen0 budget grows towards 200 MB when much of what
# is allocated between two collections survives: the size of the result model decides the peak more than the
# garbage does. Two references: the GC heap capped at 128 MB, and the concurrent GC that MSBuild (where the
# RunGoTests task runs) uses by default, whose gen0 budget stays small.
DOTNET_GCHeapHardLimit=0x8000000 /usr/bin/time -v -o "$work/gosdk-capped.time" \
  dotnet "$harness" convert "$stream" "$work/gosdk.trx" "$work/gosdk.junit.xml"
DOTNET_gcConcurrent=1 /usr/bin/time -v -o "$work/gosdk-concurrent.time" \
  dotnet "$harness" convert "$stream" "$work/gosdk.trx" "$work/gosdk.junit.xml"
# gotestsum exits non-zero when the stream has failures, which this one has on purpose.
/usr/bin/time -v -o "$work/gotestsum.time" gotestsum --format dots --junitfile "$work/gotestsum.junit.xml" \
  --raw-command -- cat "$stream" >/dev/null || true

echo
echo "Go.Sdk (TRX + JUnit):              $(measure "$work/gosdk.time")  -> $(du -h "$work/gosdk.trx" | cut -f1) TRX, $(du -h "$work/gosdk.junit.xml" | cut -f1) JUnit"
echo "Go.Sdk (TRX + JUnit), heap ≤128 MB: $(measure "$work/gosdk-capped.time")"
echo "Go.Sdk (TRX + JUnit), concurrent GC: $(measure "$work/gosdk-concurrent.time")"
echo "gotestsum (JUnit):                 $(measure "$work/gotestsum.time")  -> $(du -h "$work/gotestsum.junit.xml" | cut -f1) JUnit"
echo "files in $work"
