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
    public void Reserve_ManyChatsAtOnce_SpacesSlotsByTheGlobalRate()
    {
        var pacer = Pacer(globalPerSecond: 25);

        var slots = Enumerable.Range(1, 50).Select(chat => pacer.Reserve(chat, ChatKind.Private)).ToList();

        Assert.All(slots, s => Assert.True(s.IsReserved));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => Start + TimeSpan.FromMilliseconds(40 * i)), slots.Select(s => s.At));
    }

    [Fact]
    public void Reserve_SamePrivateChatWithinASecond_ReturnsBusyUntilOneSecondAfterItsSlot()
    {
        var pacer = Pacer();
        pacer.Reserve(7, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        var second = pacer.Reserve(7, ChatKind.Private);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var third = pacer.Reserve(7, ChatKind.Private);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(1)), second);
        Assert.Equal(PaceDecision.Reserved(Start + TimeSpan.FromSeconds(1)), third);
    }

    [Fact]
    public void Reserve_GroupChat_AllowsGroupPerMinute()
    {
        var pacer = Pacer(groupPerMinute: 20);
        pacer.Reserve(-100, ChatKind.Group);
        _clock.Advance(TimeSpan.FromSeconds(2.9));

        var early = pacer.Reserve(-100, ChatKind.Group);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var onTime = pacer.Reserve(-100, ChatKind.Group);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(3)), early);
        Assert.True(onTime.IsReserved);
    }

    [Fact]
    public void OnRateLimited_OneChat_BlocksThatChatOnly()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(7, TimeSpan.FromSeconds(5));

        var limited = pacer.Reserve(7, ChatKind.Private);
        var other = pacer.Reserve(8, ChatKind.Private);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(5)), limited);
        Assert.Equal(PaceDecision.Reserved(Start), other);
    }

    [Fact]
    public void OnRateLimited_TwoChatsWithinASecond_DelaysEveryChatByRetryAfter()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(7, TimeSpan.FromSeconds(3));
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        pacer.OnRateLimited(8, TimeSpan.FromSeconds(4));

        var blockedUntil = pacer.GlobalFreeAt;
        var other = pacer.Reserve(9, ChatKind.Private);

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(4), blockedUntil);
        Assert.Equal(PaceDecision.Reserved(_clock.GetUtcNow() + TimeSpan.FromSeconds(4)), other);
    }

    [Fact]
    public void OnMigrated_ChatWaiting_KeepsItsPaceUnderTheNewId()
    {
        var pacer = Pacer();
        pacer.OnRateLimited(-1, TimeSpan.FromSeconds(10));

        pacer.OnMigrated(-1, -1001);

        Assert.Equal(PaceDecision.ChatBusyUntil(Start + TimeSpan.FromSeconds(10)), pacer.Reserve(-1001, ChatKind.Group));
        Assert.True(pacer.Reserve(-1, ChatKind.Group).IsReserved);
    }
}
