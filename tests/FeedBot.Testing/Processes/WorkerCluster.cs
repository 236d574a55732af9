using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FeedBot.Testing.Processes;

/// <summary>
/// Several real worker processes on one PostgreSQL database: one cluster. Each gets the shared settings, the Postgres
/// provider and connection string, its own <c>FeedBot:Cluster:InstanceId</c> (<c>node-1</c>…) and a User-Agent naming
/// it, so the fake site can tell which instance fetched a page. Killed with kill -9 (<see cref="Kill"/>) or on dispose.
/// </summary>
public sealed class WorkerCluster : IDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly List<WorkerProcess> _workers = [];

    private WorkerCluster(IReadOnlyDictionary<string, string> environment)
    {
        _environment = environment;
    }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every worker started, killed ones included, in start order (node-1 first).</summary>
    public IReadOnlyList<WorkerProcess> Workers => _workers;

    public IEnumerable<WorkerProcess> Running => _workers.Where(w => !w.HasExited);

    /// <summary>Starts <paramref name="count"/> workers at once and waits until each listens.</summary>
    public static async Task<WorkerCluster> StartAsync(int count, string postgresConnectionString, IReadOnlyDictionary<string, string> environment)
    {
        var cluster = new WorkerCluster(new Dictionary<string, string>(environment)
        {
            ["FeedBot__Storage__Provider"] = "Postgres",
            ["FeedBot__Storage__Postgres__ConnectionString"] = postgresConnectionString,
        });
        for (var i = 0; i < count; i++)
        {
            cluster.StartOne();
        }

        await Task.WhenAll(cluster._workers.Select(w => w.WaitForListeningAsync(StartTimeout)));
        return cluster;
    }

    public static string InstanceIdOf(int index) => $"node-{index + 1}";

    public static string UserAgentOf(string instanceId) => $"FeedBot-test/{instanceId}";

    public string InstanceIdOf(WorkerProcess worker) => InstanceIdOf(_workers.IndexOf(worker));

    /// <summary>Starts one more instance (node-N) and returns it; call <see cref="WorkerProcess.WaitForListeningAsync"/>.</summary>
    public WorkerProcess StartOne()
    {
        var instanceId = InstanceIdOf(_workers.Count);
        var environment = new Dictionary<string, string>(_environment)
        {
            ["FeedBot__Cluster__InstanceId"] = instanceId,
            ["FeedBot__Fetch__UserAgent"] = UserAgentOf(instanceId),
        };
        var worker = WorkerProcess.Start(environment);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>kill -9 of one instance.</summary>
    public static void Kill(WorkerProcess worker) => worker.Kill();

    /// <summary>The instance's <c>/healthz</c> body (200 or 503 alike).</summary>
    public async Task<JsonObject> HealthAsync(WorkerProcess worker)
    {
        using var response = await Http.GetAsync(new Uri(worker.BaseUrl, "/healthz"));
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidDataException("/healthz answered no JSON.");
    }

    /// <summary>Whether <c>/healthz</c> says the instance holds <paramref name="role"/> (<c>deliverySender</c>, <c>updateReceiver</c>).</summary>
    public async Task<bool> HoldsAsync(WorkerProcess worker, string role)
    {
        if (worker.HasExited)
        {
            return false;
        }

        try
        {
            var health = await HealthAsync(worker);
            return (bool?)health["checks"]?["cluster"]?["data"]?[role] == true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The running instances that say they hold <paramref name="role"/>.</summary>
    public async Task<IReadOnlyList<WorkerProcess>> HoldersAsync(string role)
    {
        var holders = new List<WorkerProcess>();
        foreach (var worker in Running.ToList())
        {
            if (await HoldsAsync(worker, role))
            {
                holders.Add(worker);
            }
        }

        return holders;
    }

    /// <summary>Waits until exactly one running instance holds <paramref name="role"/> and returns it.</summary>
    public async Task<WorkerProcess> WaitForSoleHolderAsync(string role, TimeSpan timeout)
    {
        IReadOnlyList<WorkerProcess> holders = [];
        await Conditions.WaitAsync(
            async () => (holders = await HoldersAsync(role)).Count == 1, timeout, $"exactly one instance holding {role}", Output);
        return holders[0];
    }

    /// <summary>The recent output of every worker, for failure messages.</summary>
    public string Output() => string.Join(
        Environment.NewLine,
        _workers.Select((w, i) => $"--- {InstanceIdOf(i)} (exited: {w.HasExited}) ---{Environment.NewLine}{w.RecentOutput}"));

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }

        Http.Dispose();
    }
}
