using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FeedBot.Testing.Logging;

/// <summary>An <see cref="ILoggerProvider"/> that keeps every entry, with its structured values, for assertions.
/// Thread-safe. Add it with <c>services.AddLogging(b => b.AddProvider(provider))</c>.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Entries of a category (the logger's type name, e.g. <c>typeof(T).FullName</c>) at a level.</summary>
    public IReadOnlyList<CapturedLog> Of(string category, LogLevel level) =>
        [.. _entries.Where(e => e.Category == category && e.Level == level)];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = (state as IEnumerable<KeyValuePair<string, object?>> ?? [])
                .Where(v => v.Key != "{OriginalFormat}")
                .ToDictionary(v => v.Key, v => v.Value);
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values, exception));
        }
    }
}
