using FeedBot.Worker.Delivery.Storage;
using System.Globalization;
using FeedBot.Worker.Telegram;

namespace FeedBot.Worker.Delivery;

/// <summary>The outbox lines of the admin /stats answer.</summary>
internal sealed class DeliveryStatsContributor(IDeliveryStatsReader stats, DeliveryState state) : IStatsContributor
{
    public async Task<IReadOnlyList<string>> GetLinesAsync(string language, CancellationToken cancellationToken)
    {
        var s = await stats.ReadAsync(cancellationToken);
        var en = language == "en";
        var age = s.OldestPendingAge is { } a ? a.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "-";
        var rate = s.SendRatePerSecond.ToString("0.##", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            en
                ? $"Deliveries: {s.Pending} pending, {s.Held} held, {s.Sent} sent, {s.Failed} failed, {s.Cancelled} cancelled"
                : $"Gửi tin: {s.Pending} đang chờ, {s.Held} tạm giữ, {s.Sent} đã gửi, {s.Failed} lỗi, {s.Cancelled} đã huỷ",
            en
                ? $"Oldest pending: {age}; send rate (last minute): {rate} msg/s"
                : $"Tin chờ lâu nhất: {age}; tốc độ gửi (phút vừa qua): {rate} tin/giây",
        };
        if (state.StoppedReason is { } reason)
        {
            lines.Add(en ? $"Delivery STOPPED: Telegram refused the token ({reason})" : $"ĐÃ DỪNG gửi tin: Telegram từ chối token ({reason})");
        }

        return lines;
    }
}
