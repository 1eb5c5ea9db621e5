using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Trust;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

public class ChecksumStoreTests
{
    private const string Archive = "go1.22.12.linux-amd64.tar.gz";
    private const string Module = "golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64";

    private static readonly string Rebuild = TrustTestFiles.TestData("enterprise-rebuild.sha256");

    private static ChecksumStore Load(params string[] userFiles) =>
        ChecksumStore.Load(TrustTestFiles.CommittedManifests, userFiles);

    private static string CodeOf(Action action) => Assert.Throws<GoSdkException>(action).Diagnostic.Code;

    [Fact]
    public void EmbeddedManifestVouchesForEveryOfficialArchiveAndModule()
    {
        var store = Load();

        var archive = store.Require(Archive);
        Assert.Equal(ChecksumKind.Sha256, archive.Kind);
        Assert.Equal(ChecksumStore.EmbeddedSource(TrustTestFiles.CommittedManifest("go-archives.sha256")), archive.Source);
        Assert.Equal(ChecksumKind.H1, store.Require(Module).Kind);
        Assert.Equal(ChecksumKind.H1, store.Require(Module + "/go.mod").Kind);
    }

    [Fact]
    public void EmbeddedManifestListsReleasesForFloatingVersions()
    {
        var known = KnownReleases.FromChecksums(Load().EmbeddedEntries);

        Assert.Equal("1.21.13", known.NewestIn(GoVersion.Parse("1.21"))!.ToString());
    }

    [Fact]
    public void UserFileTakesPrecedenceOverEmbeddedAndIsNamedAsSource()
    {
        var embedded = Load().Require(Archive);

        var user = Load(Rebuild).Require(Archive);

        Assert.Equal(Rebuild, user.Source);
        Assert.NotEqual(embedded.Value, user.Value);
        Assert.Equal(ChecksumFile.Read(Rebuild, Rebuild).Single(e => e.Subject == Archive).Value, user.Value);
    }

    [Fact]
    public void UserGoSumTakesPrecedenceForModuleZips()
    {
        var mirror = TrustTestFiles.TestData("proxy-mirror.sum");

        var entry = Load(mirror).Require(Module);

        Assert.Equal(mirror, entry.Source);
        Assert.Equal(ChecksumKind.H1, entry.Kind);
    }

    [Fact]
    public void ExplicitSha256TakesPrecedenceOverUserFilesForItsSubjectOnly()
    {
        var explicitValue = new string('A', 64);

        var store = Load(Rebuild).WithExplicitSha256(Archive, explicitValue);

        var entry = store.Require(Archive);
        Assert.Equal(ChecksumStore.ExplicitSource, entry.Source);
        Assert.Equal(explicitValue.ToLowerInvariant(), entry.Value);
        Assert.Equal(Rebuild, store.Require("go1.22.12.windows-amd64.zip").Source);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void UnsetExplicitSha256ChangesNothing(string? value)
    {
        var store = Load(Rebuild);
        Assert.Same(store, store.WithExplicitSha256(Archive, value));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("sha256:0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000")]
    [InlineData("zz0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000")]
    public void ExplicitSha256MustBeSixtyFourHexDigits(string value) =>
        Assert.Equal("GOSDK0153", CodeOf(() => Load().WithExplicitSha256(Archive, value)));

    [Fact]
    public void UserFilesThatDisagreeAreAnErrorNamingBoth()
    {
        var second = TrustTestFiles.TestData("second-opinion.sha256");

        var e = Assert.Throws<GoSdkException>(() => Load(Rebuild, second));

        Assert.Equal("GOSDK0152", e.Diagnostic.Code);
        Assert.Contains(Rebuild, e.Diagnostic.Message);
        Assert.Contains(second, e.Diagnostic.Message);
        Assert.Contains(Archive, e.Diagnostic.Message);
    }

    [Fact]
    public void UserFilesThatAgreeModuloHexCaseAreFine()
    {
        var entry = Load(Rebuild, TrustTestFiles.TestData("agreeing.sha256")).Require(Archive);
        Assert.Equal(Rebuild, entry.Source);
    }

    [Fact]
    public void MalformedUserFileIsACodedErrorAtItsLine()
    {
        var path = TrustTestFiles.TestData("malformed.sha256");

        var d = Assert.Throws<GoSdkException>(() => Load(path)).Diagnostic;

        Assert.Equal(("GOSDK0150", path, 3), (d.Code, d.File, d.Line));
    }

    [Fact]
    public void MissingUserFileIsACodedError() =>
        Assert.Equal("GOSDK0151", CodeOf(() => Load(TrustTestFiles.TestData("no-such-file.sha256"))));

    [Fact]
    public void UnknownSubjectIsAnErrorSayingHowToSupplyAChecksum()
    {
        var d = Assert.Throws<GoSdkException>(() => Load().Require("go1.99.1.linux-amd64.tar.gz")).Diagnostic;

        Assert.Equal("GOSDK0154", d.Code);
        Assert.Contains("go1.99.1.linux-amd64.tar.gz", d.Message);
        Assert.Contains("GoToolchainChecksums", d.Message);
        Assert.Contains("GoToolchainSha256", d.Message);
        Assert.Null(Load().Find("go1.99.1.linux-amd64.tar.gz"));
    }
}
