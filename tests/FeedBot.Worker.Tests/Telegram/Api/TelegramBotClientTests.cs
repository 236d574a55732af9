using System.Text.Json.Nodes;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Worker.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Tests.Telegram.Api;

/// <summary>Telegram.Bot's client as FeedBot registers it, against the fake Bot API: requests, envelopes, one error kind per failure.</summary>
public sealed class TelegramBotClientTests : IAsyncLifetime
{
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task GetMe_ValidToken_ReturnsTheBotWithLongId()
    {
        using var host = new TelegramClientHost(_fake);

        var me = await host.Client.GetMe();

        Assert.Equal(_fake.BotId, me.Id);
        Assert.Equal(_fake.BotUsername, me.Username);
        Assert.True(me.IsBot);
    }

    [Fact]
    public async Task SendMessage_WithKeyboardAndNoPreview_PostsSnakeCaseJson()
    {
        using var host = new TelegramClientHost(_fake);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Đăng ký", "sub:moh"));

        var sent = await host.Client.SendMessage(
            -1001234567890123, "<b>Xin chào</b>", ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        var call = _fake.CallsTo("sendMessage").Single();
        var body = call.Body;
        Assert.Equal(-1001234567890123, (long)body["chat_id"]!);
        Assert.Equal("HTML", call.ParseMode);
        Assert.True((bool)body["link_preview_options"]!["is_disabled"]!);
        Assert.Equal("sub:moh", (string?)body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]);
        Assert.Equal(-1001234567890123, sent.Chat.Id);
        Assert.True(sent.MessageId > 0);
    }

    [Fact]
    public async Task SendPhoto_ByUrl_PostsPhotoAndCaption()
    {
        using var host = new TelegramClientHost(_fake);

        await host.Client.SendPhoto(42, InputFile.FromUri("https://moh.gov.vn/a.jpg"), "<b>Ảnh</b>", ParseMode.Html);

        var body = _fake.CallsTo("sendPhoto").Single().Body;
        Assert.Equal("https://moh.gov.vn/a.jpg", (string?)body["photo"]);
        Assert.Equal("<b>Ảnh</b>", (string?)body["caption"]);
    }

    [Fact]
    public async Task EditMessageText_BotsOwnMessage_ReturnsTheEditedMessageWithItsButtons()
    {
        using var host = new TelegramClientHost(_fake);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Hủy đăng ký", "unsub:moh"));

        var edited = await host.Client.EditMessageText(42, 1001, "<b>Đã sửa</b>", ParseMode.Html, keyboard);

        Assert.Equal(1001, edited.MessageId);
        Assert.Equal(42, edited.Chat.Id);
        Assert.Equal("Đã sửa", edited.Text);
        Assert.NotNull(edited.EditDate);
        Assert.Equal(_fake.BotId, edited.From!.Id);
        Assert.Equal("unsub:moh", edited.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
    }

    [Fact]
    public async Task GetUpdates_MixedBatch_ReadsEachOnItsOwn()
    {
        using var host = new TelegramClientHost(_fake);
        var text = _fake.SendText(42, "/start", languageCode: "en");
        var broken = _fake.Enqueue("message", "not an object");
        var unknown = _fake.Enqueue("edited_message", new JsonObject { ["message_id"] = 1 });

        var updates = await host.Client.GetUpdatesOneByOneAsync(null, 0, ["message"], default);

        Assert.Equal([text, broken, unknown], updates.Select(u => u.UpdateId!.Value));
        Assert.Equal("/start", updates[0].Update!.Message!.Text);
        Assert.Equal("en", updates[0].Update!.Message!.From!.LanguageCode);
        Assert.Null(updates[1].Update);
        Assert.Contains("unreadable message", updates[1].Error);
        Assert.Equal("edited_message", updates[2].Kind);
        Assert.Null(updates[2].Update!.Message);
        Assert.Equal(["message"], _fake.CallsTo("getUpdates").Single().Body["allowed_updates"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task GetUpdates_UpdateArrivesDuringLongPoll_ReturnsItBeforeTheTimeout()
    {
        using var host = new TelegramClientHost(_fake);
        var started = DateTime.UtcNow;

        var poll = host.Client.GetUpdatesOneByOneAsync(null, 50, ["message"], default);
        await _fake.WaitForCallAsync(c => c.Method == "getUpdates");
        var id = _fake.SendText(42, "hi");
        var updates = await poll;

        Assert.Equal(id, updates.Single().UpdateId);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(40), "the long poll (timeout 50 s) should end when the update arrives");
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdates()
    {
        using var host = new TelegramClientHost(_fake);
        var first = _fake.SendText(42, "one");
        var second = _fake.SendText(42, "two");

        var updates = await host.Client.GetUpdatesOneByOneAsync(first + 1, 0, ["message"], default);

        Assert.Equal([second], updates.Select(u => u.UpdateId!.Value));
    }

    [Fact]
    public async Task WebhookAndChatMethods_AgainstTheFake_ReadTheirResults()
    {
        using var host = new TelegramClientHost(_fake);
        _fake.AddChannel("@kenh_yte", -100555);
        _fake.SetMemberStatus(-100555, 42, "administrator");
        _fake.SendText(42, "queued");

        await host.Client.SetWebhook("https://bot.example.org/telegram/webhook", secretToken: "s");
        var info = await host.Client.GetWebhookInfo();
        var channel = await host.Client.GetChat("@kenh_yte");
        var member = await host.Client.GetChatMember(-100555, 42);
        await host.Client.DeleteWebhook(dropPendingUpdates: false);

        Assert.Equal(1, info.PendingUpdateCount);
        Assert.Equal(-100555, channel.Id);
        Assert.Equal("channel", channel.Type.ApiName());
        Assert.True(member.IsAdmin);
        Assert.Equal("s", (string?)_fake.CallsTo("setWebhook").Single().Body["secret_token"]);
        Assert.False((bool?)_fake.CallsTo("deleteWebhook").Single().Body["drop_pending_updates"] ?? false);
    }

    public static TheoryData<string, FakeBotError, TelegramErrorKind> Failures() => new()
    {
        { "sendMessage", FakeBotError.Unauthorized(), TelegramErrorKind.Unauthorized },
        { "sendMessage", FakeBotError.Blocked(), TelegramErrorKind.Blocked },
        { "sendMessage", FakeBotError.Envelope(403, "Forbidden: user is deactivated"), TelegramErrorKind.Blocked },
        { "sendMessage", FakeBotError.ChatNotFound(), TelegramErrorKind.ChatNotFound },
        { "sendMessage", FakeBotError.Migrated(-100999), TelegramErrorKind.Migrated },
        { "sendMessage", FakeBotError.BadRequest("message text is empty"), TelegramErrorKind.BadRequest },
        { "getUpdates", FakeBotError.Conflict(), TelegramErrorKind.Conflict },
        { "sendMessage", FakeBotError.TooManyRequests(7), TelegramErrorKind.RateLimited },
        { "sendMessage", FakeBotError.ServerError(500), TelegramErrorKind.ServerError },
        { "sendMessage", FakeBotError.ServerError(502), TelegramErrorKind.ServerError },
        { "sendMessage", FakeBotError.NotJson(502), TelegramErrorKind.ServerError },
        { "sendMessage", FakeBotError.Network(), TelegramErrorKind.Network },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Call_ScriptedFailure_ThrowsTypedExceptionWithoutToken(string method, FakeBotError error, TelegramErrorKind expected)
    {
        using var host = new TelegramClientHost(_fake);
        _fake.FailNext(method, error);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Call(host.Client, method));

        Assert.Equal(expected, ex.Kind);
        Assert.Equal(method, ex.Method);
        Assert.DoesNotContain(_fake.Token, ex.ToString());
        Assert.DoesNotContain(_fake.ApiBaseUrl, ex.ToString());
    }

    [Fact]
    public async Task Call_RateLimited_CarriesRetryAfter()
    {
        using var host = new TelegramClientHost(_fake);
        _fake.FailNext("sendMessage", FakeBotError.TooManyRequests(7));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Call(host.Client, "sendMessage"));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Equal(429, ex.ErrorCode);
    }

    [Fact]
    public async Task Call_Migrated_CarriesTheNewChatId()
    {
        using var host = new TelegramClientHost(_fake);
        _fake.FailNext("sendMessage", FakeBotError.Migrated(-1001111222333));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Call(host.Client, "sendMessage"));

        Assert.Equal(-1001111222333, ex.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_UnknownHtmlTag_IsCantParseEntities()
    {
        using var host = new TelegramClientHost(_fake);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() =>
            host.Client.SendMessage(42, "<p>đoạn</p>", ParseMode.Html));

        Assert.True(ex.IsCantParseEntities, ex.Message);
        Assert.Contains("Unsupported start tag", ex.Description);
    }

    [Fact]
    public async Task Call_WrongToken_IsUnauthorizedAndNamesNoToken()
    {
        const string wrong = "1111:WrongTokenWrongTokenWrongToken";
        using var host = new TelegramClientHost(_fake, token: wrong);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => host.Client.GetMe());

        Assert.Equal(TelegramErrorKind.Unauthorized, ex.Kind);
        Assert.DoesNotContain(wrong, ex.ToString());
    }

    [Fact]
    public async Task GetUpdates_ServerSlowerThanHttpTimeout_IsNetworkError()
    {
        using var host = new TelegramClientHost(_fake, settings: new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:PollTimeoutSeconds"] = "1",
            ["FeedBot:Telegram:HttpTimeoutMarginSeconds"] = "1",
        });

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => host.Client.GetUpdatesOneByOneAsync(null, 10, ["message"], default));

        Assert.Equal(TelegramErrorKind.Network, ex.Kind);
        Assert.DoesNotContain(_fake.Token, ex.ToString());
    }

    [Fact]
    public async Task Call_CancelledByCaller_ThrowsOperationCanceled()
    {
        using var host = new TelegramClientHost(_fake);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.GetUpdatesOneByOneAsync(null, 10, ["message"], cts.Token));
    }

    private static Task Call(ITelegramBotClient client, string method) => method switch
    {
        "getUpdates" => client.GetUpdatesOneByOneAsync(null, 0, ["message"], default),
        _ => client.SendMessage(42, "x", ParseMode.Html),
    };
}
