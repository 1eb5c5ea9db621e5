namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>The schema check is not vacuous: it rejects documents CycloneDX 1.6 forbids.</summary>
public sealed class CycloneDxSchemaTests
{
    private const string Valid = """{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[{"type":"library","name":"x","hashes":[{"alg":"SHA-256","content":"%HASH%"}]}]}""";

    [Fact]
    public void AcceptsAMinimalBom()
    {
        Assert.Empty(CycloneDxSchema.Violations(Valid.Replace("%HASH%", new string('0', 64))));
    }

    [Theory]
    [InlineData("h1:V5VMDjClKo=")]
    [InlineData("ABC")]
    public void RejectsAHashThatIsNotHex(string content)
    {
        Assert.NotEmpty(CycloneDxSchema.Violations(Valid.Replace("%HASH%", content)));
    }

    [Fact]
    public void RejectsAnUnknownPropertyAndABadTimestamp()
    {
        var hash = new string('0', 64);
        Assert.NotEmpty(CycloneDxSchema.Violations(Valid.Replace("%HASH%", hash).Replace("\"version\":1", "\"version\":1,\"extra\":true")));
        Assert.NotEmpty(CycloneDxSchema.Violations(Valid.Replace("%HASH%", hash).Replace("\"version\":1", "\"version\":1,\"metadata\":{\"timestamp\":\"yesterday\"}")));
    }
}
