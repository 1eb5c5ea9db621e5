using Go.Sdk.Tasks.Platforms;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Installation;

namespace Go.Sdk.Tasks.Tests.Toolchain;

public class ToolchainLocatorTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"locator-{Guid.NewGuid():N}");

    private string FakeGoRoot(string relative, string version, bool executable = true)
    {
        var goRoot = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.Combine(goRoot, "bin"));
        File.WriteAllText(Path.Combine(goRoot, "VERSION"), $"go{version}\ntime 2025-01-01T00:00:00Z\n");
        var go = Path.Combine(goRoot, "bin", "go");
        File.WriteAllText(go, "#!/bin/sh\n");
        File.SetUnixFileMode(go, executable ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead);
        return goRoot;
    }

    private static ArchiveName Wanted(string v) => new(GoVersion.Parse(v), HostPlatform.GoOS, HostPlatform.GoArch);

    [Fact]
    public void FindsAnExactVersionOnPathThroughALinkToItsBin()
    {
        var goRoot = FakeGoRoot("toolchains/go-a", "1.30.1");
        Directory.CreateDirectory(Path.Combine(_root, "usr-bin"));
        File.CreateSymbolicLink(Path.Combine(_root, "usr-bin", "go"), Path.Combine(goRoot, "bin", "go"));
        FakeGoRoot("toolchains/go-b", "1.30.2");
        var locator = new ToolchainLocator(name => name == "PATH" ? Path.Combine(_root, "usr-bin") : null);

        var found = locator.Find(Wanted("1.30.1"), new ToolchainCache(Path.Combine(_root, "home")), searchHost: true);

        Assert.Equal(goRoot, found!.GoRoot);
    }

    [Fact]
    public void IgnoresOtherVersionsAndNonExecutableGo()
    {
        FakeGoRoot("tool-cache/go/1.30.3/x64", "1.30.3", executable: false);
        var locator = new ToolchainLocator(name => name == "AGENT_TOOLSDIRECTORY" ? Path.Combine(_root, "tool-cache") : null);

        Assert.Null(locator.Find(Wanted("1.30.3"), new ToolchainCache(Path.Combine(_root, "home")), searchHost: true));
        Assert.Contains(Path.Combine(_root, "tool-cache", "go", "1.30.3", HostPlatform.GoArch == "amd64" ? "x64" : HostPlatform.GoArch), locator.Searched);
    }

    [Fact]
    public void UsesACachedInstallOnlyOnceItsMarkerIsWritten()
    {
        var cache = new ToolchainCache(Path.Combine(_root, "home"));
        var wanted = Wanted("1.30.4");
        var goRoot = FakeGoRoot(Path.Combine("home", "toolchains", wanted.PlatformName), "1.30.4");
        var locator = new ToolchainLocator(_ => null);

        Assert.Null(locator.Find(wanted, cache, searchHost: false));
        InstallMarker.Describe(goRoot, wanted, "the test").Write(cache.MarkerFor(wanted));
        Assert.Equal(goRoot, locator.Find(wanted, cache, searchHost: false)!.GoRoot);

        // An install changed after it was verified is not used.
        File.AppendAllText(Path.Combine(goRoot, "bin", "go"), "# altered\n");
        Assert.Null(locator.Find(wanted, cache, searchHost: false));
    }
}
