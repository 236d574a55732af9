using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// An in-process Bot API on loopback Kestrel: <c>POST /bot&lt;token&gt;/&lt;method&gt;</c> with JSON bodies, answering with
/// the real envelope. It queues user updates for getUpdates (long poll included), records every call, checks the token
/// (401), parses HTML as Telegram does (FakeTelegramText: entities with UTF-16 offsets, hashtags; unknown or unclosed tags and
/// texts over 4096 code points are 400s), and fails on script
/// (<see cref="FailNext"/>). Updates are built in FakeBotApi.Updates.cs; methods answered in FakeBotApi.Methods.cs.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string DefaultToken = "7357:AAFakeTokenForTests_0123456789abcdef";

    private readonly object _gate = new();
    private readonly ConcurrentQueue<FakeBotCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeBotError>> _faults = new();
    private LoopbackServer _server = null!;

    private FakeBotApi(string token)
    {
        Token = token;
    }

    public string Token { get; }

    public string BotUsername { get; set; } = "feedbot_test_bot";

    public long BotId { get; } = 7357;

    /// <summary>Value for <c>FeedBot:Telegram:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => _server.BaseUri.AbsoluteUri.TrimEnd('/');

    public IReadOnlyList<FakeBotCall> Calls => [.. _calls];

    public IReadOnlyList<FakeBotCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public static async Task<FakeBotApi> StartAsync(string token = DefaultToken)
    {
        var fake = new FakeBotApi(token);
        fake._server = await LoopbackServer.StartAsync(app => app.Run(fake.HandleAsync));
        return fake;
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with <paramref name="error"/>.</summary>
    public void FailNext(string method, FakeBotError error, int times = 1)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<FakeBotError>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(error);
        }
    }

    public void ClearFaults() => _faults.Clear();

    /// <summary>Waits (default 30 s, generous for a busy CI machine) for a recorded call matching <paramref name="predicate"/>; throws with the calls seen.</summary>
    public async Task<FakeBotCall> WaitForCallAsync(Func<FakeBotCall, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (_calls.FirstOrDefault(predicate) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No matching Bot API call within the deadline. Calls: {string.Join(" | ", _calls.TakeLast(30))}");
    }

    /// <summary>Waits until a getUpdates call confirmed (offset past) the update <paramref name="updateId"/>.</summary>
    public Task WaitForConfirmedAsync(long updateId, TimeSpan? timeout = null) =>
        WaitForCallAsync(c => c.Method == "getUpdates" && (long?)c.Body["offset"] > updateId, timeout);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, FakeBotError.Envelope(404, "Not Found"));
            return;
        }

        var method = path[(slash + 1)..];
        var body = await ReadBodyAsync(context);
        _calls.Enqueue(new FakeBotCall(method, body, DateTimeOffset.UtcNow));
        if (path[4..slash] != Token)
        {
            await WriteAsync(context, FakeBotError.Unauthorized());
            return;
        }

        if (_faults.TryGetValue(method, out var faults) && faults.TryDequeue(out var fault))
        {
            await WriteAsync(context, fault);
            return;
        }

        if (await InterceptSendAsync(context, method, body))
        {
            return;
        }

        await AnswerAsync(context, method, body);
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    private static async Task WriteAsync(HttpContext context, FakeBotError error)
    {
        if (error.Disconnect)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = error.Body.StartsWith('{') ? "application/json" : "text/html";
        await context.Response.WriteAsync(error.Body);
    }

    private static Task OkAsync(HttpContext context, JsonNode? result)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
