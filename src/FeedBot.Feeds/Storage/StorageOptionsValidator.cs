using Microsoft.Extensions.Options;
using Npgsql;

namespace FeedBot.Feeds.Storage;

/// <summary>An unknown provider, a missing SQLite path, or a missing or unreadable PostgreSQL connection string stop start-up.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public static string UnknownProvider(string? provider) =>
        $"FeedBot:Storage:Provider is '{provider}'; it must be Sqlite (the default) or Postgres.";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.TryParse<StorageProvider>(options.Provider, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(options.Provider, out _))
        {
            return ValidateOptionsResult.Fail(UnknownProvider(options.Provider));
        }

        return kind switch
        {
            StorageProvider.Postgres => ValidatePostgres(options.Postgres.ConnectionString),
            _ when string.IsNullOrWhiteSpace(options.Sqlite.Path) => ValidateOptionsResult.Fail("FeedBot:Storage:Sqlite:Path must name a database file."),
            _ => ValidateOptionsResult.Success,
        };
    }

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                "FeedBot:Storage:Provider is Postgres but FeedBot:Storage:Postgres:ConnectionString is empty; set it " +
                "(e.g. FeedBot__Storage__Postgres__ConnectionString=\"Host=db;Database=feedbot;Username=feedbot;Password=...\").");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("FeedBot:Storage:Postgres:ConnectionString names no Host.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"FeedBot:Storage:Postgres:ConnectionString is not a valid Npgsql connection string: {ex.Message}");
        }
    }
}
