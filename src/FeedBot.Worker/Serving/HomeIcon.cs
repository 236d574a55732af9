using System.Text;

namespace FeedBot.Worker.Serving;

/// <summary>The site's icon, <c>/favicon.svg</c>: a feed symbol in the page's blue, so browsers find an icon and
/// ask for no <c>/favicon.ico</c> (which would be a 404 on every visit).</summary>
public static class HomeIcon
{
    public const string Path = "favicon.svg";

    public const string MediaType = "image/svg+xml";

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#0a4fa3\"/>"
        + "<circle cx=\"4.5\" cy=\"11.5\" r=\"1.5\" fill=\"#fff\"/><path d=\"M3 7a6 6 0 0 1 6 6M3 3.5a9.5 9.5 0 0 1 9.5 9.5\" "
        + "stroke=\"#fff\" stroke-width=\"1.8\" fill=\"none\" stroke-linecap=\"round\"/></svg>");
}
