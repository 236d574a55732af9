using FeedBot.Worker.Jobs;

namespace FeedBot.Worker.Tests.Jobs;

public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 7, 43, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0/5 * * * ?", 300)]
    [InlineData("0 0/15 * * * ?", 900)]
    [InlineData("0 0 * * * ?", 3600)]
    [InlineData("0 0 8,17 * * ?", 9 * 3600)]
    public void IntervalAt_RegularCron_GapBetweenTheNextTwoFires(string cron, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), PollSchedule.IntervalAt(cron, Now));
    }

    [Theory]
    [InlineData("0 0 0 1 1 ? 2099")]
    [InlineData("not a cron")]
    [InlineData(null)]
    public void IntervalAt_OneShotOrInvalid_Null(string? cron)
    {
        Assert.Null(PollSchedule.IntervalAt(cron, Now));
    }
}
