using System.Globalization;
using BenchmarkDotNet.Attributes;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Processes;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// One new item fanned out to 5,000 private chats by the real worker process, against the fake Bot API enforcing
/// 30 messages a second, with <c>GlobalPerSecond</c> 30. One run (it takes about three minutes); the achieved rate as a
/// share of 30/s, the 429s the fake answered and the worker's peak memory are printed and written to
/// BenchmarkDotNet.Artifacts/results/delivery-fanout.md.
/// </summary>
[Config(typeof(SingleRunConfig))]
public class FanOutBenchmark
{
    private const int Chats = 5_000;
    private const int Rate = 30;
    private FakeMinistrySite _site = null!;
    private FakeBotApi _bot = null!;
    private FanOutDatabase _database = null!;

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public void FanOut5000PrivateChats() => RunAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup()
    {
        _bot.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        var listing = _site.AddListing("/hoat-dong-cua-lanh-dao-bo", "_101_INSTANCE_TW6LTp1ZtwaN_cur");
        listing.Add(new FakeArticle("bai-cu", "Bài cũ", "Thứ Hai, ngày 30/06/2025 07:43"));
        _bot = await FakeBotApi.StartAsync();
        _bot.Limits = new FakeBotLimits { GlobalPerSecond = Rate };
        _database = await FanOutDatabase.CreateAsync(Chats);
        listing.Publish(new FakeArticle("bai-moi", "Tin mới cho 5.000 người", "Thứ Ba, ngày 01/07/2025 07:43", "Tóm tắt"));
    }

    private async Task RunAsync()
    {
        using var worker = WorkerProcess.Start(new Dictionary<string, string>(_database.Environment)
        {
            ["FeedBot__Sources__0__ListingUrl"] = _site.Url("/hoat-dong-cua-lanh-dao-bo").AbsoluteUri,
            ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot__Telegram__BotToken"] = _bot.Token,
            ["FeedBot__Telegram__ApiBaseUrl"] = _bot.ApiBaseUrl,
            ["FeedBot__Telegram__Delivery__GlobalPerSecond"] = Rate.ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        long peak = 0;
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (_bot.Delivered.Count < Chats && DateTime.UtcNow < deadline && !worker.HasExited)
        {
            peak = Math.Max(peak, worker.PeakWorkingSetBytes() ?? 0);
            await Task.Delay(200);
        }

        peak = Math.Max(peak, worker.PeakWorkingSetBytes() ?? 0);
        FanOutReport.Write(_bot, Chats, Rate, 1, peak, worker.RecentOutput);
    }
}
