using FeedBot.Testing.Postgres;
using Npgsql;

namespace FeedBot.Feeds.Tests.Storage;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task CreateDatabase_Twice_GivesSeparateEmptyDatabasesDroppedOnDispose()
    {
        string firstName;
        await using (var first = await PostgresServer.CreateDatabaseAsync())
        await using (var second = await PostgresServer.CreateDatabaseAsync())
        {
            firstName = first.Name;
            Assert.NotEqual(first.Name, second.Name);
            await using var connection = new NpgsqlConnection(first.ConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE t (x int); INSERT INTO t VALUES (1); SELECT count(*) FROM t", connection);
            Assert.Equal(1L, await create.ExecuteScalarAsync());
            await using var other = new NpgsqlConnection(second.ConnectionString);
            await other.OpenAsync();
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", other);
            Assert.Equal(0L, await tables.ExecuteScalarAsync());
        }

        var server = await PostgresServer.SharedAsync();
        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", firstName);
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }
}
