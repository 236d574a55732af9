using System.Collections.Concurrent;

namespace FeedBot.Testing.Storage.Counting;

/// <summary>
/// What a store sent to its database through a <see cref="CountingStoreDatabase"/>: each command's SQL, in order, and
/// each commit. Every command and every commit is one database round trip.
/// </summary>
public sealed class StoreCommandLog
{
    private readonly ConcurrentQueue<string> _commands = new();
    private int _commits;

    public IReadOnlyList<string> Commands => [.. _commands];

    public int Commits => Volatile.Read(ref _commits);

    public int RoundTrips => Commands.Count + Commits;

    /// <summary>The commands that change data (INSERT, UPDATE, DELETE), by their first words.</summary>
    public IReadOnlyList<string> Writes => Commands.Where(IsWrite).ToList();

    public void Clear()
    {
        _commands.Clear();
        Interlocked.Exchange(ref _commits, 0);
    }

    /// <summary>The log for a failure message: round trips, then each command on one line.</summary>
    public override string ToString() =>
        $"{RoundTrips} round trip(s): {Commands.Count} command(s), {Commits} commit(s){Environment.NewLine}"
        + string.Join(Environment.NewLine, Commands.Select(c => "  " + string.Join(' ', c.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries))));

    internal void AddCommand(string sql) => _commands.Enqueue(sql);

    internal void AddCommit() => Interlocked.Increment(ref _commits);

    private static bool IsWrite(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(statement => statement.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
                || statement.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                || statement.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));
}
