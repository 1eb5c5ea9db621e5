using System.Text.RegularExpressions;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// The artifact store of one pipeline run, shared by its emulated agents: an upload copies a folder under the
/// artifact's name, a download copies every artifact whose name matches into its own subfolder — as
/// PublishPipelineArtifact/DownloadPipelineArtifact and upload-artifact/download-artifact do.
/// </summary>
public sealed class PipelineArtifacts(string root)
{
    public string PathOf(string name) => Path.Combine(root, name);

    public void Upload(string name, string folder)
    {
        Assert.True(Directory.Exists(folder), $"Artifact '{name}': folder '{folder}' does not exist.");
        Assert.False(Directory.Exists(PathOf(name)), $"Artifact '{name}' was uploaded twice in one run.");
        Copy(folder, PathOf(name));
    }

    /// <summary>Copies the artifacts whose names match <paramref name="namePattern"/> (a '*' glob) into <paramref name="target"/>/&lt;name&gt;.</summary>
    public IReadOnlyList<string> Download(string namePattern, string target)
    {
        var pattern = new Regex("^" + Regex.Escape(namePattern).Replace(@"\*", ".*") + "$");
        var names = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).Where(n => pattern.IsMatch(n!)).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var name in names)
        {
            Copy(PathOf(name!), Path.Combine(target, name!));
        }
        return names!;
    }

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Files below <paramref name="folder"/> whose relative path matches a minimatch-style pattern ('**/', '*').</summary>
    public static IReadOnlyList<string> Glob(string folder, string pattern)
    {
        var regex = new Regex("^" + Regex.Escape(pattern.Replace('\\', '/')).Replace(@"\*\*/", "(?:.*/)?").Replace(@"\*", "[^/]*") + "$");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => regex.IsMatch(Path.GetRelativePath(folder, f).Replace('\\', '/'))).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
