using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Expands a matrix (<see cref="TargetMatrix"/>) into one item per inner build. Each item's
/// <c>AdditionalProperties</c> are the global properties of that inner build — GoTargetPlatform, GoOS, GoArch,
/// GoLibc, the output folder and the target's own GoTarget settings — so the outer build can hand all of them to one
/// <c>MSBuild</c> task call that builds them in parallel.
/// </summary>
public sealed class ResolveGoTargetMatrix : GoSdkTask
{
    /// <summary>GoTargetPlatforms, split.</summary>
    public string[] TargetPlatforms { get; set; } = Array.Empty<string>();

    /// <summary>RuntimeIdentifiers, split.</summary>
    public string[] RuntimeIdentifiers { get; set; } = Array.Empty<string>();

    /// <summary>GoTarget items: platform string; metadata Libc, CC, CXX, CgoEnabled, Tags.</summary>
    public ITaskItem[] Targets { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>GoLibc, for every Linux entry of TargetPlatforms.</summary>
    public string? Libc { get; set; }

    /// <summary>GoTags of the project, which a GoTarget's Tags add to.</summary>
    public string? Tags { get; set; }

    /// <summary>The GOOS of the machine MSBuild runs on, whose target is the one that vets (see <see cref="VetEveryTarget"/>).</summary>
    public string? HostOS { get; set; }

    /// <summary>The GOARCH of the machine MSBuild runs on.</summary>
    public string? HostArch { get; set; }

    /// <summary>
    /// GoVetEveryTarget: when false (the default), every inner build but one (<see cref="TargetMatrix.VetEntry"/>)
    /// gets GoVet=false, so the matrix runs <c>go vet</c> once; when true, each inner build vets for its target.
    /// </summary>
    public bool VetEveryTarget { get; set; }

    /// <summary>
    /// One item per target, named by its output folder, with metadata <c>AdditionalProperties</c>, <c>GoOS</c>,
    /// <c>GoArch</c>, <c>GoTargetPlatform</c> and <c>RuntimeIdentifier</c> (empty when the target has none).
    /// </summary>
    [Output] public ITaskItem[] InnerBuilds { get; private set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var items = Targets.Select(t => new TargetMatrix.TargetItem(
            t.ItemSpec, t.GetMetadata("Libc"), t.GetMetadata("CC"), t.GetMetadata("CXX"), t.GetMetadata("CgoEnabled"), t.GetMetadata("Tags")));
        var entries = TargetMatrix.Create(TargetPlatforms, RuntimeIdentifiers, TargetPlatform.ParseLibc(Libc), Tags, items);
        var vetEntry = entries.Count == 0 ? null : TargetMatrix.VetEntry(entries, HostOS ?? "", HostArch ?? "");
        InnerBuilds = entries.Select(e => ToItem(e, vets: VetEveryTarget || ReferenceEquals(e, vetEntry))).ToArray();
    }

    private static ITaskItem ToItem(TargetMatrixEntry entry, bool vets)
    {
        var properties = new List<KeyValuePair<string, string>>
        {
            new("GoTargetPlatform", entry.Platform.ToString()),
            new("GoOS", entry.Platform.GoOS),
            new("GoArch", entry.Platform.GoArch),
            new("GoLibc", entry.Platform.Libc == Platforms.Libc.Musl ? "musl" : "gnu"),
            new("GoTargetFolder", entry.Folder),
        };
        properties.AddRange(entry.Settings);
        if (!vets)
        {
            // Only ever turns vet off: the inner build that vets keeps the project's own GoVet, false included.
            properties.Add(new("GoVet", "false"));
        }
        foreach (var property in properties.Where(p => p.Value.IndexOf(';') >= 0))
        {
            throw new GoSdkException(Messages.MatrixSettingHasSemicolon(entry.Platform.DisplayName, property.Key, property.Value));
        }
        var item = new TaskItem(entry.Folder);
        item.SetMetadata("AdditionalProperties", string.Join(";", properties.Select(p => p.Key + "=" + p.Value)));
        item.SetMetadata("GoTargetPlatform", entry.Platform.ToString());
        item.SetMetadata("GoOS", entry.Platform.GoOS);
        item.SetMetadata("GoArch", entry.Platform.GoArch);
        item.SetMetadata("RuntimeIdentifier", RuntimeIdentifierMap.TryToRuntimeIdentifier(entry.Platform, out var rid) ? rid : "");
        return item;
    }
}
