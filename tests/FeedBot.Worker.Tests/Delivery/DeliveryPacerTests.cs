using FeedBot.Testing;
using FeedBot.Worker.Delivery;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Delivery;

public sealed class DeliveryPacerTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);

    private DeliveryPacer Pacer(int globalPerSecond = 25, int groupPerMinute = 18) =>
        new(Options.Create(new DeliveryOptions { GlobalPerSecond = globalPerSecond, GroupPerMinute = groupPerMinute }), _clock);

    [Fact]
    public void TryAcquire_ManyChatsAtOnce_GrantsOneSlotPerGlobalInterval()
    {
        var pacer = Pacer(globalPerSecond: 25);

        var first = pacer.TryAcquire(1, ChatKind.Private);
        var second = pacer.TryAcquire(2, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(35));
        var withinAllowance = pacer.TryAcquire(3, ChatKind.Private);

        Assert.Equal(PaceDecision.Reserved(Start), first);
        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromMilliseconds(40) - DeliveryPacer.Allowance), second);
        Assert.Equal(PaceDecision.Reserved(_clock.GetUtcNow()), withinAllowance);
        Assert.Equal(Start + TimeSpan.FromMilliseconds(80), pacer.GlobalFreeAt);
    }

    [Fact]
    public void ReleaseChat_SendTookLongerThanTheInterval_NextSendWaitsAFullIntervalAfterItEnded()
    {
        var pacer = Pacer();
        pacer.TryClaimChat(7);
        pacer.TryAcquire(7, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        pacer.ReleaseChat(7);
        _clock.Advance(TimeSpan.FromMilliseconds(800));

        var early = pacer.TryClaimChat(7);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        var onTime = pacer.TryClaimChat(7);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromMilliseconds(1300)), early);
        Assert.Equal(PaceDecision.Reserved(Start + TimeSpan.FromMilliseconds(1300)), onTime);
    }

    [Fact]
    public void ReleaseChat_ClaimedButNeverSent_LeavesTheChatFree()
    {
        var pacer = Pacer();
        pacer.TryClaimChat(7);
        pacer.ReleaseChat(7);

        Assert.Equal(PaceDecision.Reserved(Start), pacer.TryClaimChat(7));
    }

    [Fact]
    public void TryAcquire_SlotsTakenOverTenSeconds_NeverExceedTheGlobalRate()
    {
        var pacer = Pacer(globalPerSecond: 30);
        var granted = 0;
        for (var step = 0; step < 10_000; step++)
        {
            granted += pacer.TryAcquire(step, ChatKind.Private).IsReserved ? 1 : 0;
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.InRange(granted, 299, 301);
    }

    [Fact]
    public void TryAcquire_SamePrivateChatWithinASecond_WaitsUntilOneSecondAfterItsSend()
    {
        var pacer = Pacer();
        pacer.TryAcquire(7, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        var early = pacer.TryAcquire(7, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var onTime = pacer.TryAcquire(7, ChatKind.Private);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(1)), early);
        Assert.Equal(PaceDecision.Reserved(Start + TimeSpan.FromSeconds(1)), onTime);
    }

    [Fact]
    public void TryAcquire_GroupChat_AllowsGroupPerMinute()
    {
        var pacer = Pacer(groupPerMinute: 20);
        pacer.TryAcquire(-100, ChatKind.Group);
        _clock.Advance(TimeSpan.FromSeconds(2.9));

        var early = pacer.TryAcquire(-100, ChatKind.Group);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var onTime = pacer.TryAcquire(-100, ChatKind.Group);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(3)), early);
        Assert.True(onTime.IsReserved);
    }

    [Fact]
    public void TryClaimChat_SendInFlightOrChatWaiting_RefusesUntilReleasedAndFree()
    {
        var pacer = Pacer();
        var claimed = pacer.TryClaimChat(7);
        var whileInFlight = pacer.TryClaimChat(7);
        pacer.TryAcquire(7, ChatKind.Private);
        pacer.ReleaseChat(7);

        var whileWaiting = pacer.TryClaimChat(7);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(claimed.IsReserved);
        Assert.Equal(PaceDecision.ChatBusyUntil(DateTimeOffset.MaxValue), whileInFlight);
        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(1)), whileWaiting);
        Assert.True(pacer.TryClaimChat(7).IsReserved);
        Assert.True(pacer.TryClaimChat(8).IsReserved);
    }

    [Fact]
    public void OnRateLimited_OneChat_HoldsThatChatOnly()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(7, TimeSpan.FromSeconds(5));

        var limited = pacer.TryClaimChat(7);
        var other = pacer.TryAcquire(8, ChatKind.Private);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(5)), limited);
        Assert.Equal(PaceDecision.Reserved(Start), other);
    }

    [Fact]
    public void OnRateLimited_TwoChatsWithinASecond_HoldsEveryChatForRetryAfter()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(7, TimeSpan.FromSeconds(3));
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        pacer.OnRateLimited(8, TimeSpan.FromSeconds(4));
        var until = _clock.GetUtcNow() + TimeSpan.FromSeconds(4);

        var other = pacer.TryAcquire(9, ChatKind.Private);
        _clock.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(PaceDecision.ChatBusyUntil(until - DeliveryPacer.Allowance), other);
        Assert.True(pacer.TryAcquire(9, ChatKind.Private).IsReserved);
    }

    [Fact]
    public void OnMigrated_ChatWaiting_KeepsItsPaceUnderTheNewId()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(-1, TimeSpan.FromSeconds(10));

        pacer.OnMigrated(-1, -1001);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(10)), pacer.TryClaimChat(-1001));
        Assert.True(pacer.TryClaimChat(-1).IsReserved);
    }
}
