namespace FeedBot.Feeds.Storage;

/// <summary>The database behind every store: <c>FeedBot:Storage:Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (the default, one instance).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (one instance, or several sharing it).</summary>
    Postgres,
}
