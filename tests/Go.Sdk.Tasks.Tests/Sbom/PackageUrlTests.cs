using Go.Sdk.Tasks.Sbom;

namespace Go.Sdk.Tasks.Tests.Sbom;

public sealed class PackageUrlTests
{
    [Theory]
    [InlineData("github.com/google/uuid", "v1.6.0", "pkg:golang/github.com/google/uuid@v1.6.0")]
    [InlineData("github.com/Azure/go-autorest", "v14.2.0+incompatible", "pkg:golang/github.com/Azure/go-autorest@v14.2.0%2Bincompatible")]
    [InlineData("stdlib", "go1.22.12", "pkg:golang/stdlib@go1.22.12")]
    [InlineData("example.com/lib", "", "pkg:golang/example.com/lib")]
    [InlineData("example.com/a b@c", "v1.0.0", "pkg:golang/example.com/a%20b%40c@v1.0.0")]
    [InlineData("example.com/ünï", "1.0.0-beta.1", "pkg:golang/example.com/%C3%BCn%C3%AF@1.0.0-beta.1")]
    public void KeepsTheCaseOfGoModulePathsAndPercentEncodesTheRest(string path, string version, string expected)
    {
        Assert.Equal(expected, PackageUrl.Golang(path, version));
    }
}
