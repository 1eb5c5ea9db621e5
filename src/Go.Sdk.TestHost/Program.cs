using Go.Sdk.TestHost;
using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Capabilities.TestFramework;

// `dotnet test` (Microsoft.Testing.Platform mode) starts this with the project's settings file and its own options.
ITestApplicationBuilder builder = await TestApplication.CreateBuilderAsync(args);
builder.CommandLine.AddProvider(() => new GoTestHostOptions());
builder.RegisterTestFramework(_ => new TestFrameworkCapabilities(), (_, services) => new GoTestFramework(services));
using ITestApplication app = await builder.BuildAsync();
return await app.RunAsync();
