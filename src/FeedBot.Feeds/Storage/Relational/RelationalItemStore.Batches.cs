using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The batched writes of <see cref="RelationalItemStore"/>: a page's new items in one multi-row INSERT (their person
/// tags in one more), an item's tag changes and the source's change version in one command, so that a poll's round
/// trips grow by a constant per new item (its article), not by a dozen.
/// </summary>
public abstract partial class RelationalItemStore
{
    private const string MoveVersionSql =
        "INSERT INTO source_versions (source_id, version) VALUES (@sourceId, 1) ON CONFLICT (source_id) DO UPDATE SET version = source_versions.version + 1;";

    private static readonly string[] ItemColumns =
        ["source_id", "item_key", "link", "title", "summary", "image_url", "published_utc", "first_seen_utc", "updated_utc", "is_backfill"];

    /// <summary>
    /// Inserts the items not stored yet, tagged with the people they name; a key another writer inserted meanwhile is
    /// skipped (ON CONFLICT DO NOTHING) and is not new. The new items are built from what was inserted, not read back.
    /// </summary>
    private async Task<List<FeedItem>> InsertAllAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, long now)
    {
        var created = new List<FeedItem>();
        foreach (var chunk in items.Chunk(MultiRowInsert.MaxRows))
        {
            var rows = chunk.Select(i => new object?[]
                { sourceId, i.Key, i.Link, i.Title, i.Summary, i.ImageUrl, i.PublishedUtc.ToUnixTimeMilliseconds(), now, now, isBackfill }).ToList();
            var (sql, parameters) = MultiRowInsert.Build("items", ItemColumns, rows);
            var ids = (await connection.QueryAsync<(long Id, string Key)>(
                    $"{sql} ON CONFLICT (source_id, item_key) DO NOTHING RETURNING id, item_key", parameters, transaction))
                .ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);
            created.AddRange(chunk.Where(i => ids.ContainsKey(i.Key)).Select(i => New(i, ids[i.Key], sourceId, now)));
        }

        var tags = created.SelectMany(i => i.PersonIds.Select(p => new object?[] { i.Id, p })).ToList();
        foreach (var chunk in tags.Chunk(MultiRowInsert.MaxRows))
        {
            var (sql, parameters) = MultiRowInsert.Build("item_people", ["item_id", "person_id"], chunk);
            await connection.ExecuteAsync($"{sql} ON CONFLICT DO NOTHING", parameters, transaction);
        }

        return created;
    }

    private FeedItem New(ScrapedItem item, long id, string sourceId, long now) => new()
    {
        Id = id,
        SourceId = sourceId,
        Key = item.Key,
        Link = item.Link,
        Title = item.Title,
        Summary = item.Summary,
        ImageUrl = item.ImageUrl,
        PublishedUtc = DateTimeOffset.FromUnixTimeMilliseconds(item.PublishedUtc.ToUnixTimeMilliseconds()),
        FirstSeenUtc = DateTimeOffset.FromUnixTimeMilliseconds(now),
        UpdatedUtc = DateTimeOffset.FromUnixTimeMilliseconds(now),
        PersonIds = tagger.Tag(item.Title, item.Summary, null),
    };

    /// <summary>
    /// Stores an article: the row updated and its stored tags read in one command, then the tag changes and the
    /// source's change version in one more. Returns the people the article added, or null when the item is gone.
    /// </summary>
    private async Task<IReadOnlyList<string>?> SaveArticleAsync(DbConnection connection, DbTransaction transaction, long itemId, string contentHtml)
    {
        using var results = await connection.QueryMultipleAsync(
            $"""
            UPDATE items SET content_html = @contentHtml, content_utc = @now, content_error = NULL WHERE id = @itemId RETURNING {ItemRow.Columns};
            SELECT person_id FROM item_people WHERE item_id = @itemId;
            """,
            new { itemId, contentHtml, now = Now() }, transaction);
        var row = await results.ReadSingleOrDefaultAsync<ItemRow>();
        var stored = (await results.ReadAsync<string>()).ToHashSet(StringComparer.Ordinal);
        if (row is null)
        {
            return null;
        }

        var people = tagger.Tag(row.Title, row.Summary, contentHtml);
        var added = people.Where(id => !stored.Contains(id)).ToArray();
        var removed = stored.Except(people, StringComparer.Ordinal).ToArray();
        var (tagSql, parameters) = added.Length == 0 ? ("", new DynamicParameters()) : MultiRowInsert.Build("item_people", ["item_id", "person_id"], [.. added.Select(p => new object?[] { itemId, p })]);
        parameters.AddDynamicParams(new { itemId, removed, sourceId = row.Source_Id });
        await connection.ExecuteAsync(
            (removed.Length == 0 ? "" : $"DELETE FROM item_people WHERE item_id = @itemId AND {InList("person_id", "@removed")};")
            + (added.Length == 0 ? "" : $"{tagSql} ON CONFLICT DO NOTHING;")
            + MoveVersionSql,
            parameters, transaction);
        return added;
    }
}
