using System;
using System.Linq;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Resolves the one target a build compiles for — from <see cref="RuntimeIdentifier"/> (<c>-r</c>), else
/// <see cref="TargetPlatform"/> (a platform string; what a matrix gives each inner build), else
/// <see cref="GoOS"/>/<see cref="GoArch"/> — into what <c>go build</c> needs: the Go variables, and with CGO on the
/// C compiler (<see cref="CCompilerLocator"/>) and its linker flags (<see cref="ExternalLinkSettings"/>).
/// </summary>
public sealed class ResolveGoTarget : GoSdkTask
{
    /// <summary>GOOS as evaluated (the project's, or the host's).</summary>
    [Required] public string GoOS { get; set; } = "";

    /// <summary>GOARCH as evaluated.</summary>
    [Required] public string GoArch { get; set; } = "";

    /// <summary><c>goos/goarch[/variant]</c>; wins over GoOS/GoArch.</summary>
    public string? TargetPlatform { get; set; }

    /// <summary>A .NET RID such as <c>linux-musl-arm64</c>; wins over everything else.</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>GoLibc: gnu or musl, for a Linux target named by GoOS/GoArch or a platform string.</summary>
    public string? Libc { get; set; }

    /// <summary>GoCgoEnabled: <c>true</c> locates a C compiler; <c>false</c> or empty leaves CGO to Go.</summary>
    public string? CgoEnabled { get; set; }

    /// <summary>GoCC: used as given when set.</summary>
    public string? CC { get; set; }

    /// <summary>GoCXX: used as given when set.</summary>
    public string? CXX { get; set; }

    public bool Reproducible { get; set; } = true;

    [Output] public string ResolvedGoOS { get; private set; } = "";

    [Output] public string ResolvedGoArch { get; private set; } = "";

    /// <summary><c>NAME=value</c> pairs: GOOS, GOARCH, GOARM/GOAMD64/…, CC, CXX.</summary>
    [Output] public string[] Environment { get; private set; } = Array.Empty<string>();

    /// <summary><c>-linkmode=external</c> when the target needs it (static musl), else empty: for <c>-ldflags</c>.</summary>
    [Output] public string LinkerFlags { get; private set; } = "";

    /// <summary>Words for the C linker, merged into <c>-extldflags</c> by GoBuild.</summary>
    [Output] public string[] ExternalLinkerFlags { get; private set; } = Array.Empty<string>();

    /// <summary>Finds compilers; a test replaces it to control what is "on PATH".</summary>
    internal CCompilerLocator Locator { get; set; } = CCompilerLocator.ForThisMachine();

    protected override void ExecuteCore()
    {
        var platform = SelectPlatform();
        var cgo = string.Equals(CgoEnabled?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var settings = TargetBuildSettings.Resolve(platform, cgo, CC, CXX, Reproducible, Locator);

        ResolvedGoOS = platform.GoOS;
        ResolvedGoArch = platform.GoArch;
        Environment = settings.Environment().Select(pair => pair.Key + "=" + pair.Value).ToArray();
        LinkerFlags = settings.Link.ExternalLinkMode ? "-linkmode=external" : "";
        ExternalLinkerFlags = settings.Link.ExtLdFlags.ToArray();
        Log.LogMessage(MessageImportance.Normal, "Target {0}; C compiler: {1}", platform.DisplayName,
            settings.Compiler is { } c ? $"{c.CC} ({c.Kind})" : "none (CGO left to Go)");
    }

    private TargetPlatform SelectPlatform()
    {
        var libc = Platforms.TargetPlatform.ParseLibc(Libc);
        if (!string.IsNullOrWhiteSpace(RuntimeIdentifier))
        {
            return RuntimeIdentifierMap.ToPlatform(RuntimeIdentifier!);
        }
        if (!string.IsNullOrWhiteSpace(TargetPlatform))
        {
            return Platforms.TargetPlatform.Parse(TargetPlatform!, libc);
        }
        return Platforms.TargetPlatform.Parse(GoOS + "/" + GoArch, libc);
    }
}
