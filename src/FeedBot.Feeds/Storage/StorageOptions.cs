namespace FeedBot.Feeds.Storage;

/// <summary><c>FeedBot:Storage</c>: which database (<see cref="Provider"/>) and how to reach it.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "FeedBot:Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, case ignored; checked by <see cref="StorageOptionsValidator"/>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public PostgresStorageOptions Postgres { get; set; } = new();

    /// <summary>The parsed <see cref="Provider"/> (valid once the options passed validation).</summary>
    public StorageProvider Kind => Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
        ? kind
        : throw new InvalidOperationException(StorageOptionsValidator.UnknownProvider(Provider));
}
