using System.Text.RegularExpressions;
using FeedBot.Feeds.Sources;
using FeedBot.Worker.Telegram.Formatting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>Checks <c>FeedBot:Telegram</c>, naming the key of every bad value (and never echoing the token).</summary>
internal sealed partial class TelegramOptionsValidator(IOptions<SourcesOptions> sources) : IValidateOptions<TelegramOptions>
{
    private const string S = TelegramOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TelegramOptions o)
    {
        var errors = new List<string>();
        Check(errors, IsHttpUrl(o.ApiBaseUrl), $"{S}:ApiBaseUrl: '{o.ApiBaseUrl}' is not an absolute http(s) URL");
        Check(errors, !IsHttpUrl(o.ApiBaseUrl) || IsServerRoot(o.ApiBaseUrl),
            $"{S}:ApiBaseUrl: '{o.ApiBaseUrl}' has a path, query or fragment, which Telegram.Bot drops (it calls <scheme://host:port>/bot<token>/<method>); give the Bot API server's root URL, such as http://localhost:8081");
        Check(errors, !o.Enabled || TokenPattern().IsMatch(o.BotToken!.Trim()),
            $"{S}:BotToken does not look like a BotFather token ('<digits>:<letters, digits, _ or ->'); the value is not shown");
        Check(errors, o.PollTimeoutSeconds is >= 1 and <= 50, $"{S}:PollTimeoutSeconds: {o.PollTimeoutSeconds} must be between 1 and 50");
        Check(errors, o.HttpTimeoutMarginSeconds is >= 1 and <= 120, $"{S}:HttpTimeoutMarginSeconds: {o.HttpTimeoutMarginSeconds} must be between 1 and 120");
        Check(errors, o.ErrorBackoffSeconds > 0, $"{S}:ErrorBackoffSeconds: {o.ErrorBackoffSeconds} must be above 0");
        Check(errors, o.ConflictBackoffSeconds > 0, $"{S}:ConflictBackoffSeconds: {o.ConflictBackoffSeconds} must be above 0");
        Check(errors, o.MaxBackoffSeconds >= o.ErrorBackoffSeconds, $"{S}:MaxBackoffSeconds: {o.MaxBackoffSeconds} must be at least ErrorBackoffSeconds");
        if (o.Mode == TelegramMode.Webhook)
        {
            Check(errors, IsHttpUrl(o.WebhookUrl) && o.WebhookUrl!.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                $"{S}:WebhookUrl: '{o.WebhookUrl}' must be the public https URL of /telegram/webhook in Webhook mode");
            Check(errors, o.WebhookSecret is not null && SecretPattern().IsMatch(o.WebhookSecret),
                $"{S}:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - in Webhook mode");
        }

        for (var i = 0; i < o.Channels.Count; i++)
        {
            ValidateChannel(errors, $"{S}:Channels:{i}", o.Channels[i]);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void ValidateChannel(List<string> errors, string key, TelegramChannelOptions channel)
    {
        Check(errors, long.TryParse(channel.Chat, out _) || ChannelNamePattern().IsMatch(channel.Chat),
            $"{key}:Chat: '{channel.Chat}' must be a numeric chat id (-100...) or an @username");
        Check(errors, channel.Sources.Count > 0, $"{key}:Sources must list at least one source id");
        foreach (var unknown in channel.Sources.Where(s => sources.Value.Find(s) is null))
        {
            errors.Add($"{key}:Sources: '{unknown}' is not a configured source id");
        }

        Check(errors, MessageFormats.TryParse(channel.Format, out _),
            $"{key}:Format: '{channel.Format}' must be {MessageFormats.ShortName} (title, summary and link) or {MessageFormats.FullName} (with the article's text)");
    }

    private static void Check(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }

    internal static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsServerRoot(string value)
    {
        var uri = new Uri(value, UriKind.Absolute);
        return uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("^@[A-Za-z][A-Za-z0-9_]{3,31}$")]
    private static partial Regex ChannelNamePattern();
}
