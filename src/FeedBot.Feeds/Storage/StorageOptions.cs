namespace FeedBot.Feeds.Storage;

/// <summary><c>FeedBot:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "FeedBot:Storage";

    public SqliteStorageOptions Sqlite { get; set; } = new();
}
