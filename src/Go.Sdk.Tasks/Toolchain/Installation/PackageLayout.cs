using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>The two shapes a Go toolchain is published in.</summary>
public enum PackageShape
{
    /// <summary>The official archive <c>go1.22.12.linux-amd64.tar.gz</c> (<c>.zip</c> for Windows), every entry under <c>go/</c>.</summary>
    Archive,

    /// <summary>The <c>golang.org/toolchain</c> module zip a GOPROXY serves, every entry under <c>golang.org/toolchain@&lt;version&gt;/</c>.</summary>
    ModuleZip,
}

/// <summary>
/// How one toolchain package maps onto a GOROOT: the prefix every entry carries, and what the module form lost
/// and must get back (the exec bits of <c>bin/**</c> and <c>pkg/tool/**</c>, and <c>go.mod</c> files stored as
/// <c>_go.mod</c> so that the zip holds a single module).
/// </summary>
public sealed record PackageLayout(PackageShape Shape, string EntryPrefix)
{
    private const string StoredGoMod = "_go.mod";

    public static PackageLayout For(ArchiveName toolchain, PackageShape shape) =>
        shape == PackageShape.Archive
            ? new PackageLayout(shape, "go/")
            : new PackageLayout(shape, toolchain.ModuleSubject + "/");

    /// <summary>Whether the file at <paramref name="segments"/> (relative to GOROOT) must be made executable whatever the package says.</summary>
    public bool ForcesExecutable(IReadOnlyList<string> segments) =>
        Shape == PackageShape.ModuleZip && segments.Count > 1 &&
        (segments[0] == "bin" || (segments.Count > 2 && segments[0] == "pkg" && segments[1] == "tool"));

    /// <summary>The name a file gets in GOROOT: the module zip's <c>_go.mod</c> goes back to <c>go.mod</c>.</summary>
    public string InstalledFileName(string name) =>
        Shape == PackageShape.ModuleZip && string.Equals(name, StoredGoMod, StringComparison.Ordinal) ? "go.mod" : name;
}
