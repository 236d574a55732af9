using System.Globalization;
using System.Text.Json;
using FeedBot.Worker.Telegram.Formatting;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>
/// The bot's texts per language, loaded from the embedded Texts/vi.json and Texts/en.json. Vietnamese is the default;
/// English is used when the user's Telegram language_code is en. Arguments are escaped for HTML unless asked otherwise.
/// </summary>
public sealed class BotTexts
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    private readonly Dictionary<string, Dictionary<TextKey, string>> _texts;

    public BotTexts()
    {
        _texts = new() { [Vietnamese] = Load(Vietnamese), [English] = Load(English) };
    }

    public static string LanguageOf(User? user) =>
        user?.LanguageCode?.StartsWith(English, StringComparison.OrdinalIgnoreCase) == true ? English : Vietnamese;

    /// <summary>The text as HTML, with <paramref name="args"/> escaped.</summary>
    public string Html(string language, TextKey key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Raw(language, key), [.. args.Select(a => TelegramHtml.Escape(Convert.ToString(a, CultureInfo.InvariantCulture) ?? ""))]);

    /// <summary>The text for places without parse mode (button labels, callback answers).</summary>
    public string Plain(string language, TextKey key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Raw(language, key), args);

    public string Raw(string language, TextKey key) =>
        (_texts.GetValueOrDefault(language) ?? _texts[Vietnamese])[key];

    /// <summary>The keys each language file defines (for the completeness test).</summary>
    internal IReadOnlyCollection<TextKey> KeysOf(string language) => _texts[language].Keys;

    private static Dictionary<TextKey, string> Load(string language)
    {
        var resource = $"FeedBot.Worker.Telegram.Conversation.Texts.{language}.json";
        using var stream = typeof(BotTexts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded texts {resource} are missing.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject()
            .ToDictionary(p => Enum.Parse<TextKey>(p.Name), p => p.Value.GetString() ?? "");
    }
}
