namespace Go.Sdk.Tasks.Coverage.Cobertura;

/// <summary>What a Cobertura report says beyond the coverage itself; injected so the output is reproducible.</summary>
/// <param name="ModuleDirectory">The main module's folder: the report's <c>&lt;source&gt;</c>, unless covered files lie outside it.</param>
/// <param name="Timestamp">Seconds since the Unix epoch, as coverlet writes it.</param>
/// <param name="Version">The producing tool's version.</param>
public sealed record CoberturaOptions(string ModuleDirectory, long Timestamp, string Version);
