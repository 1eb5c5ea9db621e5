using System;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>The two archive formats of a release: tar.gz for Unix targets, zip for Windows ones.</summary>
public enum ArchiveFormat
{
    TarGz,
    Zip,
}

/// <summary>Choosing an <see cref="ArchiveFormat"/> from a setting or an archive's file name.</summary>
public static class ArchiveFormats
{
    /// <summary><c>tar.gz</c>/<c>tgz</c> or <c>zip</c>; when <paramref name="value"/> is empty, by <paramref name="archivePath"/>'s extension (zip, else tar.gz).</summary>
    public static ArchiveFormat Parse(string? value, string archivePath) => (value ?? "").Trim().ToLowerInvariant() switch
    {
        "" => archivePath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ArchiveFormat.Zip : ArchiveFormat.TarGz,
        "tar.gz" or "tgz" or "targz" => ArchiveFormat.TarGz,
        "zip" => ArchiveFormat.Zip,
        _ => throw new GoSdkException(Messages.UnknownArchiveFormat(value!)),
    };

    /// <summary>The format a target's archive uses: zip for Windows (what its users open), tar.gz elsewhere (it keeps modes).</summary>
    public static ArchiveFormat ForGoOS(string goOS) => goOS == "windows" ? ArchiveFormat.Zip : ArchiveFormat.TarGz;

    public static string Extension(ArchiveFormat format) => format == ArchiveFormat.Zip ? ".zip" : ".tar.gz";
}
