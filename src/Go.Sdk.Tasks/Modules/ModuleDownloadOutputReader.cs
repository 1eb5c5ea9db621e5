using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Modules;

/// <summary>
/// Reads what <c>go mod download -json</c> reports about modules it could not provide. A module whose own download
/// failed is a JSON object on stdout with an <c>Error</c> field; a failure while loading the module graph (a
/// dependency's go.mod missing, a proxy that refuses) and a go.sum mismatch are text on stderr instead, as
/// <c>go: path@version: detail</c> or <c>verifying path@version: checksum mismatch</c> followed by tab-indented lines.
/// </summary>
public static class ModuleDownloadOutputReader
{
    private static readonly Regex ModuleLine = new(@"^(?:go: )?(?:verifying (?:module: )?)?(?<module>[^\s:@]+@[^\s:@/]+(?:/go\.mod)?): (?<detail>.*)$",
        RegexOptions.CultureInvariant);

    private static readonly Regex HashLine = new(@"^\s+(?<source>[\w./-]+):\s+(?<hash>h1:\S+)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // Matched in this order: a refused connection says "Get …" with a URL that may also contain "not found".
    private static readonly (ModuleProblemKind Kind, string[] Phrases)[] Signatures =
    {
        (ModuleProblemKind.ChecksumMismatch, new[] { "checksum mismatch", "SECURITY ERROR" }),
        (ModuleProblemKind.LookupDisabled, new[] { "disabled by GOPROXY=off" }),
        (ModuleProblemKind.CredentialsRequired, new[]
        {
            "401 Unauthorized", "403 Forbidden", "terminal prompts disabled", "could not read Username",
            "could not read Password", "Authentication failed", "authentication required",
            "refusing to pass credentials to insecure URL",
        }),
        (ModuleProblemKind.ProxyUnreachable, new[]
        {
            "connection refused", "no such host", "i/o timeout", "TLS handshake timeout", "network is unreachable",
            "connection reset", "context deadline exceeded", "Client.Timeout", "no route to host",
        }),
        (ModuleProblemKind.NotFound, new[]
        {
            "404 Not Found", "410 Gone", "unknown revision", "no matching versions", "invalid version",
            "no such file or directory", "repository not found", "not found",
        }),
    };

    /// <param name="stdout">Everything <c>go mod download -json</c> wrote to stdout.</param>
    /// <param name="stderr">Its stderr, line by line.</param>
    public static IReadOnlyList<ModuleProblem> Read(string stdout, IEnumerable<string> stderr)
    {
        var problems = new List<ModuleProblem>();
        foreach (var objectText in GoListReader.SplitObjects(stdout))
        {
            using var document = JsonDocument.Parse(objectText);
            var root = document.RootElement;
            if (String(root, "Error") is { Length: > 0 } error)
            {
                var module = String(root, "Path") is { } path ? path + (String(root, "Version") is { } v ? "@" + v : "") : null;
                problems.Add(Classify(module, error.Split('\n')));
            }
        }
        problems.AddRange(ReadText(stderr));
        return problems
            .GroupBy(p => (p.Kind, p.Module))
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>Names the kind of problem Go's message describes.</summary>
    public static ModuleProblemKind KindOf(string detail) =>
        Signatures.FirstOrDefault(s => s.Phrases.Any(p => detail.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0)).Kind;

    // A problem starts at "go: …" or "verifying m@v: …"; every other non-blank line elaborates on it (tab-indented
    // details, the file and line of a go.mod error, SECURITY ERROR's explanation).
    private static IEnumerable<ModuleProblem> ReadText(IEnumerable<string> lines)
    {
        string? module = null;
        var text = new List<string>();
        foreach (var line in lines.Where(l => l.Trim().Length > 0))
        {
            var moduleLine = ModuleLine.Match(line);
            bool starts = moduleLine.Success || (line.StartsWith("go: ", StringComparison.Ordinal) && !line.StartsWith("go: downloading ", StringComparison.Ordinal));
            if (!starts)
            {
                if (text.Count > 0)
                {
                    text.Add(line);
                }
                continue;
            }
            if (text.Count > 0)
            {
                yield return Classify(module, text);
                text.Clear();
            }
            module = moduleLine.Success ? moduleLine.Groups["module"].Value : null;
            text.Add(line);
        }
        if (text.Count > 0)
        {
            yield return Classify(module, text);
        }
    }

    private static ModuleProblem Classify(string? module, IReadOnlyList<string> lines)
    {
        var text = string.Join("\n", lines);
        // "verifying m@v/go.mod: checksum mismatch" is about the module's go.mod hash: the module is still m@v.
        var name = module is not null && module.EndsWith("/go.mod", StringComparison.Ordinal) ? module.Substring(0, module.Length - "/go.mod".Length) : module;
        var kind = KindOf(text);
        string? recorded = null, downloaded = null;
        if (kind == ModuleProblemKind.ChecksumMismatch)
        {
            foreach (Match hash in HashLine.Matches(text))
            {
                if (hash.Groups["source"].Value == "downloaded")
                {
                    downloaded = hash.Groups["hash"].Value;
                }
                else
                {
                    recorded = hash.Groups["hash"].Value;
                }
            }
        }
        // A mismatch's hashes are reported on their own; the rest of its text is Go's general warning.
        var detail = kind == ModuleProblemKind.ChecksumMismatch ? lines[0] : string.Join(" ", lines.Select(l => l.Trim()));
        return new ModuleProblem(kind, name, StripPrefix(detail, module), recorded, downloaded);
    }

    // "go: m@v: reading …" → "reading …": the module is reported on its own.
    private static string StripPrefix(string detail, string? module)
    {
        var text = detail.StartsWith("go: ", StringComparison.Ordinal) ? detail.Substring(4) : detail;
        if (module is not null)
        {
            foreach (var prefix in new[] { module + ": ", "verifying " + module + ": ", "verifying module: " + module + ": " })
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return text.Substring(prefix.Length);
                }
            }
        }
        return text;
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
