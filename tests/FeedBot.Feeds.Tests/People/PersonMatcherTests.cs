using System.Text;
using FeedBot.Feeds.People;
using static FeedBot.Feeds.Tests.People.PersonData;

namespace FeedBot.Feeds.Tests.People;

public sealed class PersonMatcherTests
{
    private readonly PersonMatcher _matcher = Matcher(
        Person("dao-hong-lan", "Đào Hồng Lan"),
        Person("nguyen-tri-thuc", "Nguyễn Tri Thức"),
        Person("tran-van-thuan", "Trần Văn Thuấn", "GS Thuấn"),
        Person("nguyen-thi-thu-thuy", "Nguyễn Thị Thu Thủy"));

    [Theory]
    [InlineData("Bộ trưởng Đào Hồng Lan tiếp đoàn UNICEF")]
    [InlineData("Bộ trưởng Bộ Y tế Đào Hồng Lan")]
    [InlineData("Đào Hồng Lan")]
    [InlineData("\"Đào Hồng Lan\": phát biểu")]
    [InlineData("(Đào Hồng Lan), Bộ trưởng")]
    [InlineData("ông/bà Đào Hồng Lan.")]
    [InlineData("«Đào Hồng Lan»")]
    [InlineData("đồng chí Đào Hồng Lan, Ủy viên Ban Chấp hành Trung ương Đảng")]
    public void MatchIds_NameWithPunctuationOrRoleAround_FindsThePerson(string text)
    {
        Assert.Equal(["dao-hong-lan"], _matcher.MatchIds(text));
    }

    [Theory]
    [InlineData("ĐÀO HỒNG LAN")]
    [InlineData("đào hồng lan")]
    [InlineData("Đào hồng LAN")]
    public void MatchIds_OtherCase_FindsThePerson(string text)
    {
        Assert.Equal(["dao-hong-lan"], _matcher.MatchIds(text));
    }

    [Theory]
    [InlineData("Thứ trưởng Nguyễn Tri Thúc")]
    [InlineData("Thứ trưởng Nguyễn Tri Thuc")]
    [InlineData("Thứ trưởng Nguyen Tri Thuc")]
    [InlineData("Thứ trưởng Nguyễn Trí Thức")]
    [InlineData("thúc đẩy tri thức")]
    public void MatchIds_DiacriticsDiffer_FindsNobody(string text)
    {
        Assert.Empty(_matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_ThucAndThuc_OnlyTheRightSpelling()
    {
        Assert.Equal(["nguyen-tri-thuc"], _matcher.MatchIds("Nguyễn Tri Thúc và Nguyễn Tri Thức"));
    }

    [Theory]
    [InlineData("Đào Hồng Lân")]
    [InlineData("Đào Hồng Lanh")]
    [InlineData("Đào Hồng Lans")]
    [InlineData("Đào Hồng Lan2")]
    [InlineData("XĐào Hồng Lan")]
    [InlineData("Đào Hồng Lan\u0323")]
    [InlineData("Đào Hồng")]
    [InlineData("Đào Hồng-Lan")]
    public void MatchIds_NameInsideALongerWordOrAnotherName_FindsNobody(string text)
    {
        Assert.Empty(_matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_DecomposedInput_FindsThePerson()
    {
        var text = "Thứ trưởng Bộ Y tế Nguyễn Tri Thức phát biểu; Bộ trưởng Đào Hồng Lan dự".Normalize(NormalizationForm.FormD);

        Assert.Equal(["dao-hong-lan", "nguyen-tri-thuc"], _matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_DecomposedConfiguredName_MatchesComposedText()
    {
        var matcher = Matcher(Person("nguyen-tri-thuc", "Nguyễn Tri Thức".Normalize(NormalizationForm.FormD)));

        Assert.Equal(["nguyen-tri-thuc"], matcher.MatchIds("TS.BSCKII Nguyễn Tri Thức, Thứ trưởng"));
    }

    [Theory]
    [InlineData("Đào\u00A0Hồng\u00A0Lan")]
    [InlineData("Đào  Hồng \t\n Lan")]
    [InlineData("Đào\u2009Hồng\u202FLan")]
    [InlineData("Đào\u200B Hồng Lan")]
    public void MatchIds_OtherWhitespaceBetweenWords_FindsThePerson(string text)
    {
        Assert.Equal(["dao-hong-lan"], _matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_TwoPeopleInOneText_BothInConfigurationOrder()
    {
        var ids = _matcher.MatchIds("Thứ trưởng Trần Văn Thuấn và Bộ trưởng Đào Hồng Lan; Đào Hồng Lan phát biểu");

        Assert.Equal(["dao-hong-lan", "tran-van-thuan"], ids);
    }

    [Fact]
    public void MatchIds_PeopleAcrossTitleSummaryAndArticle_EachOnce()
    {
        var ids = _matcher.MatchIds("Bộ trưởng Đào Hồng Lan", null, "", "GS Thuấn dự hội nghị", "Đào Hồng Lan");

        Assert.Equal(["dao-hong-lan", "tran-van-thuan"], ids);
    }

    [Fact]
    public void MatchIds_NameSplitAcrossTwoTexts_FindsNobody()
    {
        Assert.Empty(_matcher.MatchIds("Bộ trưởng Đào Hồng", "Lan tiếp đoàn"));
    }

    [Fact]
    public void MatchIds_Alias_FindsThePerson()
    {
        Assert.Equal(["tran-van-thuan"], _matcher.MatchIds("Đó là nhấn mạnh của GS Thuấn."));
    }

    [Theory]
    [InlineData("Bà Nguyễn Thị Thu Thủy")]
    [InlineData("Bà Nguyễn Thị Thu Thuỷ")]
    [InlineData("BÀ NGUYỄN THỊ THU THUỶ")]
    public void MatchIds_OldAndNewTonePlacement_SameName(string text)
    {
        Assert.Equal(["nguyen-thi-thu-thuy"], _matcher.MatchIds(text));
    }

    [Theory]
    [InlineData("Bà Nguyễn Thị Thu Thùy")]
    [InlineData("Bà Nguyễn Thị Thu Thuy")]
    public void MatchIds_OtherToneOnTheSameLetters_FindsNobody(string text)
    {
        Assert.Empty(_matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_EthInsteadOfVietnameseD_FindsThePerson()
    {
        Assert.Equal(["dao-hong-lan"], _matcher.MatchIds("Bộ trưởng \u00D0ào Hồng Lan"));
    }

    [Fact]
    public void MatchIds_RepeatedPartialMatchBeforeAWholeOne_FindsThePerson()
    {
        Assert.Equal(["dao-hong-lan"], _matcher.MatchIds("Đào Hồng Lanh, Đào Hồng Lan"));
    }

    [Fact]
    public void MatchIds_NoTexts_Empty()
    {
        Assert.Empty(_matcher.MatchIds());
        Assert.Empty(_matcher.MatchIds((string?)null));
    }

    [Fact]
    public void Match_ReturnsTheConfiguredPerson()
    {
        var person = Assert.Single(_matcher.Match("Thứ trưởng Nguyễn Tri Thức"));

        Assert.Same(_matcher.People[1], person);
        Assert.Equal("Nguyễn Tri Thức", person.Name);
    }

    [Fact]
    public void MatchIds_NobodyConfigured_Empty()
    {
        Assert.Empty(Matcher().MatchIds("Bộ trưởng Đào Hồng Lan"));
    }
}
