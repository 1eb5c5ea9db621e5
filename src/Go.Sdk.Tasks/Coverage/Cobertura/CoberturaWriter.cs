using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Go.Sdk.Tasks.Coverage.Model;

namespace Go.Sdk.Tasks.Coverage.Cobertura;

/// <summary>
/// Writes the coverage model as Cobertura XML (the coverage-04.dtd shape coverlet writes), which ReportGenerator and
/// Azure DevOps' PublishCodeCoverageResults@2 read. A Go package becomes a <c>&lt;package&gt;</c>, a file a
/// <c>&lt;class&gt;</c> named after the file (without <c>.go</c>: ReportGenerator cuts class names at <c>/</c>),
/// a function a <c>&lt;method&gt;</c>. Go records no branches, so every line has <c>branch="false"</c>.
/// Rates are truncated to four decimals, never rounded up to 1. Output is UTF-8 without BOM, <c>\n</c> line ends.
/// </summary>
public static class CoberturaWriter
{
    public static void Write(CoverageReport report, Stream output, CoberturaOptions options)
    {
        var files = report.Packages.SelectMany(p => p.Files).Where(f => f.FullPath is not null).Select(f => f.FullPath!);
        var root = SourceRoot.Common(options.ModuleDirectory, files);
        using var xml = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

        xml.WriteLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.Write("<coverage");
        WriteRates(xml, report.Counts);
        Attribute(xml, "lines-covered", Number(report.Counts.LinesCovered));
        Attribute(xml, "lines-valid", Number(report.Counts.LinesValid));
        xml.Write(" branches-covered=\"0\" branches-valid=\"0\" complexity=\"0\"");
        Attribute(xml, "version", options.Version);
        Attribute(xml, "timestamp", options.Timestamp.ToString(CultureInfo.InvariantCulture));
        xml.WriteLine(">");
        xml.WriteLine("  <sources>");
        xml.Write("    <source>");
        XmlText.Write(xml, root.Directory);
        xml.WriteLine("</source>");
        xml.WriteLine("  </sources>");

        xml.WriteLine("  <packages>");
        foreach (var package in report.Packages)
        {
            xml.Write("    <package");
            Attribute(xml, "name", package.ImportPath);
            WriteRates(xml, package.Counts);
            xml.WriteLine(" complexity=\"0\">");
            xml.WriteLine("      <classes>");
            foreach (var file in package.Files)
            {
                WriteClass(xml, file, root);
            }
            xml.WriteLine("      </classes>");
            xml.WriteLine("    </package>");
        }
        xml.WriteLine("  </packages>");
        xml.WriteLine("</coverage>");
    }

    private static void WriteClass(TextWriter xml, CoverageFile file, SourceRoot root)
    {
        xml.Write("        <class");
        Attribute(xml, "name", ClassName(file.Name));
        Attribute(xml, "filename", file.FullPath is null ? file.ProfileName : root.Relative(file.FullPath));
        WriteRates(xml, file.Counts);
        xml.WriteLine(" complexity=\"0\">");
        xml.WriteLine("          <methods>");
        foreach (var function in file.Functions)
        {
            xml.Write("            <method");
            Attribute(xml, "name", function.Name);
            Attribute(xml, "signature", function.Signature);
            WriteRates(xml, function.Counts);
            xml.WriteLine(" complexity=\"0\">");
            WriteLines(xml, function.Lines, "              ");
            xml.WriteLine("            </method>");
        }
        xml.WriteLine("          </methods>");
        WriteLines(xml, file.Lines, "          ");
        xml.WriteLine("        </class>");
    }

    private static void WriteLines(TextWriter xml, IReadOnlyList<CoverageLine> lines, string indent)
    {
        xml.Write(indent);
        xml.WriteLine("<lines>");
        foreach (var line in lines)
        {
            xml.Write(indent);
            xml.Write("  <line number=\"");
            xml.Write(Number(line.Number));
            xml.Write("\" hits=\"");
            xml.Write(line.Hits.ToString(CultureInfo.InvariantCulture));
            xml.WriteLine("\" branch=\"false\" />");
        }
        xml.Write(indent);
        xml.WriteLine("</lines>");
    }

    private static void WriteRates(TextWriter xml, CoverageCounts counts)
    {
        Attribute(xml, "line-rate", Rate(counts.LinesCovered, counts.LinesValid));
        xml.Write(" branch-rate=\"1\"");
    }

    private static void Attribute(TextWriter xml, string name, string value)
    {
        xml.Write(' ');
        xml.Write(name);
        xml.Write("=\"");
        XmlText.Write(xml, value);
        xml.Write('"');
    }

    private static string ClassName(string fileName) =>
        fileName.EndsWith(".go", System.StringComparison.Ordinal) ? fileName.Substring(0, fileName.Length - 3) : fileName;

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
}
