using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Tests.Execution;

public class CommandLineTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("  -v   -x ", new[] { "-v", "-x" })]
    [InlineData("-X 'main.v=1 2' -s", new[] { "-X", "main.v=1 2", "-s" })]
    [InlineData("-extldflags \"-static -lm\"", new[] { "-extldflags", "-static -lm" })]
    [InlineData("a''b", new[] { "ab" })]
    [InlineData("''", new[] { "" })]
    public void SplitsLikeGo(string text, string[] expected) =>
        Assert.Equal(expected, CommandLine.Split(text));

    [Fact]
    public void AnUnterminatedQuoteIsAnError() =>
        Assert.Throws<FormatException>(() => CommandLine.Split("-X 'main.v=1"));

    [Theory]
    [InlineData(new[] { "-s", "main.v=1 2", "it's" }, "-s 'main.v=1 2' \"it's\"")]
    public void JoinForGoRoundTrips(string[] values, string expected)
    {
        Assert.Equal(expected, CommandLine.JoinForGo(values));
        Assert.Equal(values, CommandLine.Split(expected));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("with space", "\"with space\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("C:\\dir with space\\", "\"C:\\dir with space\\\\\"")]
    public void QuotesArgumentsForAProcessCommandLine(string argument, string expected) =>
        Assert.Equal(expected, CommandLine.QuoteArgument(argument));
}
