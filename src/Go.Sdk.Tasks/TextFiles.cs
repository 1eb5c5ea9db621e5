using System.IO;
using System.Text;

namespace Go.Sdk.Tasks;

/// <summary>Generated text files that keep their timestamp when their text is unchanged, so incremental targets after them stay skipped.</summary>
internal static class TextFiles
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, unless the file already holds exactly it.</summary>
    public static void WriteWhenDifferent(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
