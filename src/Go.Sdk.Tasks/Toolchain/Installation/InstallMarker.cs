using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// The record written last into a cached GOROOT (<see cref="ToolchainCache.MarkerFileName"/>): which toolchain it
/// is, what verified it, and the sizes of <c>bin/go</c> and <c>VERSION</c> at install time. A folder whose record is
/// missing or no longer matches the disk was interrupted or changed, and is replaced rather than used.
/// </summary>
public sealed record InstallMarker(string Toolchain, string VerifiedBy, long GoExecutableSize, long VersionFileSize)
{
    private const string ToolchainKey = "toolchain";
    private const string VerifiedByKey = "verified-by";
    private const string GoSizeKey = "bin-go-size";
    private const string VersionSizeKey = "version-size";

    /// <summary>Records the install at <paramref name="goRoot"/> as it is now.</summary>
    public static InstallMarker Describe(string goRoot, ArchiveName toolchain, string verifiedBy) =>
        new(toolchain.PlatformName, verifiedBy,
            new FileInfo(GoExecutable(goRoot, toolchain)).Length,
            new FileInfo(Path.Combine(goRoot, "VERSION")).Length);

    /// <summary>Writes the record beside a temporary name first, so a reader never sees half of it.</summary>
    public void Write(string markerPath)
    {
        var text = new StringBuilder()
            .Append("# Go.Sdk toolchain install record. The cache uses this folder only while these facts hold.\n")
            .Append(ToolchainKey).Append('=').Append(Toolchain).Append('\n')
            .Append(VerifiedByKey).Append('=').Append(VerifiedBy).Append('\n')
            .Append(GoSizeKey).Append('=').Append(GoExecutableSize.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(VersionSizeKey).Append('=').Append(VersionFileSize.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .ToString();
        var temporary = markerPath + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, markerPath);
    }

    /// <summary>The record at <paramref name="markerPath"/>, or null when there is none or it is incomplete.</summary>
    public static InstallMarker? Read(string markerPath)
    {
        if (!File.Exists(markerPath))
        {
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(markerPath))
        {
            int equals = line.IndexOf('=');
            if (equals > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            {
                values[line.Substring(0, equals)] = line.Substring(equals + 1);
            }
        }
        return values.TryGetValue(ToolchainKey, out var toolchain)
            && values.TryGetValue(VerifiedByKey, out var verifiedBy)
            && TryGetSize(values, GoSizeKey, out var goSize)
            && TryGetSize(values, VersionSizeKey, out var versionSize)
                ? new InstallMarker(toolchain, verifiedBy, goSize, versionSize)
                : null;
    }

    /// <summary>
    /// Why the install at <paramref name="goRoot"/> cannot be used as <paramref name="toolchain"/>, or null when
    /// its record exists and still matches the disk.
    /// </summary>
    public static string? Problem(string goRoot, ArchiveName toolchain, InstallMarker? marker)
    {
        if (!Directory.Exists(goRoot))
        {
            return "it is not installed";
        }
        if (marker is null)
        {
            return $"it has no complete {ToolchainCache.MarkerFileName} record, so its install was interrupted";
        }
        if (marker.Toolchain != toolchain.PlatformName)
        {
            return $"its record says {marker.Toolchain}";
        }
        var info = GoRootInfo.Read(goRoot);
        if (!toolchain.Version.Equals(info.Version))
        {
            return info.Problem ?? $"its VERSION says {info.Version}";
        }
        var go = new FileInfo(GoExecutable(goRoot, toolchain));
        if (!go.Exists || go.Length != marker.GoExecutableSize)
        {
            return $"bin/{go.Name} is missing or has another size than when it was installed";
        }
        if (new FileInfo(Path.Combine(goRoot, "VERSION")).Length != marker.VersionFileSize)
        {
            return "VERSION has another size than when it was installed";
        }
        return null;
    }

    private static string GoExecutable(string goRoot, ArchiveName toolchain) =>
        Path.Combine(goRoot, "bin", toolchain.GoOS == "windows" ? "go.exe" : "go");

    private static bool TryGetSize(Dictionary<string, string> values, string key, out long size)
    {
        size = 0;
        return values.TryGetValue(key, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }
}
