using System.Text;
using System.Text.Json;
using Go.Sdk.Tasks.Publishing;
using Go.Sdk.Tasks.Sbom;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>The SBOM of real binaries is valid CycloneDX 1.6, says what the binary holds, and is byte-for-byte reproducible.</summary>
public sealed class CycloneDxWriterTests(SbomBinaries binaries) : IClassFixture<SbomBinaries>
{
    private static readonly SbomSubject Subject = new("sbomapp", "2.3.4", "1.0.0", null);

    [Theory]
    [InlineData("1.21", "linux/amd64", "exe")]
    [InlineData("1.24", "linux/amd64", "exe")]
    [InlineData("1.22", "windows/amd64", "exe")]
    [InlineData("1.22", "darwin/arm64", "exe")]
    [InlineData("1.22", "linux/amd64", "c-archive")]
    public void TheSbomOfARealBinaryIsValidCycloneDx(string goMinor, string target, string buildMode)
    {
        var binary = GoBinaryReader.Read(binaries.Build(goMinor, target, buildMode));

        var json = Encoding.UTF8.GetString(CycloneDxWriter.Write(binary, Subject));

        CycloneDxSchema.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var main = bom.RootElement.GetProperty("metadata").GetProperty("component");
        Assert.Equal(buildMode == "exe" ? "application" : "library", main.GetProperty("type").GetString());
        Assert.Equal(target.Split('/')[0], Property(main, "cdx:gomod:build:env:GOOS"));
    }

    [Fact]
    public void ListsTheBinaryTheToolchainAndEveryModule()
    {
        var path = binaries.Build("1.22");
        var binary = GoBinaryReader.Read(path);

        using var bom = JsonDocument.Parse(CycloneDxWriter.Write(binary, Subject));

        var root = bom.RootElement;
        Assert.Equal(("CycloneDX", "1.6", 1), (root.GetProperty("bomFormat").GetString(), root.GetProperty("specVersion").GetString(), root.GetProperty("version").GetInt32()));
        Assert.False(root.GetProperty("metadata").TryGetProperty("timestamp", out _), "no SOURCE_DATE_EPOCH, no timestamp");
        var tool = root.GetProperty("metadata").GetProperty("tools").GetProperty("components")[0];
        Assert.Equal(("Go.Sdk", "1.0.0"), (tool.GetProperty("name").GetString(), tool.GetProperty("version").GetString()));

        var main = root.GetProperty("metadata").GetProperty("component");
        Assert.Equal(("example.com/sbomapp", "2.3.4", "pkg:golang/example.com/sbomapp@2.3.4"),
            (main.GetProperty("name").GetString(), main.GetProperty("version").GetString(), main.GetProperty("purl").GetString()));
        Assert.Equal(Sha256Sums.Hash(path), main.GetProperty("hashes")[0].GetProperty("content").GetString());
        Assert.Equal("SHA-256", main.GetProperty("hashes")[0].GetProperty("alg").GetString());
        Assert.Equal("sbomapp", Property(main, "gosdk:binary:name"));
        Assert.Equal(binary.BuildInfo.GoVersion, Property(main, "cdx:gomod:build:env:GOVERSION"));
        Assert.Equal("amd64", Property(main, "cdx:gomod:build:env:GOARCH"));
        Assert.Equal(("exe", "true", "0"), (Property(main, "gosdk:build:-buildmode"), Property(main, "gosdk:build:-trimpath"), Property(main, "cdx:gomod:build:env:CGO_ENABLED")));

        var components = root.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(new[] { "stdlib", "example.com/greeting", "example.com/local" }, components.Keys);
        Assert.Equal($"pkg:golang/stdlib@{binary.BuildInfo.GoVersion}", components["stdlib"].GetProperty("purl").GetString());
        var greeting = components["example.com/greeting"];
        Assert.Equal(("v1.2.0", "pkg:golang/example.com/greeting@v1.2.0"), (greeting.GetProperty("version").GetString(), greeting.GetProperty("purl").GetString()));
        Assert.Equal(binary.BuildInfo.Dependencies.Single(d => d.Path == "example.com/greeting").Sum, Property(greeting, "gosdk:module:h1"));
        Assert.False(greeting.TryGetProperty("hashes", out _), "an h1: checksum is no SHA-256 of anything a consumer can download");
        var local = components["example.com/local"];
        Assert.False(local.TryGetProperty("version", out _));
        Assert.Equal("pkg:golang/example.com/local", local.GetProperty("purl").GetString());
        Assert.Equal("../local", Property(local, "gosdk:module:replaced-by-folder"));

        var dependency = Assert.Single(root.GetProperty("dependencies").EnumerateArray());
        Assert.Equal(main.GetProperty("bom-ref").GetString(), dependency.GetProperty("ref").GetString());
        Assert.Equal(components.Values.Select(c => c.GetProperty("bom-ref").GetString()), dependency.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void AModuleReplacedByAnotherModuleIsListedAsTheReplacement()
    {
        var info = new GoBuildInfo("go1.23.4", "example.com/app", new GoModule("example.com/app", "(devel)", ""),
            [new GoModule("golang.org/x/text", "v0.14.0", "h1:old=", new GoModule("example.com/fork/text", "v0.14.1", "h1:fork="))],
            [new GoBuildSetting("-buildmode", "c-shared")]);

        var json = Encoding.UTF8.GetString(CycloneDxWriter.Write(new GoBinary(new string('a', 64), info), Subject with { ProjectVersion = "" }));

        CycloneDxSchema.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var main = bom.RootElement.GetProperty("metadata").GetProperty("component");
        Assert.Equal(("library", "pkg:golang/example.com/app"), (main.GetProperty("type").GetString(), main.GetProperty("purl").GetString()));
        Assert.False(main.TryGetProperty("version", out _), "(devel) is no version");
        var text = bom.RootElement.GetProperty("components")[1];
        Assert.Equal(("example.com/fork/text", "v0.14.1", "pkg:golang/example.com/fork/text@v0.14.1"),
            (text.GetProperty("name").GetString(), text.GetProperty("version").GetString(), text.GetProperty("purl").GetString()));
        Assert.Equal("golang.org/x/text@v0.14.0", Property(text, "gosdk:module:replaces"));
        Assert.Equal("h1:fork=", Property(text, "gosdk:module:h1"));
    }

    [Fact]
    public void TheSameBinaryGivesTheSameBytesAndAnotherVersionAnotherSerialNumber()
    {
        var binary = GoBinaryReader.Read(binaries.Build("1.22"));

        var first = CycloneDxWriter.Write(binary, Subject);
        var second = CycloneDxWriter.Write(GoBinaryReader.Read(binaries.Build("1.22")), Subject);
        var other = CycloneDxWriter.Write(binary, Subject with { ProjectVersion = "2.3.5" });

        Assert.Equal(first, second);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", SerialNumber(first));
        Assert.NotEqual(SerialNumber(first), SerialNumber(other));
    }

    [Fact]
    public void TheTaskWritesTheFileWithSourceDateEpochAsItsTimestamp()
    {
        using var folder = new Coverage.TempDirectory();
        var output = Path.Combine(folder.Path, "publish", "sbomapp.cdx.json");
        var engine = new RecordingBuildEngine();
        var task = new WriteGoSbom { BuildEngine = engine, Binary = binaries.Build("1.22"), OutputFile = output, ProjectVersion = "2.3.4", SourceDateEpoch = "1700000000" };

        Assert.True(task.Execute(), engine.AllText);

        var json = File.ReadAllText(output);
        CycloneDxSchema.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        Assert.Equal("2023-11-14T22:13:20Z", bom.RootElement.GetProperty("metadata").GetProperty("timestamp").GetString());
        var toolVersion = bom.RootElement.GetProperty("metadata").GetProperty("tools").GetProperty("components")[0].GetProperty("version").GetString();
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", toolVersion);
    }

    [Fact]
    public void TheTaskReportsAnInvalidSourceDateEpochAndABinaryWithoutBuildInfo()
    {
        using var folder = new Coverage.TempDirectory();
        var engine = new RecordingBuildEngine();
        var badEpoch = new WriteGoSbom { BuildEngine = engine, Binary = binaries.Build("1.22"), OutputFile = Path.Combine(folder.Path, "a.cdx.json"), SourceDateEpoch = "yesterday" };
        var notGo = new WriteGoSbom { BuildEngine = engine, Binary = folder.Write("notes.txt", "not a binary"), OutputFile = Path.Combine(folder.Path, "b.cdx.json") };

        Assert.False(badEpoch.Execute());
        Assert.False(notGo.Execute());

        Assert.Equal(new[] { "GOSDK0510", "GOSDK0641" }, engine.Errors.Select(e => e.Code));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.cdx.json"));
    }

    private static string? Property(JsonElement component, string name) =>
        component.GetProperty("properties").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name)
            .Select(p => p.GetProperty("value").GetString()).SingleOrDefault();

    private static string SerialNumber(byte[] bom) => JsonDocument.Parse(bom).RootElement.GetProperty("serialNumber").GetString()!;
}
