using System.Collections.Concurrent;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

/// <summary>
/// samples/mixed with its app replaced by eng/bench/interop-stress (threads calling Go while another forces GCs),
/// built once per test run and shared by the interop stress and publish tests:
/// app/bin/Release/net10.0/ holds the app with the library as Go.Sdk builds it, unguarded/ the same app with the
/// library built with GoSignalGuard=false. tests/ is an xunit project running the same stress under dotnet test.
/// </summary>
internal sealed class StressConsumer
{
    private static readonly ConcurrentDictionary<string, Lazy<StressConsumer>> Built = new();

    public const string GuardedApp = "app/bin/Release/net10.0/app";
    public const string UnguardedApp = "unguarded/app";

    private StressConsumer(TestProject project) => Project = project;

    public TestProject Project { get; }

    public static StressConsumer For(GoSdkFixture fixture) =>
        Built.GetOrAdd(fixture.RunDirectory, _ => new Lazy<StressConsumer>(() => Build(fixture))).Value;

    private static StressConsumer Build(GoSdkFixture fixture)
    {
        var project = fixture.CreateProject("interop stress");
        MixedSample.CopyTo(project, fixture.Version);
        var stress = Path.Combine(RepositoryRootAttribute.Value, "eng", "bench", "interop-stress");
        project.WriteFile("app/Program.cs", File.ReadAllText(Path.Combine(stress, "Program.cs")));
        project.WriteFile("app/GoStress.cs", File.ReadAllText(Path.Combine(stress, "GoStress.cs")));
        // NativeAOT and trimming need packs the run's own feed does not hold.
        project.WriteFile("NuGet.config", """
            <configuration>
              <packageSources>
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        MixedSample.WriteXunitProject(project, "../app/GoStress.cs");
        // Plain calls through the generated bindings under dotnet test, beside the stress.
        project.WriteFile("tests/GoLibTests.cs", """
            using golib;
            using Xunit;

            public sealed class GoLibTests
            {
                [Fact]
                public void AddsInGo() => Assert.Equal(42, Exports.Add(40, 2));

                [Fact]
                public void GreetsWithAStringGoAllocated() => Assert.Equal("Hello, xunit, from Go", Exports.Greet("xunit"));

                [Fact]
                public void TurnsGoErrorsIntoExceptions() =>
                    Assert.Equal("time: invalid duration \"later\"", Assert.Throws<GoException>(() => Exports.ParseDuration("later")).Message);
            }
            """);
        project.WriteFile("tests/StressTests.cs", """
            using App;
            using Xunit;
            using Xunit.Abstractions;

            public sealed class StressTests(ITestOutputHelper output)
            {
                [Fact]
                public void FourThreadsCallGoWhileTheGcRuns()
                {
                    var calls = GoStress.Run(TimeSpan.FromSeconds(10), threads: 4, collectGarbage: true, addOnly: false);
                    output.WriteLine($"calls={calls}");
                    Assert.True(calls > 0);
                }
            }
            """);

        // The library without the guard first, set aside; then the app, whose build rebuilds the library with it, so
        // that golib's Release output is the guarded one that dotnet test -c Release finds up to date.
        project.DotNet("build", "golib/golib.goproj", "-c", "Release", "-p:GoSignalGuard=false").ShouldSucceed();
        var unguardedLibrary = project.PathOf("libgolib-unguarded.so");
        File.Copy(project.PathOf("golib/bin/Release/libgolib.so"), unguardedLibrary);
        project.DotNet("build", "app/app.csproj", "-c", "Release").ShouldSucceed();
        var unguarded = Directory.CreateDirectory(project.PathOf("unguarded")).FullName;
        foreach (var file in Directory.GetFiles(project.PathOf("app/bin/Release/net10.0")))
        {
            File.Copy(file, Path.Combine(unguarded, Path.GetFileName(file)));
        }
        File.Copy(unguardedLibrary, Path.Combine(unguarded, "libgolib.so"), overwrite: true);
        return new StressConsumer(project);
    }

    /// <summary>Runs an app of this consumer under stress and returns how it ended.</summary>
    public CommandResult Stress(string app, int seconds, string mode = "gc") =>
        Command.Run(Project.PathOf(app), [seconds.ToString(), "4", mode], Project.Directory, timeout: TimeSpan.FromSeconds(seconds + 60));
}
