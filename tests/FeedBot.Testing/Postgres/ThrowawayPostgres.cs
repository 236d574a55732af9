namespace FeedBot.Testing.Postgres;

/// <summary>
/// A PostgreSQL cluster made with <c>initdb</c> in a temp folder and started with <c>pg_ctl</c> (as the
/// <c>postgres</c> user when running as root), listening only on a Unix socket in that folder, fsync off.
/// </summary>
internal sealed class ThrowawayPostgres
{
    private readonly string _bin;
    private readonly string _folder;

    private ThrowawayPostgres(string bin, string folder)
    {
        _bin = bin;
        _folder = folder;
    }

    public string ConnectionString => $"Host={_folder};Username=postgres;Database=postgres;Pooling=true";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL server for the tests: set {PostgresServer.EnvironmentVariable} to an admin connection string, " +
            "or install Debian's postgresql package (apt-get install postgresql) so the tests start a throwaway server.");
        var folder = Directory.CreateTempSubdirectory("feedbot-pg-").FullName;
        var cluster = new ThrowawayPostgres(bin, folder);
        if (IsRoot())
        {
            await PostgresServer.RunAsync("chown", ["postgres", folder]);
        }

        await cluster.AsPostgresAsync("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.AsPostgresAsync(
            "pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses='' -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        return cluster;
    }

    public void Stop()
    {
        try
        {
            AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Already stopped; nothing to clean.
        }
    }

    private Task<string> AsPostgresAsync(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        return IsRoot()
            ? PostgresServer.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : PostgresServer.RunAsync(path, arguments);
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    private static bool IsRoot() => Environment.UserName == "root";
}
