namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>The names of <see cref="MessageFormat"/> as they are typed (<c>/format full</c>), configured and stored: <c>short</c>, <c>full</c>.</summary>
public static class MessageFormats
{
    public const string ShortName = "short";
    public const string FullName = "full";

    public static string NameOf(MessageFormat format) => format == MessageFormat.Full ? FullName : ShortName;

    /// <summary>Reads <c>short</c> or <c>full</c> (any case, surrounding spaces ignored); false for anything else.</summary>
    public static bool TryParse(string? value, out MessageFormat format)
    {
        format = MessageFormat.Short;
        switch (value?.Trim().ToLowerInvariant())
        {
            case ShortName:
                return true;
            case FullName:
                format = MessageFormat.Full;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A stored value; anything unknown reads as short (the column's CHECK allows only the two names).</summary>
    public static MessageFormat FromStored(string? value) => TryParse(value, out var format) ? format : MessageFormat.Short;
}
