using FeedBot.Testing;
using FeedBot.Testing.Postgres;
using FeedBot.Worker.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>Elections on a real PostgreSQL database: one holder at a time, handed over when it stops or loses its connection.</summary>
public sealed class AdvisoryLockElectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static readonly LeadershipTimings Fast = new()
    {
        Retry = TimeSpan.FromMilliseconds(200),
        Heartbeat = TimeSpan.FromMilliseconds(200),
        QueryTimeout = TimeSpan.FromSeconds(2),
        Lease = TimeSpan.FromSeconds(3),
        SessionTimeout = TimeSpan.FromSeconds(6),
        Settle = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>pg_locks is server-wide: only this test's database counts (other tests run their own elections).</summary>
    private static readonly string ThisDatabasesLocks =
        $"locktype = 'advisory' AND granted AND classid = {AdvisoryLockElection.LockSpace} " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private readonly List<CancellationTokenSource> _stops = [];
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var stop in _stops)
        {
            await stop.CancelAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WaitAsync_TwoInstances_ExactlyOneHoldsTheRole()
    {
        var (a, aStop) = Election("a");
        var (b, bStop) = Election("b");
        var first = await Task.WhenAny(a.WaitAsync(aStop, CancellationToken.None), b.WaitAsync(bStop, CancellationToken.None));
        var term = await first;

        Assert.False(term.IsCancellationRequested);
        await Conditions.WaitAsync(() => a.IsHeld || b.IsHeld, Generous, "a holder");
        Assert.NotEqual(a.IsHeld, b.IsHeld);
        Assert.Equal(1, await CountLockHoldersAsync());
    }

    [Fact]
    public async Task WaitAsync_HolderStops_TheOtherTakesOver()
    {
        var (a, aStop) = Election("a");
        var aTerm = await a.WaitAsync(aStop, CancellationToken.None);
        var (b, bStop) = Election("b");
        var bWaits = b.WaitAsync(bStop, CancellationToken.None);

        await _stops[0].CancelAsync();
        var bTerm = await bWaits.WaitAsync(Generous);

        Assert.True(aTerm.IsCancellationRequested);
        Assert.False(bTerm.IsCancellationRequested);
        Assert.True(b.IsHeld);
        Assert.False(a.IsHeld);
    }

    [Fact]
    public async Task WaitAsync_HolderConnectionKilledOnTheServer_TermEndsAndTheRoleIsHeldAgain()
    {
        var (a, aStop) = Election("a");
        var aTerm = await a.WaitAsync(aStop, CancellationToken.None);
        var (b, bStop) = Election("b");

        await TerminateHolderAsync();
        await Conditions.WaitAsync(() => aTerm.IsCancellationRequested, Generous, "the holder noticing its connection is gone");
        var next = await Task.WhenAny(a.WaitAsync(aStop, CancellationToken.None), b.WaitAsync(bStop, CancellationToken.None)).WaitAsync(Generous);

        Assert.False((await next).IsCancellationRequested);
        await Conditions.WaitAsync(async () => await CountLockHoldersAsync() == 1 && a.IsHeld != b.IsHeld, Generous, "one holder again");
    }

    [Fact]
    public async Task WaitAsync_DifferentRoles_AreHeldIndependently()
    {
        var (sender, senderStop) = Election("a", ClusterRole.DeliverySender);
        var (receiver, receiverStop) = Election("b", ClusterRole.UpdateReceiver);

        await sender.WaitAsync(senderStop, CancellationToken.None).WaitAsync(Generous);
        await receiver.WaitAsync(receiverStop, CancellationToken.None).WaitAsync(Generous);

        Assert.Equal(2, await CountLockHoldersAsync());
    }

    private (AdvisoryLockElection Election, CancellationToken Stop) Election(string instanceId, ClusterRole role = ClusterRole.DeliverySender)
    {
        var stop = new CancellationTokenSource();
        _stops.Add(stop);
        var connectionString = new ClusterDatabase(_database.ConnectionString).DedicatedFor(role, instanceId);
        return (new AdvisoryLockElection(role, connectionString, instanceId, Fast, TimeProvider.System, NullLogger.Instance), stop.Token);
    }

    private async Task<long> CountLockHoldersAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT COUNT(*) FROM pg_locks WHERE {ThisDatabasesLocks}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>What a PostgreSQL restart or a dropped connection does to the holder: its session ends under it.</summary>
    private async Task TerminateHolderAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE {ThisDatabasesLocks}", connection);
        await command.ExecuteNonQueryAsync();
    }
}
