using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Everything one target adds to a <c>go build</c>: the target's variables (GOOS, GOARCH, GOARM, …) and, when CGO is
/// on, the C compiler (CC, CXX) and the linker flags that compiler needs (<see cref="ExternalLinkSettings"/>).
/// </summary>
/// <param name="Platform">The target.</param>
/// <param name="Compiler">The C compiler, or null when CGO is not switched on explicitly (Go's own defaults apply).</param>
/// <param name="Link">What the C link adds to <c>-ldflags</c>; empty without a compiler.</param>
public sealed record TargetBuildSettings(TargetPlatform Platform, CCompiler? Compiler, ExternalLinkSettings Link)
{
    private static readonly ExternalLinkSettings NoExternalLink = new(false, new string[0]);

    /// <summary>
    /// The settings of <paramref name="platform"/>. A compiler is located only when CGO is switched on: with CGO left
    /// to Go, a cross build has no CGO and a host build uses Go's default compiler, as with plain <c>go build</c>.
    /// </summary>
    public static TargetBuildSettings Resolve(
        TargetPlatform platform, bool cgoEnabled, string? configuredCC, string? configuredCXX, bool reproducible, CCompilerLocator locator)
    {
        if (!cgoEnabled)
        {
            return new TargetBuildSettings(platform, null, NoExternalLink);
        }
        var compiler = locator.Locate(platform, configuredCC, configuredCXX);
        return new TargetBuildSettings(platform, compiler, ExternalLinkSettings.For(platform, compiler, reproducible));
    }

    /// <summary>The environment for <c>go build</c>: GOOS, GOARCH, the variant's variable, then CC and CXX.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment()
    {
        var env = Platform.GoEnvironment().ToList();
        if (Compiler is not null)
        {
            env.Add(new("CC", Compiler.CC));
            if (Compiler.CXX is not null)
            {
                env.Add(new("CXX", Compiler.CXX));
            }
        }
        return env;
    }
}
