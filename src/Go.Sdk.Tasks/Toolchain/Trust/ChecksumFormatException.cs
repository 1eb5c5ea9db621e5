using System;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// A line of a checksum file that is neither a sha256sum line nor a go.sum line. It carries the place so that
/// <see cref="ChecksumStore"/> can report it as a coded error pointing at the file and line.
/// </summary>
public sealed class ChecksumFormatException : FormatException
{
    public ChecksumFormatException(string file, int lineNumber, string lineText)
        : base($"{file}({lineNumber}): '{lineText}' is neither a sha256sum line nor a go.sum line.")
    {
        File = file;
        LineNumber = lineNumber;
        LineText = lineText;
    }

    public string File { get; }
    public int LineNumber { get; }
    public string LineText { get; }
}
