using System.Text.Json;
using Json.Schema;

namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>
/// The official CycloneDX 1.6 JSON schema (TestData/Sbom, see its README), with the SPDX and JSF schemas it refers
/// to, loaded once. Formats (date-time, iri-reference, …) are checked too, not only structure.
/// </summary>
public static class CycloneDxSchema
{
    private static readonly Lazy<JsonSchema> Bom = new(Load);

    // The integration tests link this file and copy the schemas to the same place in their output.
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Sbom");

    /// <summary>Every violation, one line each (empty when the document is valid).</summary>
    public static IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Bom.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key}: {e.Value}"))
                .ToList();
    }

    public static void AssertValid(string json)
    {
        var violations = Violations(json);
        Assert.True(violations.Count == 0, "Not valid CycloneDX 1.6:\n" + string.Join("\n", violations) + "\n" + json);
    }

    private static JsonSchema Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        // The copies refer to each other by their .SNAPSHOT file names, relative to the BOM schema's $id.
        foreach (var referenced in new[] { "spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json" })
        {
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, referenced)), options);
            options.SchemaRegistry.Register(new Uri("http://cyclonedx.org/schema/" + referenced), schema);
        }
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "bom-1.6.SNAPSHOT.schema.json")), options);
    }
}
