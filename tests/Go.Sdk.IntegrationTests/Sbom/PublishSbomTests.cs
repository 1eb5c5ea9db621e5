using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Publishing;
using Go.Sdk.Tasks.Tests.Sbom;

namespace Go.Sdk.IntegrationTests.Sbom;

[Collection(GoSdkCollection.Name)]
public sealed class PublishSbomTests(GoSdkFixture fixture)
{
    [Fact]
    public void PublishWritesAValidSbomBesideTheBinaryListedInSha256SumsAndOnlyAgainWhenItsInputsChange()
    {
        var project = fixture.CreateProject("sbom");
        WriteAppWithLocalModule(project, extraProjectBody: "");
        project.Environment["SOURCE_DATE_EPOCH"] = "1700000000";

        project.DotNet("publish", "app/app.goproj", "-o", project.PathOf("out"), "-p:Version=3.1.4").ShouldSucceed();

        var json = File.ReadAllText(project.PathOf("out/app.cdx.json"));
        CycloneDxSchema.AssertValid(json);
        using (var bom = JsonDocument.Parse(json))
        {
            var metadata = bom.RootElement.GetProperty("metadata");
            Assert.Equal("2023-11-14T22:13:20Z", metadata.GetProperty("timestamp").GetString());
            Assert.Equal(fixture.Version, metadata.GetProperty("tools").GetProperty("components")[0].GetProperty("version").GetString());
            var main = metadata.GetProperty("component");
            Assert.Equal(("example.com/app", "3.1.4"), (main.GetProperty("name").GetString(), main.GetProperty("version").GetString()));
            Assert.Equal(Sha256Sums.Hash(project.PathOf("out/app")), main.GetProperty("hashes")[0].GetProperty("content").GetString());
            Assert.Equal(
                new[] { ("stdlib", "go1.22.12"), ("example.com/lib", "") },
                bom.RootElement.GetProperty("components").EnumerateArray()
                    .Select(c => (c.GetProperty("name").GetString()!, c.TryGetProperty("version", out var v) ? v.GetString()! : "")));
        }
        Assert.Equal(
            new[] { $"{Sha256Sums.Hash(project.PathOf("out/app"))}  app", $"{Sha256Sums.Hash(project.PathOf("out/app.cdx.json"))}  app.cdx.json" },
            File.ReadAllLines(project.PathOf("out/SHA256SUMS")));

        // Nothing changed: the SBOM is up to date. A new Version rewrites it, though the binary is the same.
        var (again, againLog) = project.DotNetWithBinlog("publish", "app/app.goproj", "-o", project.PathOf("out"), "-p:Version=3.1.4");
        again.ShouldSucceed();
        Assert.Empty(againLog.Tasks("WriteGoSbom"));
        var (changed, changedLog) = project.DotNetWithBinlog("publish", "app/app.goproj", "-o", project.PathOf("out"), "-p:Version=3.1.5");
        changed.ShouldSucceed();
        Assert.Single(changedLog.Tasks("WriteGoSbom"));
        Assert.Contains("\"version\": \"3.1.5\"", File.ReadAllText(project.PathOf("out/app.cdx.json")));

        project.DotNet("publish", "app/app.goproj", "-o", project.PathOf("no-sbom"), "-p:GoSbom=false").ShouldSucceed();
        Assert.Equal(new[] { "SHA256SUMS", "app" }, Directory.GetFiles(project.PathOf("no-sbom")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AMatrixPublishPutsEachTargetsSbomIntoItsArchive()
    {
        var project = fixture.CreateProject("sbom matrix");
        WriteAppWithLocalModule(project, "<PropertyGroup><GoTargetPlatforms>linux/arm64;windows/amd64</GoTargetPlatforms></PropertyGroup>");

        project.DotNet("publish", "app/app.goproj", "-c", "Release").ShouldSucceed();

        var publish = project.PathOf("app/bin/Release/publish");
        using (var gzip = new GZipStream(File.OpenRead(Path.Combine(publish, "app-linux-arm64.tar.gz")), CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            var entries = new Dictionary<string, string>();
            while (tar.GetNextEntry() is { } entry)
            {
                using var reader = new StreamReader(entry.DataStream!);
                entries[entry.Name] = reader.ReadToEnd();
            }
            Assert.Equal(new[] { "app", "app.cdx.json" }, entries.Keys.Order(StringComparer.Ordinal));
            AssertSbomOfTarget(entries["app.cdx.json"], "linux", "arm64");
        }
        using (var zip = ZipFile.OpenRead(Path.Combine(publish, "app-windows-amd64.zip")))
        {
            Assert.Equal(new[] { "app.exe", "app.exe.cdx.json" }, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var reader = new StreamReader(zip.GetEntry("app.exe.cdx.json")!.Open());
            AssertSbomOfTarget(reader.ReadToEnd(), "windows", "amd64");
        }
    }

    private static void AssertSbomOfTarget(string json, string goos, string goarch)
    {
        CycloneDxSchema.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var properties = bom.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("properties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal((goos, goarch), (properties["cdx:gomod:build:env:GOOS"], properties["cdx:gomod:build:env:GOARCH"]));
    }

    /// <summary>app requires example.com/lib through a folder replace (../lib), so no network is needed.</summary>
    private static void WriteAppWithLocalModule(TestProject project, string extraProjectBody)
    {
        project.WriteFile("lib/go.mod", "module example.com/lib\n\ngo 1.21\n");
        project.WriteFile("lib/lib.go", "package lib\n\nfunc Greeting() string { return \"hello from lib\" }\n");
        project.WriteFile("app/go.mod", "module example.com/app\n\ngo 1.21\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n");
        project.WriteFile("app/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/lib\"\n)\n\nfunc main() { fmt.Println(lib.Greeting()) }\n");
        project.WriteGoProject("app/app.goproj", $"""
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            {extraProjectBody}
            """);
    }
}
