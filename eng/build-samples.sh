#!/usr/bin/env bash
# Builds every sample with the Go.Sdk of this checkout, then runs samples/hello, both commands of samples/toolkit
# and samples/mixed/app (C# calling Go).
#
# The package is packed into artifacts/packages with the version 1.0.0-dev; the samples' NuGet.config reads it
# from there into their own package folder (artifacts/samples-packages), which this script empties first so a
# rebuilt package is never shadowed by an older copy of the same version.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet pack src/Go.Sdk/Go.Sdk.csproj -c Release -o artifacts/packages -p:Version=1.0.0-dev -nologo -v:q
rm -rf artifacts/samples-packages/go.sdk

status=0
while IFS= read -r project; do
  echo "== dotnet build $project"
  dotnet build "$project" -nologo || status=1
done < <(find samples -name '*.goproj' | sort)
[ $status -eq 0 ] || { echo "build-samples: a sample failed to build" >&2; exit 1; }

echo "== dotnet run --project samples/hello/hello.goproj"
dotnet run --project samples/hello/hello.goproj --no-build

echo "== dotnet run --project samples/toolkit/toolkit.goproj (a library with two commands)"
dotnet run --project samples/toolkit/toolkit.goproj --no-build -- Gopher
dotnet run --project samples/toolkit/toolkit.goproj --no-build -p:GoRunCommand=wc -- one two three

echo "== dotnet run --project samples/mixed/app/app.csproj"
dotnet run --project samples/mixed/app/app.csproj
