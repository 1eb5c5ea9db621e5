using Go.Sdk.UpdateChecksums;

try
{
    var options = UpdateOptions.Parse(args, Environment.CurrentDirectory);
    using var http = new HttpClient();
    http.DefaultRequestHeaders.UserAgent.ParseAdd("Go.Sdk-update-checksums/1.0");
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    await new ChecksumUpdater(http, Console.Out).RunAsync(options, cancel.Token);
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(UpdateOptions.Usage);
    return 2;
}
catch (Exception e) when (e is HttpRequestException or InvalidDataException or IOException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"update-checksums: {e.Message}");
    return 1;
}
