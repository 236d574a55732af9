using Dapper;

namespace FeedBot.Feeds.Storage;

/// <summary>Reads <c>source_versions</c> (the same SQL on both providers).</summary>
internal sealed class ChangeVersionReader(IStoreDatabase database) : IChangeVersionSource
{
    public async Task<IReadOnlyDictionary<string, long>> GetChangeVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string SourceId, long Version)>(
            new CommandDefinition("SELECT source_id, version FROM source_versions", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.SourceId, r => r.Version, StringComparer.OrdinalIgnoreCase);
    }
}
