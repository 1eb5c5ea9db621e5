using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

public sealed class ToolchainInstallerTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ToolchainCache _cache;
    private readonly ToolchainInstaller _installer;

    public ToolchainInstallerTests()
    {
        _cache = new ToolchainCache(_temp.Path);
        _installer = new ToolchainInstaller(_cache);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CommittedInstallIsIntactAndRecordsWhatVerifiedIt()
    {
        Install(Archive(Go12212));

        Assert.Null(_cache.InstallProblem(Go12212));
        Assert.Equal("sha256 abc from test", _cache.ReadMarker(Go12212)!.VerifiedBy);
        Assert.Equal(new[] { "go1.22.12.linux-amd64" }, Directory.GetFileSystemEntries(_cache.ToolchainsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void ChangedGoExecutableMakesTheInstallDamaged()
    {
        Install(Archive(Go12212));
        File.AppendAllText(Path.Combine(_cache.GoRootFor(Go12212), "bin", "go"), "echo tampered\n");

        Assert.Contains("bin/go", _cache.InstallProblem(Go12212));
    }

    [Fact]
    public void FolderWithoutMarkerIsAnInterruptedInstall()
    {
        Install(Archive(Go12212));
        File.Delete(_cache.MarkerFor(Go12212));

        Assert.Contains("interrupted", _cache.InstallProblem(Go12212));
    }

    [Fact]
    public void CommitReplacesADamagedInstallAndLeavesNoWorkFolders()
    {
        Install(Archive(Go12212, flavour: " old"));
        File.Delete(_cache.MarkerFor(Go12212));

        Install(Archive(Go12212, flavour: " new"));

        Assert.Contains(" new", File.ReadAllText(Path.Combine(_cache.GoRootFor(Go12212), "bin", "go")));
        Assert.Equal(new[] { "go1.22.12.linux-amd64" }, Directory.GetFileSystemEntries(_cache.ToolchainsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void LeftoversOfAKilledInstallAreRemoved()
    {
        _temp.Write("toolchains/.go1.22.12.linux-amd64.tmp-0123456789ab/go1.22.12.linux-amd64.tar.gz", [1, 2, 3]);
        _temp.Write("toolchains/.go1.22.12.linux-amd64.old-0123456789ab/VERSION", [1]);
        _temp.Write("toolchains/.go1.23.0.linux-amd64.tmp-0123456789ab/other", [1]);

        _installer.RemoveLeftovers(Go12212);

        Assert.Equal(new[] { ".go1.23.0.linux-amd64.tmp-0123456789ab", ".go1.23.0.linux-amd64.tmp-0123456789ab/other" }, _temp.Listing("toolchains"));
    }

    [Fact]
    public void PackageThatIsAnotherVersionIsNotInstalled()
    {
        var other = Go12212 with { Version = GoVersion.Parse("1.21.13") };
        var e = Assert.Throws<GoSdkException>(() => Install(Archive(other)));

        Assert.Equal("GOSDK0133", e.Diagnostic.Code);
        Assert.False(Directory.Exists(_cache.GoRootFor(Go12212)));
    }

    [Fact]
    public void DisposedWorkspaceIsDeleted()
    {
        string directory;
        using (var workspace = _installer.CreateWorkspace(Go12212))
        {
            directory = workspace.Directory;
            File.WriteAllText(workspace.DownloadPath("partial"), "half");
        }

        Assert.False(Directory.Exists(directory));
    }

    private void Install(byte[] archive)
    {
        using var workspace = _installer.CreateWorkspace(Go12212);
        var file = workspace.DownloadPath(Go12212.ArchiveFileName);
        File.WriteAllBytes(file, archive);
        new ArchiveExtractor().Extract(file, Go12212.ArchiveFileName, PackageLayout.For(Go12212, PackageShape.Archive), workspace.GoRoot, CancellationToken.None);
        _installer.Commit(workspace, Go12212, Go12212.ArchiveFileName, "sha256 abc from test");
    }
}
