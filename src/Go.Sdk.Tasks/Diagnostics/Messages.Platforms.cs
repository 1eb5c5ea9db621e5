using System.Collections.Generic;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic UnknownRuntimeIdentifier(string rid, IEnumerable<string> supported) => new("GOSDK0501",
        $"RuntimeIdentifier '{rid}' has no Go target Go.Sdk knows. Use one of: {string.Join(", ", supported)}; or set GoOS and GoArch (and GoLibc) instead.");

    public static GoSdkDiagnostic InvalidTargetPlatform(string text, string detail) => new("GOSDK0502",
        $"'{text}' is not a Go target platform: {detail}. GoTargetPlatforms and GoTarget items take goos/goarch or goos/goarch/variant, e.g. linux/amd64;linux/arm/v7;windows/amd64.");

    public static GoSdkDiagnostic NoCCompiler(string target, IEnumerable<string> lookedFor, CCompilerInstallHint hint, string? zigTarget) => new("GOSDK0503",
        $"CGO is enabled for {target}, but no C compiler for it was found on PATH (looked for: {string.Join(", ", lookedFor)}). "
        + $"Install one - Debian/Ubuntu: {hint.Debian}; Windows: {hint.Windows}; macOS: {hint.MacOS}. "
        + (zigTarget is null ? "" : $"With zig on PATH Go.Sdk uses 'zig cc -target {zigTarget}'. ")
        + $"Or set GoCC to a C compiler for {target}, or GoCgoEnabled=false if the code needs no C.");

    public static GoSdkDiagnostic MuslNeedsLinux(string target) => new("GOSDK0504",
        $"GoLibc=musl was asked for {target}, but musl is a Linux C library. Use musl for linux targets only (a GoTarget item's Libc metadata can set it per target), or remove GoLibc.");

    public static GoSdkDiagnostic UnknownLibc(string value) => new("GOSDK0505",
        $"GoLibc '{value}' is not a C library Go.Sdk knows. Use gnu (glibc, the default) or musl.");

    public static GoSdkDiagnostic NoRuntimeIdentifier(string target) => new("GOSDK0506",
        $"{target} has no .NET RuntimeIdentifier, so its output cannot go to runtimes/<rid>/native. Pack only targets with a RID (see docs/cross-compiling.md), or set the item's RuntimeIdentifier metadata yourself.");

    public static GoSdkDiagnostic InvalidArchiveEntryName(string name, string detail) => new("GOSDK0507",
        $"'{name}' cannot be an entry of a release archive: {detail}. Set the file's ArchivePath metadata to a relative path with '/' separators, no '..', of at most 255 bytes.");

    public static GoSdkDiagnostic DuplicateArchiveEntry(string name, string first, string second) => new("GOSDK0508",
        $"Two files would be written as '{name}': '{first}' and '{second}'. Give one of them another name (ArchivePath metadata in an archive, ChecksumName in SHA256SUMS), or remove it from the list.");

    public static GoSdkDiagnostic ArchiveEntryTooLarge(string file, long size, string format, long limit) => new("GOSDK0509",
        $"'{file}' is {size} bytes; a {format} entry written by Go.Sdk holds at most {limit}. Ship it outside the archive, or use the other archive format.");

    public static GoSdkDiagnostic InvalidSourceDateEpoch(string value) => new("GOSDK0510",
        $"SOURCE_DATE_EPOCH '{value}' is not a whole number of seconds since 1970-01-01 UTC. Set it to e.g. the last commit's time ('git log -1 --format=%ct'), or unset it for Go.Sdk's fixed time (1980-01-01).");

    public static GoSdkDiagnostic UnknownArchiveFormat(string value) => new("GOSDK0511",
        $"Archive format '{value}' is not supported. Use tar.gz or zip, or leave it empty to choose by the archive's file extension.");

    public static GoSdkDiagnostic TooManyZipEntries(int count, int limit) => new("GOSDK0512",
        $"A zip written by Go.Sdk holds at most {limit} entries (files and folders); this one would hold {count}. Split the files over several archives, or use tar.gz.");

    public static GoSdkDiagnostic InvalidChecksumName(string name) => new("GOSDK0513",
        $"'{name}' cannot be listed in SHA256SUMS: a name there may not be empty or hold a line break or a backslash. Set the file's ChecksumName metadata to a plain file name.");

    public static GoSdkDiagnostic GoTargetNotInMatrix(string item, IEnumerable<string> matrix) => new("GOSDK0514",
        $"GoTarget '{item}' names no target of the matrix ({string.Join(", ", matrix)}). GoTarget items give settings to targets listed in GoTargetPlatforms or RuntimeIdentifiers: add '{item}' there, or remove the item.");

    public static GoSdkDiagnostic DuplicateMatrixTarget(string folder, string first, string second) => new("GOSDK0515",
        $"The matrix lists {first} and {second}, which would both build into the folder '{folder}'. List each target once in GoTargetPlatforms and RuntimeIdentifiers together.");

    public static GoSdkDiagnostic MatrixSettingHasSemicolon(string target, string property, string value) => new("GOSDK0516",
        $"{property} for {target} is '{value}', but a setting passed to an inner build of a matrix cannot hold ';'. Separate tags with ',' and quote compiler paths without ';'.");
}
