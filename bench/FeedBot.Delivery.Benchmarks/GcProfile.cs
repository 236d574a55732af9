namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// Runtime settings a worker process is started with, as <c>DOTNET_*</c> environment variables (they win over the
/// worker's runtimeconfig.json). <see cref="Shipped"/> is what the worker's csproj sets; every other profile is .NET 10's
/// defaults for an ASP.NET Core app (<see cref="WebDefault"/>) with a few knobs changed, all given explicitly so that the
/// shipped runtimeconfig does not leak into them.
/// </summary>
public sealed record GcProfile(string Name, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The worker as built: its runtimeconfig.json alone.</summary>
    public static readonly GcProfile Shipped = new("shipped", new Dictionary<string, string>());

    /// <summary>The shipped runtimeconfig without its 4 MB cap on gen0's budget (<c>System.GC.Gen0MaxBudget</c>): the release before.</summary>
    public static readonly GcProfile NoGen0Cap = new("shipped-no-gen0-cap", new Dictionary<string, string> { ["DOTNET_GCGen0MaxBudget"] = "0" });

    /// <summary>Server GC with DATAS, background GC, tiered compilation with dynamic PGO, ReadyToRun code.</summary>
    public static readonly GcProfile WebDefault = Of("server-datas");

    public static IEnumerable<GcProfile> All =>
    [
        WebDefault,
        Of("server-no-datas", ("GCDynamicAdaptationMode", "0")),
        Of("workstation", ("gcServer", "0")),
        Of("workstation-nonconcurrent", ("gcServer", "0"), ("gcConcurrent", "0")),
        Of("workstation-conserve5", ("gcServer", "0"), ("GCConserveMemory", "5")),
        Of("workstation-no-pgo", ("gcServer", "0"), ("TieredPGO", "0")),
        Of("workstation-no-tiering", ("gcServer", "0"), ("TieredCompilation", "0")),
        Of("workstation-no-readytorun", ("gcServer", "0"), ("ReadyToRun", "0")),
        Of("workstation-no-wxorx", ("gcServer", "0"), ("EnableWriteXorExecute", "0")),
        Of("workstation-gen0-4mb", ("gcServer", "0"), ("GCgen0size", "0x400000")),
        Of("workstation-heap-limit-256mb", ("gcServer", "0"), ("GCHeapHardLimit", "0x10000000")),
        Shipped,
        NoGen0Cap,
    ];

    /// <summary><paramref name="profiles"/>, or only those named in <c>FEEDBOT_BENCH_PROFILES</c> (comma-separated) when it is set.</summary>
    public static IEnumerable<GcProfile> Selected(IEnumerable<GcProfile> profiles)
    {
        var names = System.Environment.GetEnvironmentVariable("FEEDBOT_BENCH_PROFILES")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names is { Length: > 0 } ? profiles.Where(p => names.Contains(p.Name, StringComparer.Ordinal)) : profiles;
    }

    public override string ToString() => Name;

    private static GcProfile Of(string name, params (string Knob, string Value)[] changes)
    {
        var knobs = new Dictionary<string, string>
        {
            ["gcServer"] = "1", ["gcConcurrent"] = "1", ["GCDynamicAdaptationMode"] = "1", ["GCConserveMemory"] = "0",
            ["TieredCompilation"] = "1", ["TieredPGO"] = "1", ["ReadyToRun"] = "1", ["EnableWriteXorExecute"] = "1", ["GCHeapHardLimit"] = "0",
            ["GCGen0MaxBudget"] = "0",
        };
        foreach (var (knob, value) in changes)
        {
            knobs[knob] = value;
        }

        return new GcProfile(name, knobs.ToDictionary(k => $"DOTNET_{k.Key}", k => k.Value));
    }
}
