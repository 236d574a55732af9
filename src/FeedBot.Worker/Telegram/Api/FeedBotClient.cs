using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// Telegram.Bot's client over the HttpClient that <c>IHttpClientFactory</c> gives (its loggers removed, its timeouts
/// set at registration), with no retries of its own (<c>RetryCount = 0</c>: pacing and retries are FeedBot's). Every
/// failure comes out as a <see cref="TelegramApiException"/> of one <see cref="TelegramErrorKind"/>, with the token
/// redacted and no inner exception (whose messages could carry the request URL, and so the token).
/// </summary>
public sealed class FeedBotClient(HttpClient http, IOptions<TelegramOptions> options)
    : TelegramBotClient(ClientOptions(options.Value), http)
{
    /// <summary>Stands in for a missing or malformed token, so that the client can be built while the bot is off;
    /// no request is ever sent with it.</summary>
    private const string PlaceholderToken = "0:unset";

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        var token = ConfiguredToken(options.Value);
        if (token is null)
        {
            throw new TelegramApiException(request.MethodName, TelegramErrorKind.Unauthorized, null, $"{TelegramOptions.SectionName}:BotToken is not set");
        }

        try
        {
            return await base.SendRequest(request, cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            throw TelegramErrors.FromApi(request.MethodName, ex, token);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is RequestException or OperationCanceledException)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RequestException ex)
        {
            throw TelegramErrors.FromRequest(request.MethodName, ex, token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            throw TelegramErrors.Network(request.MethodName, ex, token);
        }
    }

    /// <summary>A bad ApiBaseUrl is reported by <see cref="TelegramOptionsValidator"/> at start-up, not thrown here.</summary>
    private static TelegramBotClientOptions ClientOptions(TelegramOptions o) =>
        new(ConfiguredToken(o) ?? PlaceholderToken, TelegramOptionsValidator.IsHttpUrl(o.ApiBaseUrl) ? o.ApiBaseUrl : null) { RetryCount = 0 };

    private static string? ConfiguredToken(TelegramOptions o) =>
        o.BotToken?.Trim() is { Length: > 0 } token && token.Contains(':', StringComparison.Ordinal) ? token : null;
}
