// Benchmark harness for Go.Sdk's coverage converter.
//   generate <dir> <packages> <files> <functions>   a real Go module and a profile of packages*files*functions*5 blocks
//   convert <profile> <module dir> <module path> <out.xml>   what ConvertCoverage does, timed in-process too
using System.Diagnostics;
using System.Text;
using Go.Sdk.Tasks.Coverage.Cobertura;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;

return args.FirstOrDefault() switch
{
    "generate" when args.Length == 5 => Generate(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4])),
    "convert" when args.Length == 5 => Convert(args[1], args[2], args[3], args[4]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CoverageBench generate <dir> <packages> <files> <functions> | convert <profile> <module dir> <module path> <out.xml>");
    return 2;
}

// CPU time is the steadier figure on a loaded machine: wall time there mostly measures waiting for a core.
static long CpuMilliseconds()
{
    using var self = Process.GetCurrentProcess();
    return (long)self.TotalProcessorTime.TotalMilliseconds;
}

static int Convert(string profilePath, string moduleDirectory, string modulePath, string output)
{
    var clock = Stopwatch.StartNew();
    var sources = new SourceScans(new SourceLocator(new GoModule(modulePath, moduleDirectory), Array.Empty<GoModule>()).Locate);
    var merger = new CoverProfileMerger(sources.Start);
    merger.AddFile(profilePath);
    var profile = merger.Merge();
    Console.WriteLine($"read+merge (sources scanned meanwhile) {clock.ElapsedMilliseconds} ms (cpu {CpuMilliseconds()} ms)");
    var report = CoverageModelBuilder.Build(profile, sources);
    Console.WriteLine($"model {clock.ElapsedMilliseconds} ms (cpu {CpuMilliseconds()} ms)");
    using (var stream = File.Create(output))
    {
        CoberturaWriter.Write(report, stream, new CoberturaOptions(moduleDirectory, 0, "bench"));
    }
    Console.WriteLine($"converted {profile.Files.Sum(f => f.Blocks.Count)} blocks, {report.Counts.LinesValid} lines in {clock.ElapsedMilliseconds} ms (in-process; cpu {CpuMilliseconds()} ms since the process started)");
    return 0;
}

// Each function has the shape Go's cover tool instruments into five blocks; counts vary so some code is uncovered.
static int Generate(string directory, int packages, int files, int functions)
{
    const string modulePath = "example.com/bench";
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "go.mod"), $"module {modulePath}\n\ngo 1.21\n");
    var profile = new StringBuilder("mode: atomic\n");
    int n = 0;
    for (int p = 0; p < packages; p++)
    {
        var package = $"p{p:000}";
        Directory.CreateDirectory(Path.Combine(directory, package));
        for (int f = 0; f < files; f++)
        {
            var source = new StringBuilder($"package {package}\n\n");
            var name = $"{modulePath}/{package}/f{f:000}.go";
            for (int fn = 0; fn < functions; fn++, n++)
            {
                int s = 3 + fn * 14;
                var header = $"func F{f}_{fn}(x int) int {{";
                source.Append(header).Append('\n')
                    .Append("\ty := x + 1\n\tif y > 3 {\n\t\ty++\n\t}\n")
                    .Append("\tfor i := 0; i < 2; i++ {\n\t\ty += i\n\t}\n")
                    .Append("\tif y > 100 {\n\t\treturn 0\n\t}\n\treturn y\n}\n\n");
                long count = n % 3 == 0 ? 0 : n % 7;
                profile.Append($"{name}:{s}.{header.Length + 1},{s + 2}.12 2 {count}\n")
                    .Append($"{name}:{s + 2}.12,{s + 4}.3 1 {count / 2}\n")
                    .Append($"{name}:{s + 5}.2,{s + 5}.26 1 {count}\n")
                    .Append($"{name}:{s + 5}.26,{s + 7}.3 1 {count * 2}\n")
                    .Append($"{name}:{s + 8}.2,{s + 11}.10 3 {count}\n");
            }
            File.WriteAllText(Path.Combine(directory, package, $"f{f:000}.go"), source.ToString());
        }
    }
    File.WriteAllText(Path.Combine(directory, "cover.out"), profile.ToString());
    Console.WriteLine($"generated {n * 5} blocks in {packages * files} files");
    return 0;
}
