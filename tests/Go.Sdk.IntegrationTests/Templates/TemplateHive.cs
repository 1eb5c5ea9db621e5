using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Templates;

/// <summary>
/// The run's Go.Sdk.Templates package installed into a template hive of one test's own, so `dotnet new` on the
/// machine running the tests never sees it (nor anything it installed before).
/// </summary>
public sealed class TemplateHive
{
    private readonly TestProject _project;
    private readonly string _hive;

    private TemplateHive(TestProject project)
    {
        _project = project;
        _hive = project.PathOf(".template-hive");
    }

    public static TemplateHive Install(GoSdkFixture fixture, TestProject project)
    {
        var hive = new TemplateHive(project);
        project.Environment["DOTNET_CLI_HOME"] = project.PathOf(".dotnet-home");
        hive.New("install", fixture.TemplatesPackage);
        return hive;
    }

    /// <summary>`dotnet new &lt;arguments&gt;` against this hive, which must succeed.</summary>
    public CommandResult New(params string[] arguments) =>
        _project.DotNet(["new", .. arguments, "--debug:custom-hive", _hive]).ShouldSucceed();
}
