using System.Formats.Tar;
using System.IO.Compression;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

/// <summary>A copy of one of samples/matrix/ in a test folder, its project pinned to the Go.Sdk under test.</summary>
internal static class MatrixSample
{
    /// <summary>Copies samples/matrix/<paramref name="name"/> to <paramref name="folder"/> of the project; returns the .goproj's relative path.</summary>
    public static string CopyTo(TestProject project, string version, string name, string folder)
    {
        var source = Path.Combine(RepositoryRootAttribute.Value, "samples", "matrix", name);
        foreach (var file in Directory.GetFiles(source).Where(f => f.EndsWith(".go") || f.EndsWith(".mod") || f.EndsWith(".goproj")))
        {
            var text = File.ReadAllText(file).Replace("Sdk=\"Go.Sdk\"", $"Sdk=\"Go.Sdk/{version}\"");
            project.WriteFile(Path.Combine(folder, Path.GetFileName(file)), text);
        }
        return Path.Combine(folder, name + ".goproj");
    }

    /// <summary>Every file below <paramref name="directory"/> by its relative path, for comparing two builds byte for byte.</summary>
    public static SortedDictionary<string, byte[]> Files(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSameBytes(string expectedDirectory, string actualDirectory)
    {
        var expected = Files(expectedDirectory);
        var actual = Files(actualDirectory);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between {expectedDirectory} and {actualDirectory}");
        }
    }

    /// <summary>The entry names of a .tar.gz, in archive order.</summary>
    public static string[] TarEntries(string archive)
    {
        using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }
        return [.. names];
    }
}
