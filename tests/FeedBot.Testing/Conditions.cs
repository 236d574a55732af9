namespace FeedBot.Testing;

/// <summary>Waits on a condition (never a fixed sleep), polling it, with a generous deadline and a message saying what was awaited.</summary>
public static class Conditions
{
    public static Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what, Func<string>? diagnostics = null) =>
        WaitAsync(() => Task.FromResult(condition()), timeout, what, diagnostics);

    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached within {timeout}: {what}.{(diagnostics is null ? "" : Environment.NewLine + diagnostics())}");
            }

            await Task.Delay(100);
        }
    }
}
