using Npgsql;

namespace FeedBot.Worker.Cluster;

/// <summary>
/// One role's election: a dedicated, unpooled connection asks <c>pg_try_advisory_lock</c> every <c>Retry</c> until it is
/// granted, then proves it still holds it with a heartbeat every <c>Heartbeat</c>. The term (a cancellation token) ends
/// the moment a heartbeat fails, or when none has succeeded for <c>Lease</c>; the connection is then dropped (which frees
/// the lock on the server, if the server still sees it) and the election starts over. A killed holder's connection
/// closes with its process, so the lock is free at once; a holder cut off from the network is dropped by the server
/// after <c>SessionTimeout</c> of silence.
/// </summary>
internal sealed class AdvisoryLockElection(
    ClusterRole role, string connectionString, string instanceId, LeadershipTimings timings, TimeProvider clock, ILogger logger)
{
    /// <summary>The first key of every FeedBot advisory lock (<c>pg_locks.classid</c>); the role is the second.</summary>
    public const int LockSpace = 0x46426F74; // "FBot"

    private readonly Lock _gate = new();
    private TaskCompletionSource<CancellationToken> _term = NewTerm();
    private CancellationTokenSource? _lease;
    private Task? _loop;

    public bool IsHeld => _lease is { IsCancellationRequested: false };

    public async Task<CancellationToken> WaitAsync(CancellationToken stopping, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _loop ??= Task.Run(() => RunAsync(stopping), CancellationToken.None);
        }

        while (true)
        {
            Task<CancellationToken> term;
            lock (_gate)
            {
                term = _term.Task;
            }

            var token = await term.WaitAsync(cancellationToken);
            if (!token.IsCancellationRequested)
            {
                return token;
            }
        }
    }

    public Task Completion => _loop ?? Task.CompletedTask;

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await CampaignAsync(stopping);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Instance {InstanceId}: the connection behind the {Role} election failed; trying again in {Retry}", instanceId, role, timings.Retry);
            }
            catch (OperationCanceledException)
            {
                // Shutting down: closing the connection releases the lock for the others at once.
            }
            finally
            {
                EndTerm();
            }

            await DelayAsync(timings.Retry, stopping);
        }
    }

    private async Task CampaignAsync(CancellationToken stopping)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stopping);
        await ExecuteAsync(connection, $"SET idle_session_timeout = {(long)timings.SessionTimeout.TotalMilliseconds}", stopping);
        while (!await ExecuteAsync(connection, $"SELECT pg_try_advisory_lock({LockSpace}, {(int)role})", stopping))
        {
            await Task.Delay(timings.Retry, clock, stopping);
        }

        logger.LogInformation("Instance {InstanceId} took the {Role} lock; starting in {Settle}", instanceId, role, timings.Settle);
        var startAt = clock.GetUtcNow() + timings.Settle;
        var lease = new CancellationTokenSource(timings.Lease, clock);
        using var _ = stopping.Register(lease.Cancel);
        while (true)
        {
            await ExecuteAsync(connection, "SELECT true", stopping);
            lease.CancelAfter(timings.Lease);
            if (_lease is null && clock.GetUtcNow() >= startAt)
            {
                BeginTerm(lease);
            }

            await Task.Delay(timings.Heartbeat, clock, stopping);
            if (lease.IsCancellationRequested)
            {
                throw new TimeoutException($"No heartbeat succeeded for {timings.Lease}.");
            }
        }
    }

    /// <summary>One query, bounded by <c>QueryTimeout</c>; a timeout or a broken connection throws.</summary>
    private async Task<bool> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(timings.QueryTimeout);
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return await command.ExecuteScalarAsync(timeout.Token) is true;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            throw new TimeoutException($"The database did not answer within {timings.QueryTimeout}.");
        }
    }

    private void BeginTerm(CancellationTokenSource lease)
    {
        lock (_gate)
        {
            _lease = lease;
            _term.TrySetResult(lease.Token);
        }

        logger.LogInformation("Instance {InstanceId} is now the cluster's {Role}", instanceId, role);
    }

    /// <summary>A new pending term is in place before the old token is cancelled, so waiters woken by the cancellation
    /// wait for the next term instead of seeing the old one again.</summary>
    private void EndTerm()
    {
        CancellationTokenSource? lease;
        lock (_gate)
        {
            lease = _lease;
            _lease = null;
            if (_term.Task.IsCompleted)
            {
                _term = NewTerm();
            }
        }

        if (lease is not null)
        {
            // Not disposed: consumers still link to its token; a cancelled source has already released its timer.
            lease.Cancel();
            logger.LogWarning("Instance {InstanceId} is no longer the cluster's {Role}", instanceId, role);
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, clock, stopping);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private static TaskCompletionSource<CancellationToken> NewTerm() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
