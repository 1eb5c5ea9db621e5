using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

/// <summary>
/// `dotnet publish` of a C# app that references a Go library in the publish modes whose global properties reach
/// the .goproj through the reference (PublishAot, PublishTrimmed): the app publishes with the native library beside
/// it and runs the interop stress.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ConsumerPublishTests(GoSdkFixture fixture)
{
    [Fact]
    public void ANativeAotAppPublishesWithTheGoLibraryBesideItAndSurvivesTheStress()
    {
        var consumer = StressConsumer.For(fixture);

        consumer.Project.DotNet("publish", "app/app.csproj", "-r", "linux-x64", "-p:PublishAot=true", "-o", consumer.Project.PathOf("aot")).ShouldSucceed();

        Assert.True(File.Exists(consumer.Project.PathOf("aot/libgolib.so")));
        Assert.False(File.Exists(consumer.Project.PathOf("aot/app.dll")), "a NativeAOT app has no IL assembly");
        var run = consumer.Stress("aot/app", seconds: 10);
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:{Environment.NewLine}{run.Output}");
        run.ShouldContain("calls=");
    }

    [Fact]
    public void ATrimmedSelfContainedAppPublishesWithTheGoLibraryBesideItAndRuns()
    {
        var consumer = StressConsumer.For(fixture);

        consumer.Project.DotNet("publish", "app/app.csproj", "-r", "linux-x64", "--self-contained", "-p:PublishTrimmed=true", "-o", consumer.Project.PathOf("trimmed")).ShouldSucceed();

        Assert.True(File.Exists(consumer.Project.PathOf("trimmed/libgolib.so")));
        Assert.True(File.Exists(consumer.Project.PathOf("trimmed/libcoreclr.so")), "self-contained");
        var run = consumer.Stress("trimmed/app", seconds: 3);
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:{Environment.NewLine}{run.Output}");
        run.ShouldContain("calls=");
    }
}
