namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>A Go module on disk: its module path (go.mod's <c>module</c> line) and the folder holding its go.mod.</summary>
public sealed record GoModule(string ModulePath, string Directory);
