using Npgsql;

namespace FeedBot.Testing.Postgres;

/// <summary>A fresh database on the test server (<see cref="PostgresServer"/>), dropped with its connections on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Npgsql syntax, for <c>FeedBot:Storage:Postgres:ConnectionString</c>.</summary>
    public string ConnectionString { get; }

    internal static async Task<PostgresDatabase> CreateAsync(string adminConnectionString)
    {
        var name = $"feedbot_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = PostgresServer.Parse(adminConnectionString);
        builder.Database = name;
        return new PostgresDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
