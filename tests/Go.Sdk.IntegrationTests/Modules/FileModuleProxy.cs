using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.IntegrationTests.Modules;

/// <summary>
/// A GOPROXY in a folder, served to Go as a <c>file://</c> URL: for each module version <c>&lt;path&gt;/@v/list</c>,
/// <c>&lt;version&gt;.info</c>, <c>.mod</c> and <c>.zip</c>, whose entries all start with <c>&lt;path&gt;@&lt;version&gt;/</c>.
/// Module paths here are lower case, so Go's escaping of capitals is not needed.
/// </summary>
public sealed class FileModuleProxy
{
    public FileModuleProxy(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    /// <summary>
    /// The folder as Go reads a file URL, unescaped: MSBuild decodes <c>%XX</c> in property values, so the
    /// percent-encoded form of a path with a space or a non-ASCII letter would reach Go mangled.
    /// </summary>
    public string Url => "file://" + Directory;

    /// <summary>Publishes a module version with a go.mod and the given files; returns its two go.sum lines.</summary>
    public string Publish(string modulePath, string version, IReadOnlyDictionary<string, string> files)
    {
        var versions = Path.Combine(Directory, modulePath, "@v");
        System.IO.Directory.CreateDirectory(versions);
        var goMod = $"module {modulePath}\n\ngo 1.21\n";
        File.WriteAllText(Path.Combine(versions, version + ".mod"), goMod);
        File.WriteAllText(Path.Combine(versions, version + ".info"), $"{{\"Version\":\"{version}\",\"Time\":\"2024-01-01T00:00:00Z\"}}\n");
        File.AppendAllText(Path.Combine(versions, "list"), version + "\n");

        var zip = Path.Combine(versions, version + ".zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in files.Append(new KeyValuePair<string, string>("go.mod", goMod)))
            {
                using var entry = new StreamWriter(archive.CreateEntry($"{modulePath}@{version}/{name}").Open());
                entry.Write(content);
            }
        }
        return $"{modulePath} {version} {ModuleZipHash.OfFile(zip)}\n" +
               $"{modulePath} {version}/go.mod {GoModHash(goMod)}\n";
    }

    // go.sum's "/go.mod" line is the h1 hash of a tree holding one file, go.mod.
    private static string GoModHash(string goMod)
    {
        var line = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(goMod))) + "  go.mod\n";
        return ModuleZipHash.Prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
    }
}
