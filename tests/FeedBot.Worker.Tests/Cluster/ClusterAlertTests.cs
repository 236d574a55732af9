using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>Source-health alerts from three worker processes on one PostgreSQL database: one per cluster, not per instance.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterAlertTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Admin = 9001;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private ClusterWorld _world = null!;

    public async Task InitializeAsync() => _world = await ClusterWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task FailingSource_PolledByThreeInstances_OneAlertAndOneRecoveryNoticeForTheCluster()
    {
        _world.Site.InjectFault(ClusterWorld.ListingPath, SiteFault.ServerError());
        var cluster = await _world.StartAsync(3, new Dictionary<string, string>
        {
            ["FeedBot__Sources__0__Schedule"] = "0/5 * * * * ?",
            ["FeedBot__Telegram__AdminChatIds__0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FeedBot__Telegram__Delivery__AlertAfterFailures"] = "2",
        });

        await Conditions.WaitAsync(() => ToAdmin() >= 1, Generous, "the alert", cluster.Output);
        await WaitForMorePollsAsync(3, cluster.Output);
        var alerts = ToAdmin();
        _world.Site.ClearFaults();
        await Conditions.WaitAsync(() => ToAdmin() >= 2, Generous, "the recovery notice", cluster.Output);
        await WaitForMorePollsAsync(3, cluster.Output);

        var pollers = _world.ListingPolls().Select(r => r.UserAgent).Distinct().Count();
        output.WriteLine($"{_world.ListingPolls().Count} polls by {pollers} instance(s); messages to the admin: {string.Join(" | ", Messages())}");
        Assert.Equal(1, alerts);
        Assert.Equal(2, ToAdmin());
    }

    private Task WaitForMorePollsAsync(int polls, Func<string> diagnostics)
    {
        var target = _world.ListingPolls().Count + polls;
        return Conditions.WaitAsync(() => _world.ListingPolls().Count >= target, Generous, $"{polls} more polls", diagnostics);
    }

    private int ToAdmin() => Messages().Count;

    private List<string?> Messages() => [.. _world.Bot.Delivered.Where(c => c.ChatId == Admin).Select(c => c.Text)];
}
