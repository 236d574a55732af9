using FeedBot.Feeds.People;
using FeedBot.Worker.Serving;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FeedBot.Worker.Tests.Serving;

/// <summary><c>person</c> in <see cref="FeedQuery.Parse"/>: none (everyone's items, nothing allocated for it), one,
/// several (one key whatever their order), and an unknown id (the 400 text).</summary>
public sealed class FeedQueryTests
{
    private const string Lan = "dao-hong-lan", Thuc = "nguyen-tri-thuc";

    private static readonly PeopleOptions People = new()
    {
        People =
        [
            new PersonOptions { Id = Lan, Name = "Đào Hồng Lan", Role = "Bộ trưởng" },
            new PersonOptions { Id = Thuc, Name = "Nguyễn Tri Thức", Role = "Thứ trưởng" },
        ],
    };

    [Fact]
    public void Parse_NoPerson_EveryonesItemsWithTheSharedEmptyListAndKey()
    {
        var query = Parse("?limit=5", People, out var error);

        Assert.Null(error);
        Assert.Equal(5, query!.Limit);
        Assert.Same(Array.Empty<string>(), query.People);
        Assert.Same(string.Empty, query.PeopleKey);
    }

    [Fact]
    public void Parse_OnePerson_ThatIdAsTheKey()
    {
        var query = Parse($"?person={Lan}", People, out var error);

        Assert.Null(error);
        Assert.Equal([Lan], query!.People);
        Assert.Equal(Lan, query.PeopleKey);
    }

    [Fact]
    public void Parse_SeveralPeopleInAnyOrderOrRepeated_DistinctSortedAndOneKey()
    {
        var query = Parse($"?person={Thuc}&person={Lan}&person={Thuc}", People, out var error);
        var reversed = Parse($"?person={Lan}&person={Thuc}", People, out _);

        Assert.Null(error);
        Assert.Equal([Lan, Thuc], query!.People);
        Assert.Equal($"{Lan},{Thuc}", query.PeopleKey);
        Assert.Equal(query.PeopleKey, reversed!.PeopleKey);
    }

    [Fact]
    public void PeopleKey_CopyWithOtherPeople_IsTheCopysOwnKey()
    {
        var query = Parse($"?person={Thuc}&person={Lan}", People, out _);

        var copy = query! with { People = [Lan] };

        Assert.Equal(Lan, copy.PeopleKey);
        Assert.Equal($"{Lan},{Thuc}", query.PeopleKey);
    }

    [Theory]
    [InlineData("?person=someone")]
    [InlineData($"?person={Lan}&person=someone")]
    public void Parse_UnknownPerson_NullAndTheTextListingTheIds(string queryString)
    {
        var query = Parse(queryString, People, out var error);

        Assert.Null(query);
        Assert.Equal(
            $"person must be one of {Lan}, {Thuc} (repeat person for any of several); 'someone' is not a person's id.", error);
    }

    [Fact]
    public void Parse_PersonWithNoPeopleConfigured_NullAndTheTextSayingSo()
    {
        var query = Parse("?person=someone", new PeopleOptions(), out var error);

        Assert.Null(query);
        Assert.Equal("person must be a person's id, but no people are configured (FeedBot:People); 'someone' is not one.", error);
    }

    private static FeedQuery? Parse(string queryString, PeopleOptions people, out string? error) =>
        FeedQuery.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)), new FeedOptions(), people, out error);
}
