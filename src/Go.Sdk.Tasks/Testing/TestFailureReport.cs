using System.Collections.Generic;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// One failure as an MSBuild error: which test (or package), where, and what it said. File paths are resolved to
/// the package's folder when the module is known, so IDEs and the terminal logger can link them.
/// </summary>
public sealed record ReportedFailure(string TestName, string Package, string? File, int Line, int Column, string Message, GoSdkDiagnostic Diagnostic);

/// <summary>
/// Lists what a run should log as MSBuild errors: one per failed test that failed by itself (parents failing only
/// because of a subtest are left out, the subtest names the cause), one per compiler message of a failed test build,
/// one per other package or run error.
/// </summary>
public static class TestFailureReport
{
    /// <param name="modulePath">The module's path from go.mod (<c>example.com/m</c>), to map import paths to folders.</param>
    /// <param name="moduleDirectory">The folder of go.mod, where go test ran; relative paths are resolved against it.</param>
    public static IReadOnlyList<ReportedFailure> Collect(TestRun run, string? modulePath = null, string? moduleDirectory = null)
    {
        List<ReportedFailure> failures = new();
        // Whether a place exists can only be checked against the module on disk (not for a report read elsewhere).
        FailureLocations? locations = moduleDirectory is not null && Directory.Exists(moduleDirectory) ? new FailureLocations(modulePath, moduleDirectory) : null;
        foreach (PackageResult package in run.Packages)
        {
            foreach (TestResult test in package.Tests)
            {
                if (test.Outcome != TestOutcome.Failed || test.Failure is not { ExplainedBySubtests: false } failure)
                {
                    continue;
                }
                string? file = ResolveTestFile(failure.Location?.File, package.ImportPath, modulePath, moduleDirectory);
                int line = failure.Location?.Line ?? 0;
                if (locations is not null)
                {
                    SourceLocation? place = locations.For(test, file, line);
                    (file, line) = (place?.File, place?.Line ?? 0);
                }
                failures.Add(new ReportedFailure(test.FullyQualifiedName, package.ImportPath, file, line, 0, failure.Message,
                    Messages.TestFailed(test.FullyQualifiedName, failure.Message, file, line)));
            }
        }
        foreach (PackageError error in run.AllErrors)
        {
            AddError(failures, error, modulePath, moduleDirectory, locations);
        }
        return failures;
    }

    private static void AddError(List<ReportedFailure> failures, PackageError error, string? modulePath, string? moduleDirectory, FailureLocations? locations)
    {
        string name = Writers.ReportText.ErrorTestName(error);
        if (error.Kind == PackageErrorKind.BuildFailed)
        {
            bool anyPlaced = false;
            foreach (BuildMessage message in error.BuildMessages)
            {
                if (message.Location is null)
                {
                    continue;
                }
                anyPlaced = true;
                string file = Resolve(message.Location.File, moduleDirectory);
                failures.Add(new ReportedFailure(name, error.Package, file, message.Location.Line, message.Location.Column, message.Text,
                    new GoSdkDiagnostic(Messages.CompilerErrorCode, message.Text, file, message.Location.Line, message.Location.Column)));
            }
            if (!anyPlaced)
            {
                failures.Add(new ReportedFailure(name, error.Package, null, 0, 0, error.Message, Messages.TestBuildFailed(error.Package, error.Message)));
            }
            return;
        }
        string? location = ResolveTestFile(error.Location?.File, error.Package, modulePath, moduleDirectory);
        int line = error.Location?.Line ?? 0;
        if (locations is not null)
        {
            SourceLocation? place = locations.For(error, location, line);
            (location, line) = (place?.File, place?.Line ?? 0);
        }
        failures.Add(new ReportedFailure(name, error.Package, location, line, 0, error.Message, Messages.TestPackageFailed(error.Message, location, line)));
    }

    /// <summary>t.Error gives a base name (<c>x_test.go</c>): it lives in the package's folder inside the module.</summary>
    private static string? ResolveTestFile(string? file, string importPath, string? modulePath, string? moduleDirectory)
    {
        if (file is null || Path.IsPathRooted(file) || moduleDirectory is null)
        {
            return file;
        }
        if (file.IndexOf('/') < 0 && modulePath is not null && PackageDirectory(importPath, modulePath, moduleDirectory) is string directory)
        {
            return Path.Combine(directory, file);
        }
        return Resolve(file, moduleDirectory);
    }

    /// <summary>The folder of a package of the module, or null for a package outside it.</summary>
    internal static string? PackageDirectory(string importPath, string modulePath, string moduleDirectory)
    {
        if (importPath == modulePath)
        {
            return moduleDirectory;
        }
        return importPath.StartsWith(modulePath + "/", System.StringComparison.Ordinal)
            ? Path.Combine(moduleDirectory, importPath.Substring(modulePath.Length + 1).Replace('/', Path.DirectorySeparatorChar))
            : null;
    }

    private static string Resolve(string file, string? moduleDirectory) =>
        moduleDirectory is null || Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(moduleDirectory, file));
}
