namespace FeedBot.Testing.FakeTelegram;

/// <summary>A MessageEntity as the Bot API returns it: <paramref name="Offset"/> and <paramref name="Length"/> in UTF-16 code units of the visible text.</summary>
public sealed record FakeEntity(string Type, int Offset, int Length, string? Url = null)
{
    /// <summary>The part of <paramref name="text"/> the entity covers.</summary>
    public string Of(string text) => text.Substring(Offset, Length);
}
