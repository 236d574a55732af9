using System.Globalization;
using FeedBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>
/// Updates the bot cannot read, by name (theory data stays short). In the JSON, <c>@ID@</c> is the update's id where it
/// has a readable one and <c>@CHAT@</c> the chat of the case's good /start, so that a malformed /start that was handled
/// anyway would show as a second answer.
/// </summary>
internal static class MalformedUpdates
{
    public const int HugeLength = 100_000;

    private const string Start =
        """{"message_id":1,"date":1751241600,"chat":{"id":@CHAT@,"type":"private"},"from":{"id":@CHAT@,"is_bot":false,"first_name":"A"},"text":"/start"}""";

    private static readonly string[] ReceivingCategories = [".UpdateProcessor", ".TelegramEndpoints", ".LongPollingReceiver"];

    private static readonly string Huge = new('x', HugeLength);

    private static readonly Dictionary<string, string> JsonShapes = new()
    {
        ["update_id a string"] = """{"update_id":"x"}""",
        ["true"] = "true",
        ["null"] = "null",
        ["an array"] = "[1]",
        ["an empty object"] = "{}",
        ["a string"] = "\"1\"",
        ["update_id 1.5"] = """{"update_id":1.5}""",
        ["update_id 1.5 with a /start"] = $$"""{"update_id":1.5,"message":{{Start}}}""",
        ["no update_id with a /start"] = $$"""{"message":{{Start}}}""",
        ["update_id null with a /start"] = $$"""{"update_id":null,"message":{{Start}}}""",
        ["update_id a numeric string with a /start"] = $$"""{"update_id":"@ID@","message":{{Start}}}""",
        ["update_id beyond 64 bits"] = $$"""{"update_id":99999999999999999999,"message":{{Start}}}""",
        ["update_id true"] = """{"update_id":true}""",
        ["update_id an array"] = $$"""{"update_id":[@ID@],"message":{{Start}}}""",
        ["update_id an object"] = """{"update_id":{"id":@ID@}}""",
        ["update_id twice, the last a string"] = $$"""{"update_id":@ID@,"update_id":"x","message":{{Start}}}""",
        ["message a string"] = """{"update_id":@ID@,"message":"/start"}""",
        ["message an array"] = $$"""{"update_id":@ID@,"message":[{{Start}}]}""",
        ["message_id a string"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("\"message_id\":1", "\"message_id\":\"x\"", StringComparison.Ordinal)}}}""",
        ["chat id a string"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("\"id\":@CHAT@,\"type\"", "\"id\":\"abc\",\"type\"", StringComparison.Ordinal)}}}""",
        ["from a string"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("{\"id\":@CHAT@,\"is_bot\":false,\"first_name\":\"A\"}", "\"A\"", StringComparison.Ordinal)}}}""",
        ["date a word"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("1751241600", "\"yesterday\"", StringComparison.Ordinal)}}}""",
        ["text an object"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("\"/start\"", "{\"t\":\"/start\"}", StringComparison.Ordinal)}}}""",
        ["text a number"] = $$"""{"update_id":@ID@,"message":{{Start.Replace("\"/start\"", "42", StringComparison.Ordinal)}}}""",
        ["callback_query an array"] = """{"update_id":@ID@,"callback_query":[]}""",
        ["my_chat_member with a numeric chat"] = """{"update_id":@ID@,"my_chat_member":{"chat":1,"from":{"id":1,"is_bot":false,"first_name":"A"},"date":1}}""",
        ["huge, update_id a string"] = $$"""{"update_id":"{{Huge}}"}""",
        ["huge, a readable id and a bad message"] = $$$"""{"update_id":@ID@,"message":{"message_id":"x","date":1,"chat":{"id":@CHAT@,"type":"private"},"text":"{{{Huge}}}"}}""",
    };

    private static readonly Dictionary<string, string> NotJsonBodies = new()
    {
        ["a word"] = "hello",
        ["HTML"] = "<html><body>502 Bad Gateway</body></html>",
        ["truncated"] = """{"update_id": 77, "message": """,
        ["empty"] = "",
        ["trailing garbage"] = """{"update_id":1}}""",
        ["single quotes"] = "{'update_id':1}",
        ["NaN"] = "NaN",
    };

    public static TheoryData<string> Json() => Names(JsonShapes.Keys);

    public static TheoryData<string> NotJson() => Names(NotJsonBodies.Keys);

    public static string RenderJson(string name, long updateId, long chatId) => Render(JsonShapes[name], updateId, chatId);

    public static string NotJsonBody(string name) => NotJsonBodies[name];

    /// <summary>A chat of its own per case, so that answers cannot be mixed up between cases sharing one host.</summary>
    public static long ChatOf(string name) => JsonShapes.ContainsKey(name)
        ? 40_000 + JsonShapes.Keys.ToList().IndexOf(name)
        : 41_000 + NotJsonBodies.Keys.ToList().IndexOf(name);

    /// <summary>What the receiving side logged, from the categories that report unreadable updates.</summary>
    public static IReadOnlyList<CapturedLog> ReceivingEntries(CapturingLoggerProvider logs) =>
        [.. logs.Entries.Where(e => e.Level >= LogLevel.Information && ReceivingCategories.Any(c => e.Category.EndsWith(c, StringComparison.Ordinal)))];

    private static string Render(string json, long updateId, long chatId) => json
        .Replace("@ID@", updateId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("@CHAT@", chatId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
