using System.Data.Common;

namespace FeedBot.Feeds.Storage;

/// <summary>The configured database: connections for reads and single statements, units of work for the rest.</summary>
public interface IStoreDatabase
{
    StorageProvider Provider { get; }

    /// <summary>Where the data is, for logs (a file path, or host and database; never a password).</summary>
    string Description { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken);
}
