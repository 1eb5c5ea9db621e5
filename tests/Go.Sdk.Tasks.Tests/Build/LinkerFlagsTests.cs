using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Build;

public class LinkerFlagsTests
{
    private readonly List<GoSdkDiagnostic> _warnings = new();

    private IReadOnlyList<string> Compose(string? user, bool reproducible = true, bool strip = false,
        Dictionary<string, string>? variables = null, params string[] ext) =>
        LinkerFlags.Compose(user, reproducible, strip, variables ?? new(), ext, _warnings.Add);

    [Fact]
    public void ReproducibleBuildsGetAnEmptyBuildId() =>
        Assert.Equal(new[] { "-buildid=" }, Compose(null));

    [Fact]
    public void UserFlagsComeFirstAndStripIsNotDuplicated() =>
        Assert.Equal(new[] { "-s", "-v", "-buildid=", "-w" }, Compose("-s -v", strip: true));

    [Fact]
    public void AUserBuildIdWinsWithAWarning()
    {
        Assert.Equal(new[] { "-buildid=abc" }, Compose("-buildid=abc"));
        Assert.Equal("GOSDK0204", Assert.Single(_warnings).Code);
    }

    [Fact]
    public void NonReproducibleBuildsAddNothing() =>
        Assert.Empty(Compose(null, reproducible: false));

    [Fact]
    public void LinkerVariablesBecomeOneXEach() =>
        Assert.Equal(new[] { "-buildid=", "-X", "main.version=1.2 beta", "-X", "main.commit=abc" },
            Compose(null, variables: new() { ["main.version"] = "1.2 beta", ["main.commit"] = "abc" }));

    [Fact]
    public void ExternalLinkerFlagsAreMergedIntoTheUsersSingleExtldflags() =>
        Assert.Equal(new[] { "-linkmode", "external", "-buildid=", "-extldflags", "-static -Wl,--build-id=none" },
            Compose("-linkmode external -extldflags '-static'", ext: "-Wl,--build-id=none"));
}
