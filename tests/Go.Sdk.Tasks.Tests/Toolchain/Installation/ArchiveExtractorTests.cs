using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

// Exec bits and read-only folders are Unix notions; these tests run on the Linux build machines.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ArchiveExtractorTests : IDisposable
{
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void OfficialArchiveBecomesTheGoRootWithExecBitsKept()
    {
        var goRoot = Extract(Archive(Go12212), PackageShape.Archive);

        Assert.Equal(new[] { "VERSION", "bin", "bin/go", "pkg", "pkg/tool", "pkg/tool/linux_amd64", "pkg/tool/linux_amd64/compile", "src", "src/cmd", "src/cmd/go.mod", "src/fmt", "src/fmt/print.go" },
            _temp.Listing("goroot"));
        Assert.StartsWith("go1.22.12\n", File.ReadAllText(Path.Combine(goRoot, "VERSION")));
        Assert.NotEqual(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "bin", "go")) & AnyExecute));
        Assert.Equal(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "src", "fmt", "print.go")) & AnyExecute));
    }

    [Fact]
    public void ModuleZipGetsGoModBackAndItsToolsMadeExecutable()
    {
        var goRoot = Extract(ModuleZip(Go12212), PackageShape.ModuleZip);

        Assert.True(File.Exists(Path.Combine(goRoot, "src", "cmd", "go.mod")));
        Assert.False(File.Exists(Path.Combine(goRoot, "src", "cmd", "_go.mod")));
        Assert.NotEqual(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "bin", "go")) & AnyExecute));
        Assert.NotEqual(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "pkg", "tool", "linux_amd64", "compile")) & AnyExecute));
        Assert.Equal(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "VERSION")) & AnyExecute));
    }

    [Fact]
    public void LinkThatStaysInsideIsCreated()
    {
        var goRoot = Extract(TarGz([PackageEntry.File("go/bin/go", "x", PackageEntry.Executable), PackageEntry.Link("go/bin/go-link", "go"), PackageEntry.Link("go/misc/up", "../bin")]), PackageShape.Archive);

        Assert.Equal("go", new FileInfo(Path.Combine(goRoot, "bin", "go-link")).LinkTarget);
        Assert.Equal("x", File.ReadAllText(Path.Combine(goRoot, "misc", "up", "go")));
    }

    [Fact]
    public void LaterEntryWithTheSameNameReplacesTheEarlierOne()
    {
        var goRoot = Extract(TarGz([PackageEntry.File("go/VERSION", "old"), PackageEntry.File("go/VERSION", "new")]), PackageShape.Archive);

        Assert.Equal("new", File.ReadAllText(Path.Combine(goRoot, "VERSION")));
    }

    [Fact]
    public void FileNamedLikeAnEarlierLinkReplacesTheLinkNotWhatItPointsAt()
    {
        var goRoot = Extract(TarGz([PackageEntry.File("go/target", "kept"), PackageEntry.Link("go/name", "target"), PackageEntry.File("go/name", "file")]), PackageShape.Archive);

        Assert.Equal("kept", File.ReadAllText(Path.Combine(goRoot, "target")));
        Assert.Null(new FileInfo(Path.Combine(goRoot, "name")).LinkTarget);
        Assert.Equal("file", File.ReadAllText(Path.Combine(goRoot, "name")));
    }

    [Fact]
    public void LargeArchiveComesOutWhole()
    {
        var random = new Random(11);
        var big = new string(Enumerable.Range(0, 5_000_000).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var entries = Enumerable.Range(0, 300).Select(i => PackageEntry.File($"go/src/p{i % 7}/f{i}.go", $"package p{i}\n"))
            .Append(PackageEntry.File("go/bin/go", big, PackageEntry.Executable))
            .Append(PackageEntry.File("go/src/p0/f0.go", "package replaced\n"));

        var goRoot = Extract(TarGz([.. entries]), PackageShape.Archive);

        Assert.Equal(big, File.ReadAllText(Path.Combine(goRoot, "bin", "go")));
        Assert.Equal("package p299\n", File.ReadAllText(Path.Combine(goRoot, "src", "p5", "f299.go")));
        Assert.Equal("package replaced\n", File.ReadAllText(Path.Combine(goRoot, "src", "p0", "f0.go")));
        Assert.NotEqual(0, (int)(File.GetUnixFileMode(Path.Combine(goRoot, "bin", "go")) & AnyExecute));
        Assert.Equal(300, Directory.GetFiles(Path.Combine(goRoot, "src"), "*.go", SearchOption.AllDirectories).Length);
    }

    public static TheoryData<string, PackageEntry[]> HostileArchives() => new()
    {
        { "climbs with ..", [PackageEntry.File("go/../evil", "x")] },
        { "climbs from deeper", [PackageEntry.File("go/bin/../../evil", "x")] },
        { "absolute path", [PackageEntry.File("/tmp/evil", "x")] },
        { "outside the prefix", [PackageEntry.File("other/evil", "x")] },
        { "backslash", [PackageEntry.File("go\\..\\evil", "x")] },
        { "link pointing outside", [PackageEntry.Link("go/escape", "../../evil")] },
        { "absolute link", [PackageEntry.Link("go/escape", "/etc")] },
        { "link climbing after a name", [PackageEntry.Link("go/here", "."), PackageEntry.Link("go/escape", "here/..")] },
        { "write through a link", [PackageEntry.Folder("go/bin"), PackageEntry.Link("go/through", "bin"), PackageEntry.File("go/through/evil", "x")] },
    };

    [Theory]
    [MemberData(nameof(HostileArchives))]
    public void HostileEntryStopsExtractionWithACodedError(string why, PackageEntry[] entries)
    {
        var outside = _temp.Combine("outside");
        var e = Assert.Throws<GoSdkException>(() => new ArchiveExtractor().Extract(
            _temp.Write("hostile.tar.gz", TarGz([PackageEntry.File("go/VERSION", "go1.22.12\n"), .. entries])),
            "hostile.tar.gz", PackageLayout.For(Go12212, PackageShape.Archive), Path.Combine(outside, "a", "goroot"), CancellationToken.None));

        Assert.True(e.Diagnostic.Code == "GOSDK0131", $"{why}: {e.Message}");
        Assert.DoesNotContain(_temp.Listing(), p => p.EndsWith("evil", StringComparison.Ordinal));
    }

    [Fact]
    public void FileThatIsNoArchiveIsACodedError()
    {
        var e = Assert.Throws<GoSdkException>(() => new ArchiveExtractor().Extract(
            _temp.Write("page.tar.gz", "<html>captive portal</html>"u8.ToArray()), "page.tar.gz", PackageLayout.For(Go12212, PackageShape.Archive), _temp.Combine("goroot"), CancellationToken.None));

        Assert.Equal("GOSDK0132", e.Diagnostic.Code);
    }

    private string Extract(byte[] package, PackageShape shape)
    {
        var goRoot = _temp.Combine("goroot");
        new ArchiveExtractor().Extract(_temp.Write("package", package), "package", PackageLayout.For(Go12212, shape), goRoot, CancellationToken.None);
        return goRoot;
    }
}
