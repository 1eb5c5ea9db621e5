using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// One entry of a matrix: the target, the output folder below <c>bin/&lt;Configuration&gt;/</c>, and the settings a
/// <c>GoTarget</c> item gives this target alone (as Go.Sdk property names: GoCC, GoCXX, GoCgoEnabled, GoTags).
/// </summary>
public sealed record TargetMatrixEntry(TargetPlatform Platform, string Folder, IReadOnlyDictionary<string, string> Settings);

/// <summary>
/// The targets of a matrix build, from <c>GoTargetPlatforms</c> (platform strings, <c>GoLibc</c> applying to the Linux
/// ones) and <c>RuntimeIdentifiers</c>, in that order, each refined by the <c>GoTarget</c> item of the same platform.
/// Every entry gets its own output folder: the platform's <see cref="TargetPlatform.FolderName"/>, or the RID.
/// </summary>
public static class TargetMatrix
{
    /// <summary>A <c>GoTarget</c> item's settings: platform string, then metadata (empty = not set).</summary>
    public sealed record TargetItem(string Platform, string? Libc, string? CC, string? CXX, string? CgoEnabled, string? Tags);

    public static IReadOnlyList<TargetMatrixEntry> Create(
        IEnumerable<string> platforms, IEnumerable<string> runtimeIdentifiers, Libc libc, string? projectTags, IEnumerable<TargetItem> items)
    {
        var declared = platforms.Where(NotBlank).Select(p => (Platform: TargetPlatform.Parse(p, libc), Rid: (string?)null))
            .Concat(runtimeIdentifiers.Where(NotBlank).Select(r => (Platform: RuntimeIdentifierMap.ToPlatform(r), Rid: (string?)r.Trim())))
            .ToList();
        var targetItems = items.Select(i => (Item: i, Platform: TargetPlatform.Parse(i.Platform))).ToList();
        foreach (var (item, platform) in targetItems)
        {
            if (!declared.Any(d => d.Platform.ToString() == platform.ToString()))
            {
                throw new GoSdkException(Messages.GoTargetNotInMatrix(item.Platform, declared.Select(d => d.Rid ?? d.Platform.ToString())));
            }
        }

        var entries = new List<TargetMatrixEntry>();
        foreach (var (declaredPlatform, rid) in declared)
        {
            var platform = declaredPlatform;
            var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (item, _) in targetItems.Where(t => t.Platform.ToString() == declaredPlatform.ToString()))
            {
                if (NotBlank(item.Libc))
                {
                    platform = new TargetPlatform(platform.GoOS, platform.GoArch, platform.Variant, TargetPlatform.ParseLibc(item.Libc));
                }
                Set(settings, "GoCC", item.CC);
                Set(settings, "GoCXX", item.CXX);
                Set(settings, "GoCgoEnabled", item.CgoEnabled);
                if (NotBlank(item.Tags))
                {
                    settings["GoTags"] = string.Join(",", SplitTags(projectTags).Concat(SplitTags(item.Tags)).Distinct(StringComparer.Ordinal));
                }
            }
            var folder = rid is not null && platform.Libc == declaredPlatform.Libc ? rid : platform.FolderName;
            if (entries.FirstOrDefault(e => string.Equals(e.Folder, folder, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                throw new GoSdkException(Messages.DuplicateMatrixTarget(folder, clash.Platform.DisplayName, platform.DisplayName));
            }
            entries.Add(new TargetMatrixEntry(platform, folder, settings));
        }
        return entries;
    }

    /// <summary>
    /// The one entry of a matrix whose inner build runs <c>go vet</c>: the first for the host's GOOS/GOARCH, else the
    /// first. Vet analyses every dependency, the standard library included, for the GOOS/GOARCH it checks, so vetting
    /// every target repeats that work per target for findings that are almost always the same; the
    /// host's is the one a warm cache (tests, earlier builds) most likely holds already, and the one whose C
    /// compiler cgo packages surely have. The choice depends only on the matrix and the host, so every run of the
    /// same matrix vets in the same inner build and a no-op matrix build stays a no-op.
    /// </summary>
    public static TargetMatrixEntry VetEntry(IReadOnlyList<TargetMatrixEntry> entries, string hostOS, string hostArch) =>
        entries.FirstOrDefault(e => e.Platform.GoOS == hostOS && e.Platform.GoArch == hostArch) ?? entries[0];

    private static void Set(IDictionary<string, string> settings, string name, string? value)
    {
        if (NotBlank(value))
        {
            settings[name] = value!.Trim();
        }
    }

    private static IEnumerable<string> SplitTags(string? tags) =>
        (tags ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0);

    private static bool NotBlank(string? s) => !string.IsNullOrWhiteSpace(s);
}
