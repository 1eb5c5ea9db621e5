using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Publishing;
using Go.Sdk.Tasks.Sbom;

namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>The build information read from real binaries is what <c>go version -m</c> of the same toolchain reads.</summary>
public sealed class GoBinaryReaderTests(SbomBinaries binaries) : IClassFixture<SbomBinaries>
{
    [Theory]
    [InlineData("1.21", "linux/amd64")]
    [InlineData("1.22", "linux/amd64")]
    [InlineData("1.23", "linux/amd64")]
    [InlineData("1.24", "linux/amd64")]
    [InlineData("1.22", "windows/amd64")]
    [InlineData("1.22", "darwin/arm64")]
    [InlineData("1.22", "linux/arm64")]
    [InlineData("1.24", "linux/386")]
    public void ReadsWhatGoVersionMReads(string goMinor, string target)
    {
        var path = binaries.Build(goMinor, target);

        var read = GoBinaryReader.Read(path);

        var expected = ParseGoVersionM(binaries.GoVersionM(goMinor, path), path);
        Assert.StartsWith($"go{goMinor}.", read.BuildInfo.GoVersion);
        AssertSameBuildInfo(expected, read.BuildInfo);
        Assert.Equal(Sha256Sums.Hash(path), read.Sha256);
        var (goos, goarch) = (target.Split('/')[0], target.Split('/')[1]);
        Assert.Equal((goos, goarch), (read.BuildInfo.Setting("GOOS"), read.BuildInfo.Setting("GOARCH")));
    }

    [Fact]
    public void ReadsTheGoCommandWhichAlsoHoldsTheMagicAsAStringConstant()
    {
        // cmd/go links debug/buildinfo, so its read-only data holds the same 14 bytes as its build information.
        var go = SbomBinaries.GoExecutable("1.24");

        var read = GoBinaryReader.Read(go);

        AssertSameBuildInfo(ParseGoVersionM(binaries.GoVersionM("1.24", go), go), read.BuildInfo);
        Assert.Equal("cmd/go", read.BuildInfo.Path);
    }

    [Fact]
    public void RecordsTheProxiedModuleWithItsChecksumAndTheFolderReplacementWithout()
    {
        var info = GoBinaryReader.Read(binaries.Build("1.22")).BuildInfo;

        Assert.Equal("example.com/sbomapp", info.Path);
        Assert.Equal(new GoModule("example.com/sbomapp", "(devel)", ""), info.Main);
        var greeting = Assert.Single(info.Dependencies, d => d.Path == "example.com/greeting");
        Assert.Equal("v1.2.0", greeting.Version);
        Assert.Matches("^h1:[A-Za-z0-9+/]{43}=$", greeting.Sum);
        var local = Assert.Single(info.Dependencies, d => d.Path == "example.com/local");
        Assert.True(local.IsReplacedByFolder);
        Assert.Equal(new GoModule("../local", "(devel)", ""), local.Replacement);
        // With -trimpath Go leaves -ldflags out, since linker flags may hold paths.
        Assert.Equal(("true", null, "0"), (info.Setting("-trimpath"), info.Setting("-ldflags"), info.Setting("CGO_ENABLED")));
    }

    [Fact]
    public void ReadsTheObjectInsideACArchive()
    {
        var archive = binaries.Build("1.22", buildMode: "c-archive");

        var info = GoBinaryReader.Read(archive).BuildInfo;

        Assert.Equal("c-archive", info.Setting("-buildmode"));
        Assert.Contains(info.Dependencies, d => d.Path == "example.com/greeting");
    }

    [Fact]
    public void FindsTheBlobAcrossAReadChunkBoundaryAndSkipsAMagicThatIsNoBlob()
    {
        using var folder = new Coverage.TempDirectory();
        var modInfo = "path\texample.com/x\nmod\texample.com/x\t(devel)\t\nbuild\tGOOS=linux\n";
        var bytes = new List<byte>();
        // A program that embeds the magic as a string: followed by text, not by a header and two strings.
        bytes.AddRange(BuildInfoBlobs.Magic);
        bytes.AddRange("Go build info is here"u8.ToArray());
        // The real blob straddles the first 1 MiB read.
        bytes.AddRange(new byte[(1 << 20) - 7 - bytes.Count]);
        bytes.AddRange(BuildInfoBlobs.Blob("go1.22.12", modInfo));
        bytes.AddRange(new byte[100]);
        var path = folder.Write("binary", "");
        File.WriteAllBytes(path, bytes.ToArray());

        var info = GoBinaryReader.Read(path).BuildInfo;

        Assert.Equal(("go1.22.12", "example.com/x", "linux"), (info.GoVersion, info.Path, info.Setting("GOOS")));
    }

    [Fact]
    public void AFileWithoutBuildInfoIsGoSdk0641()
    {
        using var folder = new Coverage.TempDirectory();
        var path = folder.Write("script.sh", "#!/bin/sh\necho not go\n");

        var error = Assert.Throws<GoSdkException>(() => GoBinaryReader.Read(path));

        Assert.Equal("GOSDK0641", error.Diagnostic.Code);
        Assert.Contains(path, error.Diagnostic.Message);
    }

    [Fact]
    public void APointerFormatBlobFromBeforeGo118IsGoSdk0642()
    {
        using var folder = new Coverage.TempDirectory();
        var path = folder.Write("old", "");
        // Go 1.17: pointer size 8, flags 0 (little-endian, pointers to the strings).
        File.WriteAllBytes(path, [.. BuildInfoBlobs.Magic, 8, 0, .. new byte[16], .. new byte[64]]);

        Assert.Equal("GOSDK0642", Assert.Throws<GoSdkException>(() => GoBinaryReader.Read(path)).Diagnostic.Code);
    }

    [Fact]
    public void AMissingFileIsGoSdk0640()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gosdk-no-such-binary-" + Guid.NewGuid());

        Assert.Equal("GOSDK0640", Assert.Throws<GoSdkException>(() => GoBinaryReader.Read(missing)).Diagnostic.Code);
    }

    /// <summary><c>go version -m</c> prints "<c>path: goVERSION</c>", then the module text with each line indented by a tab.</summary>
    internal static GoBuildInfo ParseGoVersionM(string output, string path)
    {
        var lines = output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var version = lines[0].Substring(lines[0].LastIndexOf(": ", StringComparison.Ordinal) + 2);
        var modInfo = string.Concat(lines.Skip(1).Select(line => line.Substring(1) + "\n"));
        return ModInfoParser.Parse(version, modInfo, path);
    }

    internal static void AssertSameBuildInfo(GoBuildInfo expected, GoBuildInfo actual)
    {
        Assert.Equal((expected.GoVersion, expected.Path, expected.Main), (actual.GoVersion, actual.Path, actual.Main));
        Assert.Equal(expected.Dependencies, actual.Dependencies);
        Assert.Equal(expected.Settings, actual.Settings);
    }
}
