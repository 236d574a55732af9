using FeedBot.Testing.Logging;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>One worker host long polling the fake Bot API, shared by the cases of a theory; it has handled one update
/// already, so its offset is known.</summary>
public sealed class PollingBotFixture : IAsyncLifetime
{
    public BotHarness Harness { get; private set; } = null!;

    public WorkerAppFactory App { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Harness = await BotHarness.StartAsync();
        App = Harness.CreateApp(logs: Logs);
        _ = App.Server;
        await Harness.AskAsync(39_999, "/help");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
