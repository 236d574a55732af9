using FeedBot.Worker.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>/pause holds a chat's rows; /resume (the bot's IChatEvents call) sends the newest and says how many were skipped.</summary>
public sealed class DeliveryChatEventsTests
{
    [Fact]
    public async Task OnResumedAsync_PausedChatWithHeldItems_SendsTheNewestPerSourceAndTellsHowManyWereSkipped()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:Delivery:ResumeNewestPerSource"] = "2" });
        await world.AddChatsAsync([1], paused: true, language: "en");
        await world.AddChatsAsync([2], paused: true);
        await world.PublishAsync(
            DeliveryWorld.Article("bai-a", "Tin A", "01/07/2025 08:00"),
            DeliveryWorld.Article("bai-b", "Tin B", "02/07/2025 08:00"),
            DeliveryWorld.Article("bai-c", "Tin C", "03/07/2025 08:00"));
        Assert.Equal(6, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'held'"));

        await world.ExecuteAsync("UPDATE telegram_chats SET is_paused = FALSE WHERE chat_id = 1");
        await world.App.Services.GetRequiredService<IChatEvents>().OnResumedAsync(new(1), default);
        await world.WaitForDeliveredAsync(3);

        var texts = world.DeliveredTo(1).Select(c => c.Text!).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains("Tin C"));
        Assert.Contains(texts, t => t.Contains("Tin B"));
        Assert.DoesNotContain(texts, t => t.Contains("Tin A"));
        Assert.Contains("Resumed. 1 older item(s) received while paused were skipped", texts[^1]);
        Assert.Empty(world.DeliveredTo(2));
        Assert.Equal(3, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id = 2 AND status = 'held'"));
        Assert.Equal(["skipped on resume"], await world.QueryAsync<string>("SELECT last_error FROM deliveries WHERE chat_id = 1 AND status = 'cancelled'"));
    }

    [Fact]
    public async Task Conversation_PauseAndResumeThroughTheBot_HoldsThenSendsTheNewestAndTheSkippedNote()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:Delivery:ResumeNewestPerSource"] = "1" });
        await world.Bot.WaitForConfirmedAsync(world.Bot.SendText(42, "/subscribe moh-leadership", languageCode: "vi"));
        await world.Bot.WaitForConfirmedAsync(world.Bot.SendText(42, "/pause"));
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT is_paused FROM telegram_chats WHERE chat_id = 42") == 1, 10, () => "chat paused");

        await world.PublishAsync(DeliveryWorld.Article("bai-a", "Tin A", "01/07/2025 08:00"), DeliveryWorld.Article("bai-b", "Tin B", "02/07/2025 08:00"));
        Assert.Equal(2, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id = 42 AND status = 'held'"));
        world.Bot.SendText(42, "/resume");
        await world.WaitUntilAsync(() => Task.FromResult(world.DeliveredTo(42).Any(c => c.Text!.Contains("Đã bỏ qua 1 tin cũ"))), 15, () => "skipped note");

        var texts = world.DeliveredTo(42).Select(c => c.Text!).ToList();
        Assert.Single(texts, t => t.Contains("Tin B"));
        Assert.DoesNotContain(texts, t => t.Contains("Tin A"));
        Assert.Equal(1, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id = 42 AND status = 'cancelled' AND last_error = 'skipped on resume'"));
    }
}
