using Go.Sdk.Tasks.Toolchain.Trust;
using System.Security.Cryptography;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Acquisition;
using static Go.Sdk.Tasks.Tests.Toolchain.Installation.FakeToolchainPackages;

namespace Go.Sdk.Tasks.Tests.Toolchain.Acquisition;

/// <summary>
/// What an acquisition test needs: a GoSdkHome, the fake packages and their known SHA-256s, and a task wired to
/// the test's verifier, an instant retry delay and a controlled environment.
/// </summary>
public sealed class AcquisitionFixture : IDisposable
{
    public AcquisitionFixture()
    {
        Home = new TempFolder();
    }

    public TempFolder Home { get; }

    public ToolchainCache Cache => new(Home.Combine("home"));

    public byte[] Archive { get; } = FakeToolchainPackages.Archive(Go12212);

    public byte[] ModuleZip { get; } = FakeToolchainPackages.ModuleZip(Go12212);

    public Dictionary<string, string> Environment { get; } = new();

    public static string ArchivePath => "/dl/" + Go12212.ArchiveFileName;

    public static string ModulePath => $"/golang.org/toolchain/@v/{Go12212.ModuleVersion}.zip";

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A task for go1.22.12.linux-amd64 that trusts <paramref name="trusted"/> (the fake archive by default).</summary>
    public AcquireGoToolchain Task(RecordingBuildEngine engine, byte[]? trusted = null, ArchiveName? toolchain = null) => new()
    {
        BuildEngine = engine,
        ToolchainName = (toolchain ?? Go12212).PlatformName,
        GoSdkHome = Home.Combine("home"),
        Verifier = new TrustedChecksumVerifier(new ChecksumStore(
            embedded: [],
            user: [
                new ChecksumEntry((toolchain ?? Go12212).ArchiveFileName, ChecksumKind.Sha256, Sha256(trusted ?? Archive), "the test"),
                new ChecksumEntry((toolchain ?? Go12212).ModuleSubject, ChecksumKind.Sha256, Sha256(trusted ?? Archive), "the test"),
            ])),
        Delay = (_, _) => System.Threading.Tasks.Task.CompletedTask,
        Environment = name => Environment.TryGetValue(name, out var value) ? value : null,
        ConnectTimeoutSeconds = 10,
        StallTimeoutSeconds = 10,
    };

    /// <summary>What the toolchains folder holds besides the lock files: the cache as a user would see it.</summary>
    public IReadOnlyList<string> CacheContents() =>
        Directory.Exists(Cache.ToolchainsDirectory)
            ? Home.Listing("home/toolchains").Where(p => !p.StartsWith(".locks", StringComparison.Ordinal)).ToList()
            : [];

    public void Dispose() => Home.Dispose();
}
