using System.Diagnostics;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

public sealed class ToolchainLockTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SecondHolderWaitsThenTimesOutWithACodedMessage()
    {
        var cache = new ToolchainCache(_temp.Path);
        using var first = ToolchainLock.Acquire(cache, Go12212, TimeSpan.FromSeconds(5), _ => { }, CancellationToken.None);
        string? waitedOn = null;

        var e = Assert.Throws<GoSdkException>(() => ToolchainLock.Acquire(cache, Go12212, TimeSpan.FromMilliseconds(300), path => waitedOn = path, CancellationToken.None));

        Assert.Equal("GOSDK0129", e.Diagnostic.Code);
        Assert.Equal(ToolchainLock.PathFor(cache, Go12212), waitedOn);
    }

    [Fact]
    public async Task WaiterGetsTheLockWhenTheHolderReleasesIt()
    {
        var cache = new ToolchainCache(_temp.Path);
        var first = ToolchainLock.Acquire(cache, Go12212, TimeSpan.FromSeconds(5), _ => { }, CancellationToken.None);
        var release = Task.Delay(400).ContinueWith(_ => first.Dispose());
        var waited = Stopwatch.StartNew();

        using (ToolchainLock.Acquire(cache, Go12212, TimeSpan.FromSeconds(10), _ => { }, CancellationToken.None))
        {
            Assert.True(waited.ElapsedMilliseconds >= 300, $"acquired after {waited.ElapsedMilliseconds} ms, before the holder released it");
        }
        await release;
    }

    [Fact]
    public void DifferentToolchainsDoNotWaitForEachOther()
    {
        var cache = new ToolchainCache(_temp.Path);
        using var first = ToolchainLock.Acquire(cache, Go12212, TimeSpan.FromSeconds(5), _ => { }, CancellationToken.None);
        bool waited = false;

        using var second = ToolchainLock.Acquire(cache, Go12212 with { GoArch = "arm64" }, TimeSpan.FromSeconds(5), _ => waited = true, CancellationToken.None);

        Assert.False(waited);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ReadOnlyCacheIsACodedError()
    {
        var home = _temp.Combine("readonly-home");
        using var readOnly = ReadOnlyFolder.Create(home);

        var e = Assert.Throws<GoSdkException>(() => ToolchainLock.Acquire(new ToolchainCache(home), Go12212, TimeSpan.FromSeconds(1), _ => { }, CancellationToken.None));

        Assert.Equal("GOSDK0130", e.Diagnostic.Code);
        Assert.Contains(home, e.Message);
    }
}
