namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

/// <summary>Where the trust tests find their data, the repository's committed manifest, and scratch space.</summary>
internal static class TrustTestFiles
{
    public static string TestData(params string[] parts) =>
        Path.Combine(new[] { AppContext.BaseDirectory, "TestData", "Trust" }.Concat(parts).ToArray());

    /// <summary>The manifest committed under src/Go.Sdk/checksums, found from the test's output folder.</summary>
    public static string CommittedManifest(string fileName) =>
        Path.Combine(RepositoryRoot.Path, "src", "Go.Sdk", "checksums", fileName);

    public static IReadOnlyList<string> CommittedManifests =>
        new[] { CommittedManifest("go-archives.sha256"), CommittedManifest("go-toolchain-modules.sum") };
}

/// <summary>A fresh folder per test, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gosdk-trust-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
