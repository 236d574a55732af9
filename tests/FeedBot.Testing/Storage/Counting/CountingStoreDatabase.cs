using System.Data.Common;
using FeedBot.Feeds.Storage;

namespace FeedBot.Testing.Storage.Counting;

/// <summary>
/// The real <see cref="IStoreDatabase"/> (either provider) with every connection it hands out wrapped, so that each
/// command the stores run and each commit is written to <see cref="Log"/>. Register it in place of the configured one
/// with <see cref="Decorate"/>.
/// </summary>
public sealed class CountingStoreDatabase(IStoreDatabase inner) : IStoreDatabase
{
    public StoreCommandLog Log { get; } = new();

    public StorageProvider Provider => inner.Provider;

    public string Description => inner.Description;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await inner.OpenAsync(cancellationToken);
        return Provider == StorageProvider.Postgres ? new NpgsqlConnection(connection, Log) : new CountingConnection(connection, Log);
    }

    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await StoreTransaction.BeginAsync(Provider, await OpenAsync(cancellationToken), cancellationToken);

    /// <summary>Wraps the registered <see cref="IStoreDatabase"/>; resolve <see cref="CountingStoreDatabase"/> for the log.</summary>
    public static void Decorate(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IStoreDatabase));
        services.Remove(registered);
        services.Add(new Microsoft.Extensions.DependencyInjection.ServiceDescriptor(
            typeof(CountingStoreDatabase), sp => new CountingStoreDatabase((IStoreDatabase)registered.ImplementationFactory!(sp)),
            Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton));
        services.Add(new Microsoft.Extensions.DependencyInjection.ServiceDescriptor(
            typeof(IStoreDatabase), sp => sp.GetService(typeof(CountingStoreDatabase))!, Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton));
    }
}
