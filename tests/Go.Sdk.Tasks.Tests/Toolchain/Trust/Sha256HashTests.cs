using System.Security.Cryptography;
using System.Text;
using Go.Sdk.Tasks.Toolchain.Trust;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

public class Sha256HashTests
{
    [Fact]
    public void MatchesTheFipsTestVectorInLowercaseHex() =>
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        Assert.Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Sha256Hash.OfStream(new MemoryStream(Encoding.ASCII.GetBytes("abc"))));

    [Fact]
    public void StreamsFilesLargerThanOneChunk()
    {
        using var scratch = new ScratchDirectory();
        var content = new byte[1_000_003];
        new Random(42).NextBytes(content);
        var path = scratch.File("big.bin");
        File.WriteAllBytes(path, content);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), Sha256Hash.OfFile(path));
    }

    [Fact]
    public void ObservesCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Sha256Hash.OfStream(new MemoryStream(new byte[10]), cancelled.Token));
    }
}
