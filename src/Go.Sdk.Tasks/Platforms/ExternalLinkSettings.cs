using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// What a CGO build adds to Go's linker flags for one target: external linking with <c>-static</c> for musl (a
/// binary that runs on any Linux, with no loader), and the flags that keep the C linker's output byte-identical
/// between builds (no GNU build-id in ELF; no link time in a MinGW PE header). Returned as data, for the build to
/// merge into <c>-ldflags</c> with <see cref="ToGoLdFlags"/>.
/// </summary>
/// <param name="ExternalLinkMode">Whether <c>-linkmode=external</c> is required.</param>
/// <param name="ExtLdFlags">Flags for the C linker (<c>-extldflags</c>), in order.</param>
public sealed record ExternalLinkSettings(bool ExternalLinkMode, IReadOnlyList<string> ExtLdFlags)
{
    public static ExternalLinkSettings For(TargetPlatform target, CCompiler compiler, bool reproducible)
    {
        var flags = new List<string>();
        var staticMusl = target.Libc == Libc.Musl;
        if (staticMusl)
        {
            flags.Add("-static");
        }
        if (reproducible)
        {
            switch (target.GoOS)
            {
                // A GNU build-id hashes the link inputs, which include host paths: drop it (GNU ld, gold, lld, mold, zig).
                case "linux" or "freebsd" or "netbsd" or "openbsd" or "dragonfly" or "illumos" or "solaris" or "android":
                    flags.Add("-Wl,--build-id=none");
                    break;
                // GNU ld and lld write the link time into the PE header unless told not to. zig decides for itself.
                case "windows" when compiler.Kind != CCompilerKind.Zig:
                    flags.Add("-Wl,--no-insert-timestamp");
                    break;
            }
        }
        return new ExternalLinkSettings(staticMusl, flags);
    }

    public bool IsEmpty => !ExternalLinkMode && ExtLdFlags.Count == 0;

    /// <summary>
    /// The settings as words of Go's <c>-ldflags</c>, which Go splits honouring quotes:
    /// <c>-linkmode=external "-extldflags=-static -Wl,--build-id=none"</c>. Empty when there is nothing to add.
    /// </summary>
    public string ToGoLdFlags()
    {
        var words = new List<string>();
        if (ExternalLinkMode)
        {
            words.Add("-linkmode=external");
        }
        if (ExtLdFlags.Count > 0)
        {
            var extldflags = "-extldflags=" + string.Join(" ", ExtLdFlags);
            words.Add(ExtLdFlags.Count > 1 ? "\"" + extldflags + "\"" : extldflags);
        }
        return string.Join(" ", words);
    }
}
