using Go.Sdk.Tasks.Toolchain;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain;

public class GoVersionTests
{
    [Theory]
    [InlineData("1.22.12", "1.22.12")]
    [InlineData("go1.22.12", "1.22.12")]
    [InlineData("1.22", "1.22")]
    [InlineData("1.23rc2", "1.23rc2")]
    [InlineData("go1.21beta1", "1.21beta1")]
    [InlineData(" 1.21.0 ", "1.21.0")]
    public void ParsesWhatGoAccepts(string text, string expected) =>
        Assert.Equal(expected, GoVersion.Parse(text).ToString());

    [Theory]
    [InlineData("banana")]
    [InlineData("2")]
    [InlineData("2.0.1")]
    [InlineData("1")]
    [InlineData("1.22.")]
    [InlineData("1.22.1.3")]
    [InlineData("")]
    [InlineData("1.22rc")]
    [InlineData("go")]
    [InlineData("go1.22.x")]
    [InlineData("1.22beta")]
    [InlineData("1.22alpha1")]
    [InlineData("1.22.99999999999")]
    [InlineData("1.\u0663")] // an Arabic-Indic digit: Go versions are ASCII
    public void RejectsWhatIsNotAGoVersion(string text) =>
        Assert.False(GoVersion.TryParse(text, out _));

    [Fact]
    public void OrdersLikeGo()
    {
        string[] ascending = { "1.20", "1.20.1", "1.21", "1.21beta1", "1.21rc1", "1.21rc2", "1.21.0", "1.21.1", "1.21.10", "1.22rc1" };
        for (int i = 1; i < ascending.Length; i++)
        {
            Assert.True(GoVersion.Parse(ascending[i - 1]) < GoVersion.Parse(ascending[i]), $"{ascending[i - 1]} < {ascending[i]}");
        }
    }

    [Theory]
    [InlineData("1.21", "1.21.0")]
    [InlineData("1.22", "1.22.0")]
    [InlineData("1.20", "1.20")]
    [InlineData("1.22.3", "1.22.3")]
    [InlineData("1.23rc2", "1.23rc2")]
    public void GoLineNamesItsMinimumToolchain(string goLine, string toolchain) =>
        Assert.Equal(toolchain, GoVersion.Parse(goLine).AsMinimumToolchain().ToString());
}
