using System.Globalization;

namespace FeedBot.Worker.Serving;

/// <summary>Every Vietnamese text of the home page, in one place. Texts with <c>{0}</c> are composite formats.</summary>
internal static class HomeTexts
{
    public const string PageTitle = "FeedBot: tin mới của Bộ Y tế, RSS, Atom, JSON Feed và Telegram";
    public const string Heading = "FeedBot: tin mới của Bộ Y tế";
    public const string Intro = "Tin mới từ moh.gov.vn, đọc trên điện thoại, trong trình đọc tin (RSS, Atom, JSON Feed) hoặc qua Telegram. Mọi giờ là giờ Việt Nam (UTC+7).";

    public const string SearchHeading = "Tìm tin";
    public const string SearchLabel = "Từ khóa";
    public const string SearchButton = "Tìm";
    public const string SearchHint = "Không cần gõ dấu: “bo truong” tìm được “Bộ trưởng”. Tin phải có đủ mọi từ; thêm dấu trừ trước một từ (-họp) để loại tin có từ đó.";
    public const string ResultsHeading = "Kết quả cho “{0}”";
    public const string ResultsCount = "{0} tin khớp, mới nhất trước (tìm trong {1} tin gần nhất của mỗi nguồn).";
    public const string ResultsMore = "Chỉ hiện {0} tin đầu; thêm từ để thu hẹp kết quả.";
    public const string NoResults = "Không có tin nào khớp. Thử ít từ hơn hoặc từ khác.";
    public const string SearchFeeds = "Theo dõi tìm kiếm này trong trình đọc tin:";
    public const string BadQuery = "Không tìm được: từ khóa phải là một chuỗi dài tối đa {0} ký tự. Hãy nhập từ khóa ngắn hơn.";
    public const string ClearSearch = "Xóa tìm kiếm";

    public const string PeopleHeading = "Lãnh đạo Bộ";
    public const string PeopleIntro = "Chọn tên một người để tìm các tin có tên người đó, hoặc theo dõi riêng tin về người đó trong trình đọc tin.";
    public const string PersonFeed = "{0}: tin về {1}";
    public const string PersonFeedOfSource = "{0}: tin về {1}, {2}";

    public const string LatestHeading = "Tin mới";
    public const string NoItems = "Chưa có tin nào.";
    public const string SourceLink = "Xem trên trang gốc: ";
    public const string SourceOf = "Nguồn: ";

    public const string SubscribeHeading = "Đăng ký nhận tin";
    public const string SubscribeIntro = "Dán một địa chỉ dưới đây vào trình đọc tin (Feedly, Inoreader, Thunderbird, newsboat…), hoặc nhập tất cả cùng lúc bằng ";
    public const string Opml = "danh sách OPML";
    public const string Telegram = "Nhận qua Telegram";
    public const string TelegramAbout = "Mở bot Telegram @{0} và đăng ký nguồn này.";

    public const string Footer = "Tin được lấy tự động từ trang nguồn và giữ nguyên nội dung; bản gốc ở trang nguồn.";

    /// <summary>One of these composite texts with its arguments, culture-invariant (numbers as digits only); not escaped.</summary>
    public static string Format(string text, params object[] args) => string.Format(CultureInfo.InvariantCulture, text, args);
}
