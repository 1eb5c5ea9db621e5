using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Tests.Execution;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("ARTIFACTORY_PASSWORD")]
    [InlineData("my_api_key")]
    [InlineData("DB_PWD")]
    public void CredentialLikeVariablesAreMasked(string name) =>
        Assert.Equal(SecretRedactor.Mask, SecretRedactor.RedactVariable(name, "s3cr3t"));

    [Theory]
    [InlineData("PWD")]
    [InlineData("GOPROXY")]
    [InlineData("PATH")]
    public void OrdinaryVariablesAreShown(string name) =>
        Assert.Equal("/x", SecretRedactor.RedactVariable(name, "/x"));

    [Fact]
    public void PasswordsInUrlsAreMaskedAndTheRestKept() =>
        Assert.Equal("GOPROXY=https://me:***@proxy.corp/go,direct",
            SecretRedactor.RedactText("GOPROXY=https://me:hunter2@proxy.corp/go,direct"));
}
