namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

/// <summary>A fresh folder per test, deleted afterwards (read-only flags of a test's own making removed first).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gosdk-acq-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relative, byte[] content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every file and folder below the root, as '/'-separated relative paths, sorted.</summary>
    public IReadOnlyList<string> Listing(string relative = "") =>
        Directory.EnumerateFileSystemEntries(Combine(relative), "*", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(Combine(relative), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a test that failed half-way may leave a locked file behind; the temp folder is cleaned by the OS
        }
    }
}
