using System.IO;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// One attempt's work folder beside the cache entry: the downloaded file and the GOROOT being unpacked. Disposing
/// it deletes whatever is left, so a failed download or verification leaves the cache as it was.
/// </summary>
public sealed class InstallWorkspace : System.IDisposable
{
    internal InstallWorkspace(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string GoRoot => Path.Combine(Directory, "goroot");

    public string DownloadPath(string fileName) => Path.Combine(Directory, fileName);

    public void Dispose() => CacheDirectory.TryDelete(Directory);
}
