using System.Diagnostics.CodeAnalysis;

namespace FeedBot.Worker.Commands;

/// <summary>The parsed arguments of the <c>migrate-store</c> command.</summary>
internal sealed record MigrateStoreArguments(string To, string? From)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out MigrateStoreArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        string? to = null;
        string? from = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length:
                    to = args[++i];
                    break;
                case "--from" when i + 1 < args.Length:
                    from = args[++i];
                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'.";
                    return false;
            }
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            error = "Missing --to \"<PostgreSQL connection string>\".";
            return false;
        }

        parsed = new MigrateStoreArguments(to, from);
        error = null;
        return true;
    }
}
