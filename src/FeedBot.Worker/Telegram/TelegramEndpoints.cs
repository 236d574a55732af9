using System.Security.Cryptography;
using System.Text;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Receiving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram;

/// <summary><c>POST /telegram/webhook</c> (Webhook mode): checks the secret header (401), queues the update, answers 200 at
/// once (also for JSON that is no readable update: the processor logs and skips it); a body that is not JSON is 400.</summary>
public static class TelegramEndpoints
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapTelegramEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/telegram");
        group.MapPost("/webhook", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<TelegramOptions> options, WebhookQueue queue, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled || o.Mode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(request.Headers[SecretHeader].ToString(), o.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var update = UpdateReader.Read(body);
        if (update.Kind == UpdateReader.NotJsonKind)
        {
            // Not from Telegram (which always sends JSON); anything readable as JSON is answered 200 and skipped by the
            // processor instead, since Telegram retries an update until it gets a 2xx.
            loggers.CreateLogger(typeof(TelegramEndpoints).FullName!).LogWarning("Webhook body refused with 400: {Error}", update.Error);
            return Results.BadRequest();
        }

        return queue.TryEnqueue(update) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static bool SecretMatches(string given, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    /// <summary>The body, or null when it is over <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
