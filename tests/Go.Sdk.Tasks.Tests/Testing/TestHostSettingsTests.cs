using Go.Sdk.Tasks.Testing.Host;
using Go.Sdk.Tasks.Testing.Running;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// The settings file between the targets and the MTP test host: what the targets write is what the host reads, and
/// it gives go test the arguments the classic task would give it.
/// </summary>
public sealed class TestHostSettingsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "gosdk-hostsettings-" + Guid.NewGuid().ToString("N"), "testhost.json");

    private static TestHostSettings Sample() => new()
    {
        ProjectFile = "/src/app ü/app.goproj",
        ModuleDirectory = "/src/app ü",
        GoExecutable = "/usr/lib/go-1.22/bin/go",
        GoRoot = "/usr/lib/go-1.22",
        Environment = { "GOFLAGS=-mod=mod \"-tags=a b\"", "GOPROXY=https://user:secret@proxy" },
        Packages = { "./pass/...", "./other" },
        Flags = "-count=1",
        Timeout = "30s",
        Race = true,
        Tags = { "integration" },
        ModMode = "readonly",
        CoverMode = "count",
        CoverPackages = { "./..." },
        CoverProfile = "/src/app ü/obj/Debug/gotest/coverage.raw.out",
        DefaultResultsDirectory = "/src/app ü/TestResults",
    };

    [Fact]
    public void WhatTheTargetsWriteIsWhatTheHostReads()
    {
        Sample().Write(_file);
        TestHostSettings read = TestHostSettings.Read(_file);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(Sample()), System.Text.Json.JsonSerializer.Serialize(read));
        Assert.Equal("app", read.ProjectName);
    }

    [Fact]
    public void UnchangedSettingsLeaveTheFileAlone()
    {
        Sample().Write(_file);
        DateTime first = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_file, first);

        Sample().Write(_file);

        Assert.Equal(first, File.GetLastWriteTimeUtc(_file));
    }

    [Fact]
    public void GoTestGetsTheClassicArguments()
    {
        List<string> withCoverage = GoTestArguments.ForRun(Sample().ToGoTestSettings("/tmp/c.out"), Tasks.Testing.Filters.TestSelection.All);
        List<string> without = GoTestArguments.ForRun(Sample().ToGoTestSettings(null), Tasks.Testing.Filters.TestSelection.All);

        Assert.Equal(new[] { "test", "-json", "-mod=readonly", "-tags=integration", "-race", "-timeout=30s",
            "-covermode=count", "-coverpkg=./...", "-coverprofile=/tmp/c.out", "-count=1", "./pass/...", "./other" }, withCoverage);
        Assert.DoesNotContain(without, a => a.StartsWith("-cover", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        string directory = Path.GetDirectoryName(_file)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
