using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Filters;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

public class TestFilterTranslatorTests
{
    [Theory]
    [InlineData("Name=TestParse", "^TestParse$", null)]
    [InlineData("Name=TestParse/empty input", "^TestParse$/^empty input$", null)]
    [InlineData("DisplayName=TestA.b+c", @"^TestA\.b\+c$", null)]
    [InlineData("FullyQualifiedName~Parse", "Parse", null)]
    [InlineData("Parse", "Parse", null)]
    [InlineData("Name~TestA/em", "TestA$/^em", null)]
    [InlineData("FullyQualifiedName~parser.TestA", "^TestA", null)]
    [InlineData("Name=TestA|Name=TestB", "^(?:TestA|TestB)$", null)]
    [InlineData("(Name=TestA/x) | (Name=TestA/y)", "^TestA$/^(?:x|y)$", null)]
    [InlineData("Name=TestA|Name=TestB/x", "^(?:TestA|TestB)$", null)]
    [InlineData("Name~Parse|Name=TestB", "(?:Parse|^TestB$)", null)]
    [InlineData("Name!=TestSlow", null, "^TestSlow$")]
    [InlineData("Name!=TestSlow&Name!=TestFlaky", null, "^(?:TestSlow|TestFlaky)$")]
    [InlineData("FullyQualifiedName~Parse&Name!~Slow", "Parse", "Slow")]
    [InlineData("Name=TestA/\\(x\\)", @"^TestA$/^\(x\)$", null)]
    [InlineData("  ", null, null)]
    public void TranslatesToRunAndSkip(string filter, string? run, string? skip)
    {
        TestSelection selection = TestFilterTranslator.Translate(filter);

        Assert.Equal(run, selection.Run);
        Assert.Equal(skip, selection.Skip);
        Assert.Empty(selection.Packages);
    }

    [Fact]
    public void FullyQualifiedNamesPinTheirPackages()
    {
        TestSelection selection = TestFilterTranslator.Translate(
            "FullyQualifiedName=example.com/m/p.TestA/sub|FullyQualifiedName=gopkg.in/yaml.v3.TestB/sub");

        Assert.Equal("^(?:TestA|TestB)$/^sub$", selection.Run);
        Assert.Equal(new[] { "example.com/m/p", "gopkg.in/yaml.v3" }, selection.Packages);
    }

    [Theory]
    [InlineData("Name=TestA&Name=TestB", "GOSDK0306")]
    [InlineData("Name=TestA|Name!=TestB", "GOSDK0306")]
    [InlineData("FullyQualifiedName!=example.com/m/p.TestA", "GOSDK0306")]
    [InlineData("Name!=TestA/x&Name!=TestB/y", "GOSDK0306")]
    [InlineData("FullyQualifiedName=example.com/m/p", "GOSDK0306")]
    [InlineData("TestCategory=Slow", "GOSDK0307")]
    [InlineData("(Name=TestA", "GOSDK0305")]
    [InlineData("Name=TestA)", "GOSDK0305")]
    [InlineData("=TestA", "GOSDK0305")]
    [InlineData("Name=", "GOSDK0305")]
    public void RefusesWhatGoTestCannotExpress(string filter, string code)
    {
        GoSdkException error = Assert.Throws<GoSdkException>(() => TestFilterTranslator.Translate(filter));

        Assert.Equal(code, error.Diagnostic.Code);
        Assert.Contains(filter.Trim(), error.Diagnostic.Message);
    }

    [Theory]
    [InlineData("example.com/m/p.TestA", "example.com/m/p", "TestA")]
    [InlineData("gopkg.in/yaml.v3.TestDecode/x.y", "gopkg.in/yaml.v3", "TestDecode/x.y")]
    [InlineData("m.ExampleGreet_bad", "m", "ExampleGreet_bad")]
    public void FullyQualifiedNamesSplitAtTheTestFunction(string fullyQualifiedName, string importPath, string name)
    {
        Assert.True(GoTestName.TrySplitFullyQualifiedName(fullyQualifiedName, out string actualPath, out string actualName));
        Assert.Equal((importPath, name), (actualPath, actualName));
        Assert.Equal(fullyQualifiedName, GoTestName.FullyQualifiedName(importPath, name));
    }
}
