using System.Text;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

public sealed class PersonHashtagTests
{
    [Theory]
    [InlineData("Đào Hồng Lan", "#ĐàoHồngLan")]
    [InlineData("Nguyễn Thị Liên Hương", "#NguyễnThịLiênHương")]
    [InlineData("Trần Văn Thuấn", "#TrầnVănThuấn")]
    [InlineData("đỗ xuân tuyên", "#ĐỗXuânTuyên")]
    [InlineData("Mary-Jane O'Neil Jr.", "#MaryJaneONeilJr")]
    [InlineData("Nguyễn Văn 2", "#NguyễnVăn2")]
    public void For_Name_OneTagTelegramFindsWhole(string name, string expected)
    {
        var tag = PersonHashtag.For(name);

        Assert.Equal(expected, tag);
        var text = $"Tin mới\n\n{tag} và chữ";
        var entity = Assert.Single(FakeHashtags.Find(text));
        Assert.Equal(tag, entity.Of(text));
    }

    [Fact]
    public void For_DecomposedName_TheSameTagAsComposed()
    {
        var decomposed = "Đào Hồng Lan".Normalize(NormalizationForm.FormD);

        Assert.Equal("#ĐàoHồngLan", PersonHashtag.For(decomposed));
    }

    [Fact]
    public void Find_DecomposedTag_TelegramStopsAtTheFirstAccent()
    {
        var decomposed = "#ĐàoHồngLan".Normalize(NormalizationForm.FormD);

        Assert.Equal("#Đa", Assert.Single(FakeHashtags.Find(decomposed)).Of(decomposed));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("-- . --")]
    [InlineData("")]
    public void For_NoLetter_NoTag(string name)
    {
        Assert.Null(PersonHashtag.For(name));
    }

    [Fact]
    public void For_VeryLongName_At256CharactersLikeTelegram()
    {
        var tag = PersonHashtag.For(string.Concat(Enumerable.Repeat("Lan ", 100)))!;

        Assert.Equal(257, tag.Length);
        Assert.Equal(tag, Assert.Single(FakeHashtags.Find(tag)).Of(tag));
    }
}
