using System.IO.Compression;
using System.Text;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

/// <summary>Writes small module zips with chosen entries, in the order given.</summary>
internal static class ModuleZipBuilder
{
    public static string Write(string path, params (string Name, string Content)[] entries)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false, entryNameEncoding: Encoding.UTF8);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }
        return path;
    }
}
