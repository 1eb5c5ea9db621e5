using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Go.Sdk.Tasks.Coverage.Model;

namespace Go.Sdk.Tasks.Coverage.Cobertura;

/// <summary>
/// Writes the coverage model as Cobertura XML (the coverage-04.dtd shape coverlet writes), which ReportGenerator and
/// Azure DevOps' PublishCodeCoverageResults@2 read. A Go package becomes a <c>&lt;package&gt;</c>, a file a
/// <c>&lt;class&gt;</c> named after the file (without <c>.go</c>: ReportGenerator cuts class names at <c>/</c>),
/// a function a <c>&lt;method&gt;</c>. Go records no branches, so every line has <c>branch="false"</c>.
/// Rates are truncated to four decimals, never rounded up to 1.
/// </summary>
public static class CoberturaWriter
{
    public static void Write(CoverageReport report, Stream output, CoberturaOptions options)
    {
        var files = report.Packages.SelectMany(p => p.Files).Where(f => f.FullPath is not null).Select(f => f.FullPath!);
        var root = SourceRoot.Common(options.ModuleDirectory, files);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("coverage");
        WriteRates(xml, report.Counts);
        xml.WriteAttributeString("lines-covered", Number(report.Counts.LinesCovered));
        xml.WriteAttributeString("lines-valid", Number(report.Counts.LinesValid));
        xml.WriteAttributeString("branches-covered", "0");
        xml.WriteAttributeString("branches-valid", "0");
        xml.WriteAttributeString("complexity", "0");
        xml.WriteAttributeString("version", options.Version);
        xml.WriteAttributeString("timestamp", options.Timestamp.ToString(CultureInfo.InvariantCulture));

        xml.WriteStartElement("sources");
        xml.WriteElementString("source", root.Directory);
        xml.WriteEndElement();

        xml.WriteStartElement("packages");
        foreach (var package in report.Packages)
        {
            xml.WriteStartElement("package");
            xml.WriteAttributeString("name", package.ImportPath);
            WriteRates(xml, package.Counts);
            xml.WriteAttributeString("complexity", "0");
            xml.WriteStartElement("classes");
            foreach (var file in package.Files)
            {
                WriteClass(xml, file, root);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteClass(XmlWriter xml, CoverageFile file, SourceRoot root)
    {
        xml.WriteStartElement("class");
        xml.WriteAttributeString("name", ClassName(file.Name));
        xml.WriteAttributeString("filename", XmlSafe(file.FullPath is null ? file.ProfileName : root.Relative(file.FullPath)));
        WriteRates(xml, file.Counts);
        xml.WriteAttributeString("complexity", "0");
        xml.WriteStartElement("methods");
        foreach (var function in file.Functions)
        {
            xml.WriteStartElement("method");
            xml.WriteAttributeString("name", XmlSafe(function.Name));
            xml.WriteAttributeString("signature", XmlSafe(function.Signature));
            WriteRates(xml, function.Counts);
            xml.WriteAttributeString("complexity", "0");
            WriteLines(xml, function.Lines);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        WriteLines(xml, file.Lines);
        xml.WriteEndElement();
    }

    private static void WriteLines(XmlWriter xml, IReadOnlyList<CoverageLine> lines)
    {
        xml.WriteStartElement("lines");
        foreach (var line in lines)
        {
            xml.WriteStartElement("line");
            xml.WriteAttributeString("number", Number(line.Number));
            xml.WriteAttributeString("hits", line.Hits.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("branch", "false");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteRates(XmlWriter xml, CoverageCounts counts)
    {
        xml.WriteAttributeString("line-rate", Rate(counts.LinesCovered, counts.LinesValid));
        xml.WriteAttributeString("branch-rate", "1");
    }

    private static string ClassName(string fileName) =>
        XmlSafe(fileName.EndsWith(".go", System.StringComparison.Ordinal) ? fileName.Substring(0, fileName.Length - 3) : fileName);

    // Computed from the integers, so the text is the same under .NET Framework and .NET and 0.99999 stays below 1.
    internal static string Rate(int covered, int valid)
    {
        if (valid == 0)
        {
            return "1";
        }
        long tenThousandths = covered * 10000L / valid;
        var text = (tenThousandths / 10000).ToString(CultureInfo.InvariantCulture);
        long fraction = tenThousandths % 10000;
        return fraction == 0 ? text : text + "." + fraction.ToString("0000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Struct tags in a signature may hold any character, and XML 1.0 cannot carry control characters at all.
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        return new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());
    }
}
