using System;
using System.Linq;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// The build's input files as the last build listed them (<see cref="BuildInputCache"/>), for Visual Studio's fast
/// up-to-date check. Design-time builds must be quick and start no process, so nothing is checked or listed here:
/// without a cache, <see cref="FallbackInputs"/> (every .go file and module file of the project) stand in.
/// </summary>
public sealed class ReadCachedGoBuildInputs : GoSdkTask
{
    [Required] public string CacheFile { get; set; } = "";

    public ITaskItem[] FallbackInputs { get; set; } = Array.Empty<ITaskItem>();

    [Output] public ITaskItem[] InputFiles { get; set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var cached = BuildInputCache.TryRead(CacheFile, key: null, Array.Empty<string>(), out _);
        InputFiles = cached is null ? FallbackInputs : ResolveGoBuildInputs.ToItems(cached.Select(f => f.Path));
    }
}
