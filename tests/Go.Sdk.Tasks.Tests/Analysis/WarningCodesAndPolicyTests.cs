using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

public sealed class WarningCodesAndPolicyTests
{
    [Theory]
    [InlineData("printf", "GOVET-printf")]
    [InlineData("testinggoroutine", "GOVET-testinggoroutine")]
    [InlineData("a;b c", "GOVET-a_b_c")]
    [InlineData("", "GOVET-_")]
    public void AnalyzerCodeIsItsNameAfterAFixedPrefix(string analyzer, string code) =>
        Assert.Equal(code, VetWarningCode.For(analyzer));

    [Theory]
    [InlineData("", "", "", false, WarningDisposition.Warning)]
    [InlineData("CS0168;govet-printf", "", "", false, WarningDisposition.Suppressed)]
    [InlineData("GOVET-printf", "GOVET-printf", "", true, WarningDisposition.Suppressed)]
    [InlineData("", "GOVET-copylocks, GOVET-printf", "", false, WarningDisposition.Error)]
    [InlineData("", "GOVET-copylocks", "", false, WarningDisposition.Warning)]
    [InlineData("", "", "", true, WarningDisposition.Error)]
    [InlineData("", "", "GOVET-printf", true, WarningDisposition.Warning)]
    [InlineData("", "GOVET-printf", "GOVET-printf", false, WarningDisposition.Error)]
    public void NoWarnWinsThenListedErrorsThenTreatWarningsAsErrors(string noWarn, string asErrors, string notAsErrors, bool treatAsErrors, WarningDisposition expected) =>
        Assert.Equal(expected, new WarningPolicy(noWarn, asErrors, notAsErrors, treatAsErrors).Classify("GOVET-printf"));
}
