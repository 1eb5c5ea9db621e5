using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Sbom;

namespace Go.Sdk.Tasks.Tests.Sbom;

public sealed class ModInfoParserTests
{
    [Fact]
    public void ReadsModulesReplacementsAndQuotedSettings()
    {
        const string text = "path\texample.com/app/cmd/app\n"
            + "mod\texample.com/app\t(devel)\t\n"
            + "dep\tgithub.com/Azure/go-autorest\tv14.2.0+incompatible\th1:V5VMDjClKo=\n"
            + "dep\tgolang.org/x/text\tv0.14.0\th1:old=\n"
            + "=>\tgolang.org/x/text\tv0.15.0\th1:new=\n"
            + "dep\texample.com/lib\tv0.0.0-00010101000000-000000000000\n"
            + "=>\t../lib\t(devel)\t\n"
            + "\n"
            + "build\t-ldflags=\"-buildid= -s -w -X \\\"main.motto=a b\\\"\"\n"
            + "build\t\"odd key\"=`raw value`\n"
            + "build\tCGO_ENABLED=0\n"
            + "build\tGOAMD64=v1\n";

        var info = ModInfoParser.Parse("go1.22.12", text, "app");

        Assert.Equal(("go1.22.12", "example.com/app/cmd/app"), (info.GoVersion, info.Path));
        Assert.Equal(new GoModule("example.com/app", "(devel)", ""), info.Main);
        Assert.Equal(
            new[]
            {
                new GoModule("github.com/Azure/go-autorest", "v14.2.0+incompatible", "h1:V5VMDjClKo="),
                new GoModule("golang.org/x/text", "v0.14.0", "h1:old=", new GoModule("golang.org/x/text", "v0.15.0", "h1:new=")),
                new GoModule("example.com/lib", "v0.0.0-00010101000000-000000000000", "", new GoModule("../lib", "(devel)", "")),
            },
            info.Dependencies);
        Assert.True(info.Dependencies[2].IsReplacedByFolder);
        Assert.False(info.Dependencies[1].IsReplacedByFolder);
        Assert.Equal(
            new[]
            {
                new GoBuildSetting("-ldflags", "-buildid= -s -w -X \"main.motto=a b\""),
                new GoBuildSetting("odd key", "raw value"),
                new GoBuildSetting("CGO_ENABLED", "0"),
                new GoBuildSetting("GOAMD64", "v1"),
            },
            info.Settings);
    }

    [Theory]
    [InlineData("build\t-tags=\"a\\x41\\u00e9\\101\\U0001F600\"\n", "aAéA😀")]
    [InlineData("build\t-tags=\"tab\\there\\\\\"\n", "tab\there\\")]
    [InlineData("build\t-tags=\n", "")]
    public void UnquotesValuesAsGoDoes(string line, string expected)
    {
        Assert.Equal(expected, ModInfoParser.Parse("go1.22.12", line, "app").Settings.Single().Value);
    }

    [Fact]
    public void SkipsLineKindsItDoesNotKnow()
    {
        var info = ModInfoParser.Parse("go1.30.0", "path\tx\nfuture\tsomething\tnew\nbuild\tGOOS=linux\n", "app");

        Assert.Equal(("x", "linux"), (info.Path, info.Setting("GOOS")));
    }

    [Theory]
    [InlineData("dep\tonly-a-path\n", 2, "expected 2 or 3 columns")]
    [InlineData("=>\t../lib\t(devel)\t\n", 2, "no module on the line before")]
    [InlineData("dep\ta\tv1\th1:x=\n=>\tb\tv2\n", 3, "expected 3 columns in a replacement")]
    [InlineData("build\tno-equals\n", 2, "without 'key='")]
    [InlineData("build\t-ldflags=\"unterminated\n", 2, "invalid quoted value")]
    [InlineData("build\t-ldflags=\"bad \\q escape\"\n", 2, "invalid quoted value")]
    [InlineData("build\t\"key\"value\n", 2, "no '=' after the quoted key")]
    public void MalformedLinesAreGoSdk0643WithTheLineNumber(string text, int line, string detail)
    {
        var error = Assert.Throws<GoSdkException>(() => ModInfoParser.Parse("go1.22.12", "path\tx\n" + text, "bin/app"));

        Assert.Equal("GOSDK0643", error.Diagnostic.Code);
        Assert.Contains("'bin/app'", error.Diagnostic.Message);
        Assert.Contains($"line {line} ", error.Diagnostic.Message);
        Assert.Contains(detail, error.Diagnostic.Message);
    }
}
