namespace FeedBot.Feeds.Storage.Migrations;

/// <summary>One numbered script of a module's schema.</summary>
public sealed record MigrationScript(string Module, int Version, string Name, string Sql);
