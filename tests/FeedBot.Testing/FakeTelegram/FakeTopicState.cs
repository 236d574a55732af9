namespace FeedBot.Testing.FakeTelegram;

/// <summary>A forum topic of the fake Bot API: open, closed by an admin, or deleted.</summary>
public enum FakeTopicState
{
    Open,
    Closed,
    Deleted,
}
