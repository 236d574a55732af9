using System.Data;
using System.Data.Common;
using System.Text;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The batched writes of <see cref="RelationalItemStore"/>: a page's new items in one multi-row INSERT (their person
/// tags in one more), the tag changes of any number of items and the change versions in one command, so that a poll's
/// round trips grow by a constant per new item (its article), not by a dozen.
/// </summary>
public abstract partial class RelationalItemStore
{

    private static readonly string[] ItemColumns =
        ["source_id", "item_key", "link", "title", "summary", "image_url", "published_utc", "first_seen_utc", "updated_utc", "is_backfill"];

    private static readonly string[] TagColumns = ["item_id", "person_id"];

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

        foreach (var chunk in created.SelectMany(i => i.PersonIds.Select(p => new object?[] { i.Id, p })).Chunk(MultiRowInsert.MaxRows))
        {
            var (sql, parameters) = MultiRowInsert.Build("item_people", TagColumns, chunk);
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
    /// Stores an article: the row updated (read back without the article, which is in hand) and its stored tags read in
    /// one command, then the tag changes and the source's change version in one more. Null when the item is gone.
    /// </summary>
    private async Task<TaggedItem?> SaveArticleAsync(DbConnection connection, DbTransaction transaction, long itemId, string contentHtml)
    {
        using var results = await connection.QueryMultipleAsync(
            $"""
            UPDATE items SET content_html = @contentHtml, content_utc = @now, content_error = NULL WHERE id = @itemId RETURNING {ItemRow.WithBackfill(ItemRow.HeadColumns)};
            SELECT person_id FROM item_people WHERE item_id = @itemId;
            """,
            new { itemId, contentHtml, now = Now() }, transaction);
        var row = await results.ReadSingleOrDefaultAsync<ItemRow>();
        var stored = await results.ReadAsync<string>();
        if (row is null)
        {
            return null;
        }

        row.Content_Html = contentHtml;
        var tagged = Retagged(row, stored);
        await WriteTagChangesAsync(connection, transaction, [tagged.Change], [row.Source_Id]);
        return tagged;
    }

    /// <summary>The item of a row a write read back, tagged from its title, summary and article, against its stored tags.</summary>
    private TaggedItem Retagged(ItemRow row, IEnumerable<string> stored)
    {
        var found = tagger.Tag(row.Title, row.Summary, row.Content_Html);
        return new TaggedItem(row.ToItem(found), row.Is_Backfill, TagChange.Between(row.Id, stored, found));
    }

    /// <summary>
    /// The one place that writes tag changes: each item's removed tags deleted, all added ones in multi-row INSERTs, and
    /// the change version of each of <paramref name="sourceIds"/> moved, in one command (none when there is nothing to do).
    /// </summary>
    private async Task WriteTagChangesAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<TagChange> tagChanges, IReadOnlyCollection<string> sourceIds)
    {
        var parameters = new DynamicParameters();
        var sql = new StringBuilder();
        foreach (var (change, n) in tagChanges.Where(c => c.Removed.Count > 0).Select((c, n) => (c, n)))
        {
            parameters.Add($"i{n}", change.ItemId, DbType.Int64);
            parameters.Add($"d{n}_", change.Removed.ToArray()); // "_": SQLite's expansion (@d1_1, …) never meets another list's
            sql.Append($"DELETE FROM item_people WHERE item_id = @i{n} AND {InList("person_id", $"@d{n}_")};");
        }

        var added = tagChanges.SelectMany(c => c.Added.Select(p => new object?[] { c.ItemId, p }));
        foreach (var (chunk, n) in added.Chunk(MultiRowInsert.MaxRows).Select((c, n) => (c, n)))
        {
            sql.Append($"{MultiRowInsert.Sql("item_people", TagColumns, chunk, parameters, $"a{n}_")} ON CONFLICT DO NOTHING;");
        }

        if (sourceIds.Count > 0)
        {
            var versions = sourceIds.Select((sourceId, n) =>
            {
                parameters.Add($"s{n}", sourceId, DbType.String);
                return $"(@s{n}, 1)";
            });
            sql.Append($"INSERT INTO source_versions (source_id, version) VALUES {string.Join(", ", versions)} ON CONFLICT (source_id) DO UPDATE SET version = source_versions.version + 1;");
        }

        if (sql.Length > 0)
        {
            await connection.ExecuteAsync(sql.ToString(), parameters, transaction);
        }
    }
}
