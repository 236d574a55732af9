using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>The polls (with any Retry-After hold) and conditional-GET validators part of <see cref="RelationalItemStore"/>.</summary>
public abstract partial class RelationalItemStore
{
    private const string InsertPollSql =
        """
        INSERT INTO polls (source_id, started_utc, finished_utc, http_status, items_seen, items_new, items_updated, error, not_before_utc)
        VALUES (@SourceId, @started, @finished, @HttpStatus, @ItemsSeen, @ItemsNew, @ItemsUpdated, @Error, @notBefore);
        """;

    private const string SaveValidatorsSql =
        "INSERT INTO http_validators (url, etag, last_modified_utc) VALUES (@url, @etag, @lm) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified_utc = excluded.last_modified_utc;";

    /// <summary>Items whose article is due (never fetched, or failed and past its retry time), fewest attempts first, then newest
    /// (without the article column, which is null in all of them).</summary>
    private static readonly string MissingContentSql = $"""
        SELECT {ItemRow.HeadColumns} FROM items
        WHERE source_id = @sourceId AND content_html IS NULL AND (content_retry_utc IS NULL OR content_retry_utc <= @now)
        ORDER BY content_attempts, published_utc DESC LIMIT @limit
        """;

    private const string NotBeforeSql = "SELECT not_before_utc FROM polls WHERE source_id = @sourceId ORDER BY id DESC LIMIT 1";

    private const string ConsecutiveFailuresSql =
        "SELECT COUNT(*) FROM polls WHERE source_id = @sourceId AND error IS NOT NULL AND id > COALESCE((SELECT MAX(id) FROM polls WHERE source_id = @sourceId AND error IS NULL), 0)";

    public async Task RecordPollAsync(PollRecord poll, PageValidators? validators, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            validators is null ? InsertPollSql : InsertPollSql + SaveValidatorsSql,
            new
            {
                poll.SourceId, started = poll.StartedUtc.ToUnixTimeMilliseconds(), finished = poll.FinishedUtc.ToUnixTimeMilliseconds(), poll.HttpStatus,
                poll.ItemsSeen, poll.ItemsNew, poll.ItemsUpdated, poll.Error, notBefore = poll.NotBeforeUtc?.ToUnixTimeMilliseconds(),
                url = validators?.Url, etag = validators?.Validators.ETag, lm = validators?.Validators.LastModified?.ToUnixTimeMilliseconds(),
            });
    }

    public async Task<PollStart> StartPollAsync(string sourceId, string firstPageUrl, int missingContentLimit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            $"""
            SELECT ({NotBeforeSql}) AS not_before,
                   CAST(CASE WHEN EXISTS (SELECT 1 FROM items WHERE source_id = @sourceId) THEN 1 ELSE 0 END AS BIGINT) AS has_items,
                   (SELECT etag FROM http_validators WHERE url = @url) AS etag,
                   (SELECT last_modified_utc FROM http_validators WHERE url = @url) AS last_modified;
            {MissingContentSql};
            """,
            new { sourceId, url = firstPageUrl, limit = missingContentLimit, now = Now() });
        var head = await results.ReadSingleAsync<(long? NotBefore, long HasItems, string? ETag, long? LastModified)>();
        var missing = (await results.ReadAsync<ItemRow>()).Select(r => r.ToItem([])).ToList();
        return new PollStart(FromMs(head.NotBefore), head.HasItems != 0, ToValidators(head.ETag, head.LastModified), missing);
    }

    public async Task<int> GetConsecutiveFailuresAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(ConsecutiveFailuresSql, new { sourceId });
    }

    private static DateTimeOffset? FromMs(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private static HttpValidators? ToValidators(string? etag, long? lastModified) =>
        etag is null && lastModified is null ? null : new HttpValidators(etag, FromMs(lastModified));

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
        var failures = await connection.ExecuteScalarAsync<long>(ConsecutiveFailuresSql, new { sourceId });
        return new SourceStatus(
            sourceId,
            lastPoll?.ToRecord(),
            lastSuccess is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            (int)failures,
            itemCount);
    }
}
