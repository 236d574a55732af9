using System.Diagnostics;
using Npgsql;

namespace FeedBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>FEEDBOT_TEST_POSTGRES</c> (an admin connection string;
/// <c>.ci/run</c> starts a throwaway server and sets it), else a throwaway server this test process starts itself
/// from the installed Debian binaries (a Unix socket in a temp folder, stopped when the process exits). With neither,
/// every PostgreSQL test fails with a message saying what to install: never a silent skip.
/// </summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "FEEDBOT_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresServer(string adminConnectionString)
    {
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>Connects as a superuser to the <c>postgres</c> database; used to create and drop test databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>One server per test process.</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    /// <summary>A new, empty database on the shared server, dropped on dispose.</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var server = await SharedAsync();
        return await PostgresDatabase.CreateAsync(server.AdminConnectionString);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured);
        }

        var cluster = await ThrowawayPostgres.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return new PostgresServer(cluster.ConnectionString);
    }

    internal static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
        }

        return await output;
    }

    internal static NpgsqlConnectionStringBuilder Parse(string connectionString) => new(connectionString);
}
