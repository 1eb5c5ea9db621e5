using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

public sealed class PinnedSha256VerifierTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MatchingFileIsVerifiedByThePin()
    {
        var file = _temp.Write("go.zip", "toolchain"u8.ToArray());
        var pin = AcquisitionFixture.Sha256("toolchain"u8.ToArray());

        Assert.Equal($"sha256 {pin} from GoToolchainSha256", new PinnedSha256Verifier(pin.ToUpperInvariant(), "GoToolchainSha256").VerifyModuleZip("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64", file));
    }

    [Fact]
    public void WithoutAPinNothingIsTrusted() =>
        Assert.Equal("GOSDK0136", Assert.Throws<GoSdkException>(() => new PinnedSha256Verifier("", "pin").VerifyArchive("go.tar.gz", _temp.Write("go.tar.gz", [1]))).Diagnostic.Code);

    [Fact]
    public void PinThatIsNoSha256IsACodedError() =>
        Assert.Equal("GOSDK0138", Assert.Throws<GoSdkException>(() => new PinnedSha256Verifier("abc123", "pin")).Diagnostic.Code);
}
