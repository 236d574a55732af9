namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>A command as typed: <c>/name@bot arg1 arg2</c>. <see cref="Rest"/> is everything after the name.</summary>
public sealed record CommandLine(string Name, string? Addressee, IReadOnlyList<string> Args, string Rest)
{
    /// <summary>Null when the text is not a command (does not start with '/').</summary>
    public static CommandLine? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var rest = end < 0 ? "" : trimmed[end..].Trim();
        var at = head.IndexOf('@');
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        var addressee = at < 0 ? null : head[(at + 1)..];
        return new CommandLine(name, addressee, rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), rest);
    }
}
