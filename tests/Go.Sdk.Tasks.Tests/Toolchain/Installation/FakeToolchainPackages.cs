using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Go.Sdk.Tasks.Toolchain;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

/// <summary>One entry of a test archive: a file (with its Unix mode), a folder, or a symbolic link.</summary>
public sealed record PackageEntry(string Name, string? Content = null, UnixFileMode Mode = PackageEntry.Regular, string? LinkTarget = null, bool IsDirectory = false)
{
    public const UnixFileMode Regular = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    public const UnixFileMode Executable = Regular | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static PackageEntry File(string name, string content, UnixFileMode mode = Regular) => new(name, content, mode);
    public static PackageEntry Folder(string name) => new(name, IsDirectory: true, Mode: Executable);
    public static PackageEntry Link(string name, string target) => new(name, Mode: Executable, LinkTarget: target);
}

/// <summary>
/// Small stand-ins for Go toolchain packages, shaped like the real ones (a VERSION, a bin/go script, a tool, a
/// nested go.mod) but a few hundred bytes, plus hostile variants built entry by entry.
/// </summary>
public static class FakeToolchainPackages
{
    public static readonly ArchiveName Go12212 = new(GoVersion.Parse("1.22.12"), "linux", "amd64");

    /// <summary>The official archive shape: everything under go/, exec bits in the tar headers.</summary>
    public static byte[] Archive(ArchiveName toolchain, string flavour = "") => TarGz(ToolchainFiles(toolchain, "go/", flavour, executableModes: true));

    /// <summary>The golang.org/toolchain module zip shape: a prefix per entry, _go.mod, no exec bits.</summary>
    public static byte[] ModuleZip(ArchiveName toolchain) =>
        Zip(ToolchainFiles(toolchain, toolchain.ModuleSubject + "/", "", executableModes: false)
            .Select(e => e.Name.EndsWith("/src/cmd/go.mod", StringComparison.Ordinal) ? e with { Name = e.Name.Replace("/go.mod", "/_go.mod") } : e)
            .Append(PackageEntry.File(toolchain.ModuleSubject + "/go.mod", "module golang.org/toolchain\n")));

    public static byte[] TarGz(IEnumerable<PackageEntry> entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var type = entry.IsDirectory ? TarEntryType.Directory : entry.LinkTarget is not null ? TarEntryType.SymbolicLink : TarEntryType.RegularFile;
                var tarEntry = new PaxTarEntry(type, entry.Name) { Mode = entry.Mode };
                if (entry.LinkTarget is not null)
                {
                    tarEntry.LinkName = entry.LinkTarget;
                }
                if (entry.Content is not null)
                {
                    tarEntry.DataStream = new MemoryStream(Encoding.UTF8.GetBytes(entry.Content));
                }
                tar.WriteEntry(tarEntry);
            }
        }
        return output.ToArray();
    }

    public static byte[] Zip(IEnumerable<PackageEntry> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var stream = zip.CreateEntry(entry.Name).Open();
                stream.Write(Encoding.UTF8.GetBytes(entry.Content ?? ""));
            }
        }
        return output.ToArray();
    }

    private static IEnumerable<PackageEntry> ToolchainFiles(ArchiveName toolchain, string prefix, string flavour, bool executableModes)
    {
        var exec = executableModes ? PackageEntry.Executable : PackageEntry.Regular;
        yield return PackageEntry.File(prefix + "VERSION", $"{toolchain.Version.GoName}\ntime 2025-02-04T20:22:35Z\n");
        yield return PackageEntry.File(prefix + "bin/go", $"#!/bin/sh\necho 'go version {toolchain.Version.GoName} {toolchain.GoOS}/{toolchain.GoArch}{flavour}'\n", exec);
        yield return PackageEntry.File(prefix + $"pkg/tool/{toolchain.GoOS}_{toolchain.GoArch}/compile", "#!/bin/sh\n", exec);
        yield return PackageEntry.File(prefix + "src/cmd/go.mod", "module cmd\n\ngo 1.22\n");
        yield return PackageEntry.File(prefix + "src/fmt/print.go", "package fmt\n");
    }
}
