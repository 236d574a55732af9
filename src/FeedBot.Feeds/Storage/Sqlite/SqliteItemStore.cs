using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>The SQLite <see cref="IItemStore"/>: items, poll outcomes (with any Retry-After hold) and conditional-GET validators.</summary>
public sealed class SqliteItemStore(
    SqliteConnectionFactory connections,
    ItemChangeTracker changes,
    TimeProvider clock,
    IEnumerable<INewItemListener> listeners) : IItemStore
{
    public async Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = new List<FeedItem>();
        var updated = 0;
        foreach (var item in items.DistinctBy(i => i.Key))
        {
            var existing = await connection.QuerySingleOrDefaultAsync<ItemRow>(
                $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId AND item_key = @Key",
                new { sourceId, item.Key }, transaction);
            if (existing is null)
            {
                created.Add(await InsertAsync(connection, transaction, sourceId, item, isBackfill, now));
            }
            else if (await UpdateIfChangedAsync(connection, transaction, existing, item, now))
            {
                updated++;
            }
        }

        foreach (var listener in listeners)
        {
            await listener.OnItemsCreatedAsync(connection, transaction, sourceId, created, isBackfill, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (created.Count > 0 || updated > 0)
        {
            changes.MarkChanged(sourceId);
        }

        return new SaveResult(created, updated, items.Count);
    }

    private static async Task<FeedItem> InsertAsync(DbConnection connection, DbTransaction transaction, string sourceId, ScrapedItem item, bool isBackfill, long now)
    {
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO items (source_id, item_key, link, title, summary, image_url, published_utc, first_seen_utc, updated_utc, is_backfill)
            VALUES (@sourceId, @Key, @Link, @Title, @Summary, @ImageUrl, @published, @now, @now, @isBackfill);
            SELECT last_insert_rowid();
            """,
            new { sourceId, item.Key, item.Link, item.Title, item.Summary, item.ImageUrl, published = item.PublishedUtc.ToUnixTimeMilliseconds(), now, isBackfill },
            transaction);
        var row = await connection.QuerySingleAsync<ItemRow>($"SELECT {ItemRow.Columns} FROM items WHERE id = @id", new { id }, transaction);
        return row.ToItem();
    }

    private static async Task<bool> UpdateIfChangedAsync(DbConnection connection, DbTransaction transaction, ItemRow existing, ScrapedItem item, long now)
    {
        var changed = existing.Title != item.Title
            || (existing.Summary ?? "") != (item.Summary ?? "")
            || (item.ImageUrl is not null && existing.Image_Url != item.ImageUrl);
        if (!changed)
        {
            return false;
        }

        await connection.ExecuteAsync(
            "UPDATE items SET title = @Title, summary = @Summary, image_url = COALESCE(@ImageUrl, image_url), link = @Link, updated_utc = @now WHERE id = @id",
            new { item.Title, item.Summary, item.ImageUrl, item.Link, now, id = existing.Id },
            transaction);
        return true;
    }

    public async Task<IReadOnlySet<string>> FindKnownKeysAsync(string sourceId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var known = await connection.QueryAsync<string>(
            "SELECT item_key FROM items WHERE source_id = @sourceId AND item_key IN @keys", new { sourceId, keys });
        return known.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> HasItemsAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("SELECT EXISTS (SELECT 1 FROM items WHERE source_id = @sourceId)", new { sourceId }) == 1;
    }

    public async Task<IReadOnlyList<FeedItem>> GetLatestAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ItemRow>(
            $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId ORDER BY published_utc DESC, id DESC LIMIT @limit",
            new { sourceId, limit });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<IReadOnlyList<FeedItem>> GetMissingContentAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ItemRow>(
            $"""
            SELECT {ItemRow.Columns} FROM items
            WHERE source_id = @sourceId AND content_html IS NULL AND (content_retry_utc IS NULL OR content_retry_utc <= @now)
            ORDER BY content_attempts, published_utc DESC LIMIT @limit
            """,
            new { sourceId, limit, now = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var sourceId = await connection.ExecuteScalarAsync<string>(
            "UPDATE items SET content_html = @contentHtml, content_utc = @now, content_error = NULL WHERE id = @itemId RETURNING source_id",
            new { itemId, contentHtml, now = clock.GetUtcNow().ToUnixTimeMilliseconds() });
        if (sourceId is not null)
        {
            changes.MarkChanged(sourceId);
        }
    }

    public async Task RecordContentFailureAsync(long itemId, string error, DateTimeOffset retryAtUtc, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE items SET content_error = @error, content_attempts = content_attempts + 1, content_retry_utc = @retry WHERE id = @itemId",
            new { itemId, error, retry = retryAtUtc.ToUnixTimeMilliseconds() });
    }

    public async Task RecordPollAsync(PollRecord poll, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ms = await connection.ExecuteScalarAsync<long?>(
            "SELECT not_before_utc FROM polls WHERE source_id = @sourceId ORDER BY id DESC LIMIT 1", new { sourceId });
        return ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }

    public async Task<IReadOnlyList<SourceStatus>> GetSourceStatusesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
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
        await using var connection = await connections.OpenAsync(cancellationToken);
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO http_validators (url, etag, last_modified_utc) VALUES (@url, @etag, @lm) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified_utc = excluded.last_modified_utc",
            new { url, etag = validators.ETag, lm = validators.LastModified?.ToUnixTimeMilliseconds() });
    }
}
