using Go.Sdk.Tasks.Toolchain.Installation;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Installation;

public sealed class EntryPathGuardTests
{
    [Theory]
    [InlineData("go/bin/go", "bin/go")]
    [InlineData("go/", "")]
    [InlineData("go", "")]
    [InlineData("go/./src//fmt/", "src/fmt")]
    public void NamesUnderThePrefixMapBelowTheGoRoot(string entry, string expected) =>
        Assert.Equal(expected, string.Join("/", EntryPathGuard.Relative(entry, "go/", out _)!));

    [Theory]
    [InlineData("go/../x")]
    [InlineData("/go/x")]
    [InlineData("C:/go/x")]
    [InlineData("go/a\\..\\..\\x")]
    [InlineData("gopher/x")]
    [InlineData("go/x\0")]
    public void UnsafeOrMisplacedNamesAreRefused(string entry)
    {
        Assert.Null(EntryPathGuard.Relative(entry, "go/", out var reason));
        Assert.NotEmpty(reason);
    }

    [Theory]
    [InlineData("bin/link", "go", true)]
    [InlineData("bin/link", "../src/x", true)]
    [InlineData("bin/link", "../../x", false)]
    [InlineData("link", "..", false)]
    [InlineData("a/b/link", "../../a/./b", true)]
    [InlineData("a/link", "b/../..", false)]
    [InlineData("a/link", "/etc/passwd", false)]
    public void LinksMustStayInsideTheGoRoot(string link, string target, bool allowed) =>
        Assert.Equal(allowed, EntryPathGuard.LinkStaysInside(link.Split('/'), target, out _));
}
