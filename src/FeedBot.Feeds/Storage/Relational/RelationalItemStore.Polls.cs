using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>The polls (with any Retry-After hold) and conditional-GET validators part of <see cref="RelationalItemStore"/>.</summary>
public abstract partial class RelationalItemStore
{
    public async Task RecordPollAsync(PollRecord poll, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO polls (source_id, started_utc, finished_utc, http_status, items_seen, items_new, items_updated, error, not_before_utc)
            VALUES (@SourceId, @started, @finished, @HttpStatus, @ItemsSeen, @ItemsNew, @ItemsUpdated, @Error, @notBefore)
            """,
            new
            {
                poll.SourceId, started = poll.StartedUtc.ToUnixTimeMilliseconds(), finished = poll.FinishedUtc.ToUnixTimeMilliseconds(), poll.HttpStatus,
                poll.ItemsSeen, poll.ItemsNew, poll.ItemsUpdated, poll.Error, notBefore = poll.NotBeforeUtc?.ToUnixTimeMilliseconds(),
            });
    }

    public async Task<DateTimeOffset?> GetPollNotBeforeAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(
            "SELECT not_before_utc FROM polls WHERE source_id = @sourceId ORDER BY id DESC LIMIT 1", new { sourceId });
        return ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }

    public async Task<IReadOnlyList<SourceStatus>> GetSourceStatusesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string SourceId, long Count)>("SELECT source_id, COUNT(*) FROM items GROUP BY source_id"))
            .ToDictionary(c => c.SourceId, c => (int)c.Count);
        var polled = await connection.QueryAsync<string>("SELECT DISTINCT source_id FROM polls");
        var statuses = new List<SourceStatus>();
        foreach (var sourceId in polled.Union(counts.Keys))
        {
            statuses.Add(await ReadStatusAsync(connection, sourceId, counts.GetValueOrDefault(sourceId)));
        }

        return statuses;
    }

    private static async Task<SourceStatus> ReadStatusAsync(DbConnection connection, string sourceId, int itemCount)
    {
        const string last = "SELECT source_id, started_utc, finished_utc, http_status, items_seen, items_new, items_updated, error, not_before_utc FROM polls WHERE source_id = @sourceId";
        var lastPoll = await connection.QuerySingleOrDefaultAsync<PollRow>($"{last} ORDER BY id DESC LIMIT 1", new { sourceId });
        var lastSuccess = await connection.ExecuteScalarAsync<long?>(
            "SELECT MAX(finished_utc) FROM polls WHERE source_id = @sourceId AND error IS NULL", new { sourceId });
        var failures = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM polls WHERE source_id = @sourceId AND error IS NOT NULL AND id > COALESCE((SELECT MAX(id) FROM polls WHERE source_id = @sourceId AND error IS NULL), 0)",
            new { sourceId });
        return new SourceStatus(
            sourceId,
            lastPoll?.ToRecord(),
            lastSuccess is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            (int)failures,
            itemCount);
    }

    public async Task<HttpValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string? ETag, long? LastModified)>(
            "SELECT etag, last_modified_utc FROM http_validators WHERE url = @url", new { url });
        if (row.ETag is null && row.LastModified is null)
        {
            return null;
        }

        return new HttpValidators(row.ETag, row.LastModified is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    public async Task SaveValidatorsAsync(string url, HttpValidators validators, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO http_validators (url, etag, last_modified_utc) VALUES (@url, @etag, @lm) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified_utc = excluded.last_modified_utc",
            new { url, etag = validators.ETag, lm = validators.LastModified?.ToUnixTimeMilliseconds() });
    }
}
