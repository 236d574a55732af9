namespace FeedBot.Worker.Delivery;

/// <summary>
/// The pacer's answer: a reserved send time (<see cref="IsReserved"/>), or the time the chat may next receive a message.
/// </summary>
public readonly record struct PaceDecision(bool IsReserved, DateTimeOffset At)
{
    public static PaceDecision Reserved(DateTimeOffset at) => new(true, at);

    public static PaceDecision ChatBusyUntil(DateTimeOffset at) => new(false, at);
}
