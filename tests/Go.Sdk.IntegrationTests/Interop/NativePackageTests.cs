using System.IO.Compression;
using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.IntegrationTests.Interop;

[Collection(GoSdkCollection.Name)]
public sealed class NativePackageTests(GoSdkFixture fixture)
{
    private const string PackageVersion = "1.2.3";

    [Fact]
    public void APackedGoLibraryHoldsEveryTargetAndACSharpAppRestoresAndCallsIt()
    {
        var project = fixture.CreateProject("native package");
        MixedSample.CopyTo(project, fixture.Version);
        project.WriteGoProject("golib/golib.goproj", $"""
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <GoVersion>1.22.12</GoVersion>
                <Version>{PackageVersion}</Version>
                <GoTargetPlatforms>linux/amd64;linux/arm64;windows/amd64</GoTargetPlatforms>
              </PropertyGroup>
            """);
        var feed = project.PathOf("feed");

        var pack = project.DotNet("pack", "golib/golib.goproj", "-o", feed, "-v:n");

        MixedSample.AssertNoWarnings(pack.ShouldSucceed());
        var package = Path.Combine(feed, $"golib.{PackageVersion}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("runtimes/") || n.StartsWith("include/") || n.StartsWith("lib/")).Order(StringComparer.Ordinal);
            Assert.Equal(
                [
                    "include/linux-arm64/libgolib.h",
                    "include/linux-x64/libgolib.h",
                    "include/win-x64/golib.h",
                    // The C# bindings, compiled once for every target (GoBindingsTargetFramework).
                    "lib/net8.0/golib.Bindings.dll",
                    "lib/net8.0/golib.Bindings.xml",
                    "runtimes/linux-arm64/native/libgolib.so",
                    "runtimes/linux-x64/native/libgolib.so",
                    "runtimes/win-x64/native/golib.dll",
                ],
                entries);
            // It says it is a Go library, and depends on Go.Sdk, whose buildTransitive targets check its consumers (GOSDK0724).
            Assert.Contains("buildTransitive/golib.targets", zip.Entries.Select(e => e.FullName));
            using (var nuspec = new StreamReader(zip.GetEntry("golib.nuspec")!.Open()))
            {
                Assert.Contains($"<dependency id=\"Go.Sdk\" version=\"{fixture.Version}\"", nuspec.ReadToEnd());
            }
            Assert.Equal((BinaryFormat.Elf, "arm64"), Describe(zip, "runtimes/linux-arm64/native/libgolib.so", project));
            Assert.Equal((BinaryFormat.Elf, "amd64"), Describe(zip, "runtimes/linux-x64/native/libgolib.so", project));
            Assert.Equal((BinaryFormat.Pe, "amd64"), Describe(zip, "runtimes/win-x64/native/golib.dll", project));
        }

        // A consumer of the package: the C# app with a PackageReference instead of the ProjectReference.
        project.WriteFile("consumer/NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="golib" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        // The same Program.cs: the package's lib/net8.0/golib.Bindings.dll is the API it calls.
        project.WriteFile("consumer/Program.cs", File.ReadAllText(project.PathOf("app/Program.cs")));
        project.WriteFile("consumer/consumer.csproj", File.ReadAllText(project.PathOf("app/app.csproj"))
            .Replace("<ProjectReference Include=\"../golib/golib.goproj\" />", $"<PackageReference Include=\"golib\" Version=\"{PackageVersion}\" />"));

        var build = project.DotNet("build", "consumer/consumer.csproj", "-v:n");

        MixedSample.AssertNoWarnings(build.ShouldSucceed());
        MixedSample.AssertPrintsExpectedOutput(project.DotNet("run", "--project", "consumer/consumer.csproj", "--no-build"));

        // The matrix itself (already built by the pack), referenced by a project that names no RuntimeIdentifier:
        // which library would it copy?
        var reference = project.DotNet("build", "app/app.csproj", "-c", "Release");
        reference.ShouldFail();
        reference.ShouldContain("error GOSDK0701: golib builds a library for several targets (linux/amd64, linux/arm64, windows/amd64)");
    }

    private static (BinaryFormat, string?) Describe(ZipArchive zip, string entry, TestProject project)
    {
        var file = project.PathOf(Path.Combine("extracted", entry));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        zip.GetEntry(entry)!.ExtractToFile(file, overwrite: true);
        var description = BinaryInspector.Inspect(file);
        return (description.Format, description.GoArch);
    }
}
