using System.Diagnostics;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Writers;

// generate <stream.json> <events>            writes a synthetic go test -json stream of about <events> events
// convert <stream.json> <out.trx> <out.xml>  converts it to TRX and JUnit, printing time and totals
return args switch
{
    ["generate", string path, string events] => SyntheticStream.Write(path, int.Parse(events)),
    ["convert", string stream, string trx, string junit] => Convert(stream, trx, junit),
    _ => Usage(),
};

static int Convert(string streamPath, string trxPath, string junitPath)
{
    Stopwatch watch = Stopwatch.StartNew();
    TestRunBuilder builder = new(() => DateTimeOffset.UtcNow);
    using (StreamReader reader = new(streamPath, System.Text.Encoding.UTF8, false, 1 << 16))
    {
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            builder.AddLine(line);
        }
    }
    TestRun run = builder.Complete(exitCode: 1);
    TimeSpan parsed = watch.Elapsed;
    long parsePeak = PeakMegabytes();
    TrxWriter.WriteFile(run, trxPath, new TrxWriterOptions { UserName = "bench", MachineName = "bench", Storage = "bench.goproj" });
    long trxPeak = PeakMegabytes();
    JUnitWriter.WriteFile(run, junitPath, new JUnitWriterOptions { HostName = "bench" });
    TimeSpan total = watch.Elapsed;
    Console.WriteLine($"peak RSS after parsing {parsePeak} MB, after TRX {trxPeak} MB, after JUnit {PeakMegabytes()} MB");
    // After the timing: a full collection, to show what the model itself holds (the GC commits more than that).
    long live = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(run);
    Console.WriteLine($"parse {parsed.TotalMilliseconds:0} ms, total {total.TotalMilliseconds:0} ms, model {live / 1048576} MB live, GC committed after that collection {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576} MB");
    Console.WriteLine(TestSummary.Format(run, Path.GetFileName(streamPath)));
    Console.WriteLine($"packages {run.Packages.Count}, tests {run.Totals.Total}");
    return 0;
}

static long PeakMegabytes()
{
    using Process self = Process.GetCurrentProcess();
    return self.PeakWorkingSet64 / 1048576;
}

static int Usage()
{
    Console.Error.WriteLine("usage: TestReportBench generate <stream.json> <events> | convert <stream.json> <out.trx> <out.xml>");
    return 2;
}
