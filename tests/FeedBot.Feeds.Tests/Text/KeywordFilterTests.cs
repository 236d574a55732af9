using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Tests.Text;

public sealed class KeywordFilterTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NoWords_IsTheSharedFilterThatMatchesEverything(string? query)
    {
        var filter = KeywordFilter.Parse(query);

        Assert.Same(KeywordFilter.None, filter);
        Assert.True(filter.IsEmpty);
        Assert.Equal("", filter.Text);
        Assert.True(filter.Matches("Bộ trưởng Đào Hồng Lan", null));
    }

    [Theory]
    [InlineData("bo truong", "Bộ trưởng làm việc", true)]
    [InlineData("BỘ TRƯỞNG", "bộ trưởng làm việc", true)]
    [InlineData("bo truong", "Thứ trưởng làm việc", false)]
    [InlineData("lam viec -covid", "Bộ trưởng làm việc về COVID", false)]
    [InlineData("lam viec -covid", "Bộ trưởng làm việc", true)]
    public void Matches_Words_AllRequiredNoneExcludedDiacriticsIgnored(string query, string title, bool expected)
    {
        var filter = KeywordFilter.Parse(query);

        Assert.False(filter.IsEmpty);
        Assert.Equal(expected, filter.Matches(title));
    }

    [Fact]
    public void Parse_SpacedWords_KeepsTheTrimmedQueryAsText()
    {
        Assert.Equal("lam viec -covid", KeywordFilter.Parse("  lam   viec -covid ").Text);
    }
}
