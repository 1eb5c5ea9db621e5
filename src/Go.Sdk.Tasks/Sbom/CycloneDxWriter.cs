using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Writes a CycloneDX 1.6 JSON SBOM of one Go binary: the binary as the BOM's component (with its SHA-256), the Go
/// standard library and every module as components, the build settings as properties, and one dependency entry
/// (the binary needs each of them; Go records no finer graph).
/// </summary>
/// <remarks>
/// The bytes depend only on the inputs: no clock (the timestamp is SOURCE_DATE_EPOCH or absent), components in
/// Go's order, LF line ends on every OS, and a serial number that is a name-based (version 5) UUID of the rest of
/// the document. A module's <c>h1:</c> checksum is a SHA-256 of a listing of file hashes, not of anything a
/// consumer could download and hash, so it is a property (<c>gosdk:module:h1</c>), not a CycloneDX hash.
/// </remarks>
public static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";

    private static readonly HashSet<string> LibraryBuildModes = new(StringComparer.Ordinal) { "c-shared", "c-archive", "plugin", "shared" };

    // The taxonomy cyclonedx-gomod registered for these four (cdx:gomod:build:env:*); other settings use gosdk:build:*.
    private static readonly HashSet<string> EnvironmentSettings = new(StringComparer.Ordinal) { "GOOS", "GOARCH", "CGO_ENABLED" };

    // RFC 4122 appendix C: the URL namespace, under which the serial number's name is the document itself.
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static byte[] Write(GoBinary binary, SbomSubject subject)
    {
        var body = Serialize(binary, subject, serialNumber: null);
        return Serialize(binary, subject, "urn:uuid:" + NameBasedUuid(body));
    }

    private static byte[] Serialize(GoBinary binary, SbomSubject subject, string? serialNumber)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteBom(json, binary, subject, serialNumber);
        }
        // Utf8JsonWriter indents with Environment.NewLine; strings never hold a raw CR, so this only touches line ends.
        var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        return new UTF8Encoding(false).GetBytes(text);
    }

    private static void WriteBom(Utf8JsonWriter json, GoBinary binary, SbomSubject subject, string? serialNumber)
    {
        var info = binary.BuildInfo;
        var components = Components(info);
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", SpecVersion);
        if (serialNumber is not null)
        {
            json.WriteString("serialNumber", serialNumber);
        }
        json.WriteNumber("version", 1);

        json.WriteStartObject("metadata");
        if (subject.Timestamp is { } timestamp)
        {
            json.WriteString("timestamp", timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        json.WriteStartArray("lifecycles");
        json.WriteStartObject();
        json.WriteString("phase", "build");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "Go.Sdk");
        json.WriteString("version", subject.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        var main = MainComponent(binary, subject);
        json.WritePropertyName("component");
        WriteComponent(json, main);
        json.WriteEndObject();

        json.WriteStartArray("components");
        foreach (var component in components)
        {
            WriteComponent(json, component);
        }
        json.WriteEndArray();

        json.WriteStartArray("dependencies");
        json.WriteStartObject();
        json.WriteString("ref", main.BomRef);
        json.WriteStartArray("dependsOn");
        foreach (var component in components)
        {
            json.WriteStringValue(component.BomRef);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static Component MainComponent(GoBinary binary, SbomSubject subject)
    {
        var info = binary.BuildInfo;
        var name = info.Main?.Path is { Length: > 0 } modulePath ? modulePath : info.Path.Length > 0 ? info.Path : subject.BinaryName;
        var goVersion = info.Main?.Version is { Length: > 0 } v && v != "(devel)" ? v : "";
        var version = subject.ProjectVersion.Length > 0 ? subject.ProjectVersion : goVersion;
        var properties = new List<(string, string)>
        {
            ("gosdk:binary:name", subject.BinaryName),
            ("gosdk:package", info.Path),
            ("cdx:gomod:build:env:GOVERSION", info.GoVersion),
        };
        foreach (var setting in info.Settings)
        {
            var prefix = EnvironmentSettings.Contains(setting.Key) ? "cdx:gomod:build:env:" : "gosdk:build:";
            properties.Add((prefix + setting.Key, setting.Value));
        }
        var type = LibraryBuildModes.Contains(info.Setting("-buildmode") ?? "") ? "library" : "application";
        return new Component(type, PackageUrl.Golang(name, version), name, version, binary.Sha256, properties);
    }

    private static List<Component> Components(GoBuildInfo info)
    {
        var stdlib = PackageUrl.Golang("stdlib", info.GoVersion);
        var components = new List<Component>
        {
            new("library", stdlib, "stdlib", info.GoVersion, null, new List<(string, string)>()),
        };
        foreach (var module in info.Dependencies)
        {
            components.Add(ModuleComponent(module));
        }
        return components;
    }

    private static Component ModuleComponent(GoModule module)
    {
        var properties = new List<(string, string)>();
        // bom-ref stays the required module, which is unique in a build even when two modules share a replacement.
        var bomRef = PackageUrl.Golang(module.Path, module.Version);
        if (module.Replacement is not { } replacement)
        {
            AddSum(properties, module.Sum);
            return new Component("library", bomRef, module.Path, module.Version, null, properties) { Purl = bomRef };
        }
        if (module.IsReplacedByFolder)
        {
            // The code came from a folder: no version identifies it, so the purl has none.
            properties.Add(("gosdk:module:replaced-by-folder", replacement.Path));
            properties.Add(("gosdk:module:required-version", module.Version));
            return new Component("library", bomRef, module.Path, "", null, properties) { Purl = PackageUrl.Golang(module.Path, "") };
        }
        properties.Add(("gosdk:module:replaces", module.Path + "@" + module.Version));
        AddSum(properties, replacement.Sum);
        return new Component("library", bomRef, replacement.Path, replacement.Version, null, properties)
        {
            Purl = PackageUrl.Golang(replacement.Path, replacement.Version),
        };
    }

    private static void AddSum(List<(string, string)> properties, string sum)
    {
        if (sum.Length > 0)
        {
            properties.Add(("gosdk:module:h1", sum));
        }
    }

    private static void WriteComponent(Utf8JsonWriter json, Component component)
    {
        json.WriteStartObject();
        json.WriteString("type", component.Type);
        json.WriteString("bom-ref", component.BomRef);
        json.WriteString("name", component.Name);
        if (component.Version.Length > 0)
        {
            json.WriteString("version", component.Version);
        }
        json.WriteString("purl", component.Purl ?? component.BomRef);
        if (component.Sha256 is { } sha256)
        {
            json.WriteStartArray("hashes");
            json.WriteStartObject();
            json.WriteString("alg", "SHA-256");
            json.WriteString("content", sha256);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (component.Properties.Count > 0)
        {
            json.WriteStartArray("properties");
            foreach (var (name, value) in component.Properties)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("value", value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>A version 5 UUID (SHA-1, RFC 4122 §4.3) of <paramref name="name"/> in the URL namespace, lower-case.</summary>
    private static string NameBasedUuid(byte[] name)
    {
        var ns = UrlNamespace.ToByteArray();
        // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes them in network order.
        Array.Reverse(ns, 0, 4);
        Array.Reverse(ns, 4, 2);
        Array.Reverse(ns, 6, 2);
        byte[] hash;
        using (var sha1 = SHA1.Create())
        {
            sha1.TransformBlock(ns, 0, ns.Length, null, 0);
            sha1.TransformFinalBlock(name, 0, name.Length);
            hash = sha1.Hash!;
        }
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Toolchain.Trust.Sha256Hash.ToHex(hash);
        return $"{hex.Substring(0, 8)}-{hex.Substring(8, 4)}-{hex.Substring(12, 4)}-{hex.Substring(16, 4)}-{hex.Substring(20, 12)}";
    }

    private sealed record Component(string Type, string BomRef, string Name, string Version, string? Sha256, List<(string Name, string Value)> Properties)
    {
        public string? Purl { get; init; }
    }
}
