using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>The fake Bot API's limits must catch a sender that runs over them, or "zero limit violations" proves nothing.</summary>
public sealed class FakeRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(32)]
    [InlineData(45)]
    public void TryAcquire_SenderOverTheGlobalRate_IsAnswered429WithinAFanOut(int sendsPerSecond)
    {
        var limiter = new FakeRateLimiter(new FakeBotLimits { GlobalPerSecond = 30 });

        var limited = Enumerable.Range(0, 300)
            .Count(i => limiter.TryAcquire(i + 1, Start + TimeSpan.FromSeconds(i / (double)sendsPerSecond)) is not null);

        Assert.True(limited > 0, $"a sender at {sendsPerSecond}/s against 30/s was never limited");
    }

    [Fact]
    public void TryAcquire_PacedAtTheRateButArrivingInBunchesOfFive_IsNotLimited()
    {
        var limiter = new FakeRateLimiter(new FakeBotLimits { GlobalPerSecond = 30 });

        var limited = Enumerable.Range(0, 300)
            .Count(i => limiter.TryAcquire(i + 1, Start + TimeSpan.FromSeconds(i / 5 * 5 / 30.0 + 0.15)) is not null);

        Assert.Equal(0, limited);
    }

    [Fact]
    public void TryAcquire_SamePrivateChatTwiceWithin800Milliseconds_SecondIsLimited()
    {
        var limiter = new FakeRateLimiter(new FakeBotLimits());

        Assert.Null(limiter.TryAcquire(7, Start));
        Assert.NotNull(limiter.TryAcquire(7, Start + TimeSpan.FromMilliseconds(800)));
        Assert.Null(limiter.TryAcquire(7, Start + TimeSpan.FromMilliseconds(1000)));
    }
}
