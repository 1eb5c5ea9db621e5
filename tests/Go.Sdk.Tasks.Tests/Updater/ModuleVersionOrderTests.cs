using Go.Sdk.UpdateChecksums;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Updater;

public class ModuleVersionOrderTests
{
    [Theory]
    [InlineData("v0.0.1-go1.21.2.linux-amd64", "v0.0.1-go1.21.10.linux-amd64")]
    [InlineData("v0.0.1-go1.21.0.linux-arm", "v0.0.1-go1.21.0.linux-arm64")]
    [InlineData("v0.0.1-go1.21.0.windows-arm64", "v0.0.1-go1.22.0.aix-ppc64")]
    [InlineData("v1.0.0-rc.1", "v1.0.0")]
    [InlineData("v1.0.0-1", "v1.0.0-alpha")]
    [InlineData("v1.2.0", "v1.10.0")]
    [InlineData("v1.0.0-alpha", "v1.0.0-alpha.1")]
    public void SortsAsGoSemverDoes(string lower, string higher)
    {
        Assert.True(ModuleVersionOrder.Instance.Compare(lower, higher) < 0);
        Assert.True(ModuleVersionOrder.Instance.Compare(higher, lower) > 0);
        Assert.Equal(0, ModuleVersionOrder.Instance.Compare(lower, lower));
    }
}
