using System.Globalization;
using System.Reflection;

namespace FeedBot.Feeds.Storage.Migrations;

/// <summary>
/// One module's versioned schema: embedded <c>NNNN_name.sql</c> scripts per provider, next to the module's store
/// (resources <c>{ResourcePrefix}.Sqlite.Migrations.NNNN_name.sql</c> and <c>….Postgres.Migrations.…</c>).
/// Every module registers its set; the migrator applies them by <see cref="Order"/>, each tracked under its own <see cref="Module"/>.
/// <see cref="Tables"/> are the tables the module owns, parents first (what <c>migrate-store</c> copies).
/// </summary>
public sealed record MigrationSet(string Module, int Order, Assembly Assembly, string ResourcePrefix, IReadOnlyList<string> Tables)
{
    public IReadOnlyList<MigrationScript> LoadScripts(StorageProvider provider)
    {
        var prefix = $"{ResourcePrefix}.{provider}.Migrations.";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Name: n[prefix.Length..^4]))
            .Select(r => new MigrationScript(Module, ParseVersion(r.Name), r.Name, Read(r.Resource)))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static int ParseVersion(string name) => int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture);

    private string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
