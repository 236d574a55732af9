using FeedBot.Worker.Delivery;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Delivery;

public sealed class DeliveryBackoffTests
{
    private static DeliveryBackoff Backoff(double random) =>
        new(Options.Create(new DeliveryOptions { BackoffBaseSeconds = 2, BackoffMaxSeconds = 60 }), () => random);

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(2, 2, 4)]
    [InlineData(3, 4, 8)]
    [InlineData(5, 16, 32)]
    [InlineData(6, 30, 60)]
    [InlineData(1000, 30, 60)]
    public void DelayFor_Attempt_DoublesUpToTheMaximumWithJitterBetweenHalfAndAll(int attempt, double lowest, double highest)
    {
        Assert.Equal(TimeSpan.FromSeconds(lowest), Backoff(0).DelayFor(attempt));
        Assert.Equal(TimeSpan.FromSeconds(highest), Backoff(1).DelayFor(attempt));
        Assert.Equal(TimeSpan.FromSeconds((lowest + highest) / 2), Backoff(0.5).DelayFor(attempt));
    }
}
