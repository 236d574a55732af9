using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Feeds.Tests.Storage;

public sealed class SqliteMigratorTests
{
    [Fact]
    public void LoadScripts_EmbeddedMigrations_AreNumberedFromOneWithoutGaps()
    {
        var versions = SqliteMigrator.LoadScripts().Select(s => s.Version).ToList();

        Assert.NotEmpty(versions);
        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
    }
}
