using System.Text.Json;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>The outbox in <c>/healthz</c> and in the admin /stats lines.</summary>
public sealed class DeliveryVisibilityTests
{
    [Fact]
    public async Task HealthAndStats_AfterAMixedFanOut_ShowCountsOldestPendingAgeAndSendRate()
    {
        await using var world = await DeliveryWorld.StartAsync();
        await world.AddChatsAsync([1, 2, 3, 4]);
        await world.AddChatsAsync([5], paused: true);
        world.Bot.FailChat(3, FakeBotError.BadRequest("message is too long"));
        world.Bot.FailChat(4, FakeBotError.Blocked());

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'") == 0, 10, () => "no pending rows");
        using var http = world.App.CreateClient();
        var response = await http.GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var lines = await world.App.Services.GetServices<IStatsContributor>().Single().GetLinesAsync("vi", default);

        var delivery = json.RootElement.GetProperty("checks").GetProperty("telegram-delivery");
        var data = delivery.GetProperty("data");
        Assert.Equal("healthy", delivery.GetProperty("status").GetString());
        var counts = new[] { "pending", "held", "sent", "failed", "cancelled" }.Select(k => data.GetProperty(k).GetInt64());
        Assert.Equal([0L, 1L, 2L, 1L, 1L], counts);
        Assert.Equal(0, data.GetProperty("oldestPendingAgeSeconds").GetDouble());
        Assert.Equal(Math.Round(2 / 60.0, 2), data.GetProperty("sendRatePerSecond").GetDouble());
        Assert.Equal("Gửi tin: 0 đang chờ, 1 tạm giữ, 2 đã gửi, 1 lỗi, 1 đã huỷ", lines[0]);
        Assert.Equal("Tin chờ lâu nhất: -; tốc độ gửi (phút vừa qua): 0.03 tin/giây", lines[1]);
    }

    [Fact]
    public async Task StatsCommand_FromAnAdmin_IncludesTheDeliveryLines()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:AdminChatIds:0"] = "77" });
        await world.AddChatsAsync([1]);
        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(1);
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'") == 1, 10, () => "row sent");

        world.Bot.SendText(77, "/stats", languageCode: "en");
        var reply = await world.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == 77);

        Assert.Contains("Deliveries: 0 pending, 0 held, 1 sent, 0 failed, 0 cancelled", reply.Text);
        Assert.Contains("send rate (last minute): 0.02 msg/s", reply.Text);
    }
}
