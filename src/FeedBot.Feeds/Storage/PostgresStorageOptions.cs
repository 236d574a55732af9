namespace FeedBot.Feeds.Storage;

/// <summary><c>FeedBot:Storage:Postgres</c>.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>Npgsql syntax: <c>Host=…;Port=5432;Database=feedbot;Username=…;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }
}
