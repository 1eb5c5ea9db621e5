using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Trust;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

public class ChecksumVerifierTests
{
    private const string Archive = "go1.22.12.linux-amd64.tar.gz";
    private const string GoModSubject = "golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/go.mod";

    private static ChecksumStore Embedded() => ChecksumStore.Load(TrustTestFiles.CommittedManifests, Array.Empty<string>());

    [Fact]
    public void HashTakenDuringTheDownloadIsTrustedWithoutReadingTheFileAgain()
    {
        const string hash = "0000000000000000000000000000000000000000000000000000000000000001";
        var store = new ChecksumStore(Array.Empty<ChecksumEntry>(), new[] { new ChecksumEntry(Archive, ChecksumKind.Sha256, hash, "ours.sha256") });

        var result = new ChecksumVerifier(store).Verify(Archive, "/nonexistent/file", hash.ToUpperInvariant());

        Assert.Equal("ours.sha256", result.Trusted.Source);
    }

    [Fact]
    public void HashTakenDuringTheDownloadThatDiffersIsAMismatch()
    {
        var d = Assert.Throws<GoSdkException>(() =>
            new ChecksumVerifier(Embedded()).Verify(Archive, "/nonexistent/file", new string('0', 64))).Diagnostic;

        Assert.Equal("GOSDK0155", d.Code);
        Assert.Contains(new string('0', 64), d.Message);
    }

    [Fact]
    public void ArchiveMatchingItsChecksumIsVerifiedAndNamesTheSource()
    {
        using var scratch = new ScratchDirectory();
        var archive = scratch.File(Archive);
        File.WriteAllText(archive, "a rebuilt toolchain");
        var userFile = scratch.File("ours.sha256");
        File.WriteAllText(userFile, $"{Sha256Hash.OfFile(archive)}  {Archive}\n");
        var store = ChecksumStore.Load(TrustTestFiles.CommittedManifests, new[] { userFile });

        var result = new ChecksumVerifier(store).Verify(Archive, archive);

        Assert.Equal(userFile, result.Trusted.Source);
        Assert.Equal(archive, result.File);
        Assert.Contains(userFile, result.Describe());
        Assert.Contains("SHA-256", result.Describe());
    }

    [Fact]
    public void MismatchIsAnErrorWithExpectedActualAndSource()
    {
        using var scratch = new ScratchDirectory();
        var archive = scratch.File(Archive);
        File.WriteAllText(archive, "not the official bytes");
        var expected = Embedded().Require(Archive);

        var d = Assert.Throws<GoSdkException>(() => new ChecksumVerifier(Embedded()).Verify(Archive, archive)).Diagnostic;

        Assert.Equal("GOSDK0155", d.Code);
        Assert.Contains(expected.Value, d.Message);
        Assert.Contains(Sha256Hash.OfFile(archive), d.Message);
        Assert.Contains(expected.Source, d.Message);
        Assert.Contains(Archive, d.Message);
    }

    [Fact]
    public void UnknownArchiveIsRefusedBeforeItIsHashed()
    {
        var d = Assert.Throws<GoSdkException>(() =>
            new ChecksumVerifier(Embedded()).Verify("go1.99.1.linux-amd64.tar.gz", "/nonexistent/file")).Diagnostic;

        Assert.Equal("GOSDK0154", d.Code);
    }

    [Fact]
    public void ModuleZipIsVerifiedByH1AgainstTheRecordedValue()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("go.mod.zip"), ("go.mod", "module golang.org/toolchain\n"));

        var result = new ChecksumVerifier(Embedded()).Verify(GoModSubject, zip);

        Assert.Equal(ChecksumKind.H1, result.Trusted.Kind);
        Assert.Contains("h1", result.Describe());
    }

    [Fact]
    public void TamperedModuleZipFailsH1Verification()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("go.mod.zip"), ("go.mod", "module evil.example/toolchain\n"));

        var d = Assert.Throws<GoSdkException>(() => new ChecksumVerifier(Embedded()).Verify(GoModSubject, zip)).Diagnostic;

        Assert.Equal("GOSDK0155", d.Code);
        Assert.Contains(ModuleZipHash.OfFile(zip), d.Message);
    }

    [Fact]
    public void ExplicitSha256VerifiesAModuleZipByItsBytes()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("go.mod.zip"), ("go.mod", "module golang.org/toolchain\n"));
        var store = Embedded().WithExplicitSha256(GoModSubject, Sha256Hash.OfFile(zip));

        var result = new ChecksumVerifier(store).Verify(GoModSubject, zip);

        Assert.Equal((ChecksumKind.Sha256, ChecksumStore.ExplicitSource), (result.Trusted.Kind, result.Trusted.Source));
    }
}
