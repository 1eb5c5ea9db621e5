using System.Xml.Linq;

namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// A C# xunit test project written into a test's folder, with the package versions this repository pins in
/// Directory.Packages.props (the temp folder does not inherit central package management).
/// </summary>
public static class XunitProject
{
    /// <summary>Writes <paramref name="path"/>; <paramref name="items"/> is extra XML inside the project.</summary>
    public static void Write(TestProject project, string path, string items = "") =>
        project.WriteFile(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
                <!-- The test machines' package mirror has xunit.analyzers 1.26.0 for xunit's ">= 1.18.0" (as in Directory.Build.props). -->
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{PackageVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{PackageVersion("xunit")}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{PackageVersion("xunit.runner.visualstudio")}" />
              </ItemGroup>
            {items}
            </Project>
            """);

    /// <summary>The version Directory.Packages.props pins for <paramref name="id"/>.</summary>
    public static string PackageVersion(string id) =>
        XDocument.Load(Path.Combine(RepositoryRootAttribute.Value, "Directory.Packages.props"))
            .Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!.Value;
}
