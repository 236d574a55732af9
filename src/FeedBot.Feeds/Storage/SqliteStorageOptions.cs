namespace FeedBot.Feeds.Storage;

/// <summary><c>FeedBot:Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Database file; relative paths are resolved against the working directory.</summary>
    public string Path { get; set; } = "feedbot.db";
}
