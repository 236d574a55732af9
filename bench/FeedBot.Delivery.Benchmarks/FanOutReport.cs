using System.Globalization;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>Prints and saves what the fan-out achieved: rate (as a share of the limit), 429s, peak memory, completeness.</summary>
internal static class FanOutReport
{
    public static void Write(FakeBotApi bot, int chats, int rate, int instances, long peakBytes, string workerOutput, string profile)
    {
        var delivered = bot.Delivered;
        var distinct = delivered.Select(c => c.ChatId).Distinct().Count();
        var seconds = delivered.Count > 1 ? (delivered[^1].ReceivedUtc - delivered[0].ReceivedUtc).TotalSeconds : double.NaN;
        var achieved = (delivered.Count - 1) / seconds;
        var lines = new[]
        {
            $"# Delivery fan-out benchmark ({instances} instance{(instances == 1 ? "" : "s")}{(profile.Length > 0 ? $", {profile}" : "")})",
            "",
            $"- chats: {chats}; delivered: {delivered.Count} ({distinct} distinct chats)",
            $"- first to last message: {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s (limit-bound minimum {((chats - 1) / (double)rate).ToString("0.0", CultureInfo.InvariantCulture)} s)",
            $"- achieved rate: {achieved.ToString("0.00", CultureInfo.InvariantCulture)} msg/s = {(achieved / rate).ToString("P1", CultureInfo.InvariantCulture)} of {rate}/s",
            $"- 429s answered by the fake (limit violations): {bot.LimitViolations}",
            $"- worker peak memory (VmHWM, the largest instance): {(peakBytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB",
        };
        var report = string.Join(Environment.NewLine, lines);
        Console.WriteLine(report);
        if (delivered.Count < chats)
        {
            Console.WriteLine($"INCOMPLETE. Worker output:{Environment.NewLine}{workerOutput}");
        }

        var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(results);
        var name = instances == 1 ? $"delivery-fanout-{profile}.md" : $"delivery-fanout-{instances}-instances.md";
        File.WriteAllText(Path.Combine(results, name), report + Environment.NewLine);
    }
}
