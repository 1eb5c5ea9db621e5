using System;
using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Execution;

/// <summary>
/// Hides secrets before a command line or environment reaches a log (and so a binlog): values of variables whose
/// names look like credentials, and the password part of URLs (<c>https://user:secret@proxy</c>, as in GOPROXY).
/// </summary>
public static class SecretRedactor
{
    public const string Mask = "***";

    private static readonly Regex SecretName = new(
        "(TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|AUTH)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex UrlPassword = new(@"(?<scheme>[a-z][a-z0-9+.-]*://)(?<user>[^:/@\s]+):(?<password>[^@/\s]+)@",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool IsSecretName(string variableName) =>
        SecretName.IsMatch(variableName) && variableName != "PWD" && variableName != "OLDPWD"; // the shell's working folder, not a password

    public static string RedactVariable(string name, string value) =>
        IsSecretName(name) ? Mask : RedactText(value);

    public static string RedactText(string text) =>
        UrlPassword.Replace(text, m => m.Groups["scheme"].Value + m.Groups["user"].Value + ":" + Mask + "@");
}
