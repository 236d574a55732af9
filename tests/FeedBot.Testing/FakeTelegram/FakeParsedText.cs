namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// A sent text as Telegram stores it: the visible text after entity parsing, its entities (from HTML tags, and the
/// hashtags Telegram finds by itself), or the "can't parse entities" error Telegram would answer instead.
/// </summary>
public sealed record FakeParsedText(string Text, IReadOnlyList<FakeEntity> Entities, string? Error = null)
{
    /// <summary>Telegram's length check counts code points (TDLib's utf8_length), not UTF-16 units.</summary>
    public int CodePoints => Text.EnumerateRunes().Count();

    public IReadOnlyList<FakeEntity> OfType(string type) => [.. Entities.Where(e => e.Type == type)];
}
