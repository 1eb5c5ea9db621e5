using Go.Sdk.Tasks.Platforms;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Interop;

/// <summary>
/// The .NET RuntimeIdentifier a single-target build's native library is packed under (<c>runtimes/&lt;rid&gt;/native</c>):
/// the RuntimeIdentifier the build was given, else the one <see cref="RuntimeIdentifierMap"/> maps its Go target to.
/// A target no RID stands for is error GOSDK0506.
/// </summary>
public sealed class ResolveNativeRuntimeIdentifier : GoSdkTask
{
    /// <summary>RuntimeIdentifier of the build, when one was named (<c>-r</c>, or a reference's RID).</summary>
    public string? RuntimeIdentifier { get; set; }

    /// <summary>GoTargetPlatform (goos/goarch[/variant]) of the build, when one was named; a matrix names one per inner build.</summary>
    public string? TargetPlatform { get; set; }

    /// <summary>GOOS of the build, used when neither a RID nor a platform string was named.</summary>
    [Required] public string GoOS { get; set; } = "";

    /// <summary>GOARCH of the build, used when neither a RID nor a platform string was named.</summary>
    [Required] public string GoArch { get; set; } = "";

    /// <summary>GoLibc: gnu (default) or musl.</summary>
    public string? Libc { get; set; }

    [Output] public string NativeRuntimeIdentifier { get; private set; } = "";

    protected override void ExecuteCore()
    {
        if (!string.IsNullOrWhiteSpace(RuntimeIdentifier))
        {
            NativeRuntimeIdentifier = RuntimeIdentifier!.Trim();
            return;
        }
        var platform = string.IsNullOrWhiteSpace(TargetPlatform) ? GoOS.Trim() + "/" + GoArch.Trim() : TargetPlatform!;
        NativeRuntimeIdentifier = RuntimeIdentifierMap.ToRuntimeIdentifier(Platforms.TargetPlatform.Parse(platform, Platforms.TargetPlatform.ParseLibc(Libc)));
    }
}
