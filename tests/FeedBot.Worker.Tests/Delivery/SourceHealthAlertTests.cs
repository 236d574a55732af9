using FeedBot.Testing.FakeSite;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Source health alerts to the admin chats through the worker's polls: one alert, one recovery notice, never one per poll.</summary>
public sealed class SourceHealthAlertTests
{
    private const long Admin = 999;

    [Fact]
    public async Task Polls_FailingThenRecoveringThenEmpty_SendOneAlertOneRecoveryAndOneNoItemsAlert()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:AdminChatIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FeedBot:Telegram:Delivery:AlertAfterFailures"] = "3",
        });
        world.Site.InjectFault(DeliveryWorld.ListingPath, SiteFault.HttpStatus(503));
        for (var poll = 0; poll < 4; poll++)
        {
            await world.PollAsync();
        }

        world.Site.ClearFaults();
        await world.PollAsync();
        await world.PollAsync();
        world.Site.InjectFault(DeliveryWorld.ListingPath, SiteFault.OtherPage("<html><body><h1>Hệ thống đang bảo trì</h1></body></html>"));
        await world.PollAsync();
        await world.WaitForDeliveredAsync(3);

        var texts = world.DeliveredTo(Admin).Select(c => c.Text!).ToList();
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("⚠️ Nguồn \"Bộ Y tế: Hoạt động của lãnh đạo Bộ\" đang lỗi: 3 lần lấy tin thất bại liên tiếp", texts[0]);
        Assert.StartsWith("✅ Nguồn \"Bộ Y tế: Hoạt động của lãnh đạo Bộ\" đã hoạt động trở lại", texts[1]);
        Assert.StartsWith("⚠️ Nguồn \"Bộ Y tế: Hoạt động của lãnh đạo Bộ\" không trả về tin nào", texts[2]);
        Assert.Equal(1, await world.ScalarAsync("SELECT is_alerting FROM source_alerts WHERE source_id = 'moh-leadership'"));
    }
}
