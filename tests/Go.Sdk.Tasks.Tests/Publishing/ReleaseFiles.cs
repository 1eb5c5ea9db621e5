using Go.Sdk.Tasks.Tests.Platforms;

namespace Go.Sdk.Tasks.Tests.Publishing;

/// <summary>A temp folder of release files (a real ELF "binary" copied from the test host, a README, a nested doc) for archive tests.</summary>
public sealed class ReleaseFiles : IDisposable
{
    public ReleaseFiles()
    {
        Root = Directory.CreateTempSubdirectory("gosdk-publish-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "docs"));
        // Any ELF executable will do as the program: the archive code must recognise it by its header.
        File.Copy("/bin/true", Binary);
        File.WriteAllText(Readme, "hello\n");
        File.WriteAllText(Guide, "# Guide\n");
    }

    public string Root { get; }

    public string Binary => Path.Combine(Root, "hello");

    public string Readme => Path.Combine(Root, "README.md");

    public string Guide => Path.Combine(Root, "docs", "guide.md");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Gives the files other times and permissions on disk, which must not reach the archive.</summary>
    public void Disturb(DateTime when, UnixFileMode mode)
    {
        foreach (var file in new[] { Binary, Readme, Guide })
        {
            File.SetLastWriteTimeUtc(file, when);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, mode);
            }
        }
    }

    /// <summary>Runs tar, unzip or sha256sum in UTC and the C locale, so listings read the same on every machine.</summary>
    public static string Run(string tool, string workingDirectory, params string[] args) =>
        ToolRun.Run(tool, workingDirectory, args, new Dictionary<string, string> { ["TZ"] = "UTC", ["LC_ALL"] = "C" });
}
