using System.Globalization;
using System.Runtime.Versioning;
using FeedBot.Serving.Benchmarks;

[assembly: SupportedOSPlatform("linux")]

// bench/serving/run.sh runs this in Release: the worker and nginx serve the same feed bytes, wrk measures both.
var seconds = ArgValue(args, "--seconds", 4);
var connections = ArgValue(args, "--connections", 32);
var rounds = ArgValue(args, "--rounds", 5);
var hold = ArgValue(args, "--hold", 0);
return await ServingBenchmark.RunAsync(TimeSpan.FromSeconds(seconds), connections, rounds, TimeSpan.FromSeconds(hold));

static int ArgValue(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
