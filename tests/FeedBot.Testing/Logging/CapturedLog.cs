using Microsoft.Extensions.Logging;

namespace FeedBot.Testing.Logging;

/// <summary>One log entry as a <see cref="CapturingLoggerProvider"/> saw it: the rendered message and its
/// structured values by placeholder name (without the <c>{OriginalFormat}</c> entry).</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyDictionary<string, object?> Values,
    Exception? Exception);
