using System.Globalization;

namespace FeedBot.Worker.Tests.Metrics;

/// <summary>
/// One scrape in the Prometheus text exposition format (0.0.4), parsed: every sample line <c>name{label="v",…} value</c>.
/// <see cref="Value"/> sums the samples of a name whose labels include the given ones (0 when there is none).
/// </summary>
public sealed class PrometheusScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    private PrometheusScrape(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('#'))
            {
                _samples.Add(ParseSample(line));
            }
        }
    }

    public string Text { get; }

    public static PrometheusScrape Parse(string text) => new(text);

    public bool Has(string name) => _samples.Any(s => s.Name == name);

    public double Value(string name, params (string Label, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    private static (string, Dictionary<string, string>, double) ParseSample(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var end = brace < 0 ? line.IndexOf(' ', StringComparison.Ordinal) : line.LastIndexOf('}');
        var name = line[..(brace < 0 ? end : brace)];
        if (brace >= 0)
        {
            ParseLabels(line[(brace + 1)..end], labels);
        }

        var value = line[(end + 1)..].Trim().Split(' ')[0];
        return (name, labels, double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary><c>a="x",b="y \"q\""</c>: values are quoted, with <c>\\</c>, <c>\"</c> and <c>\n</c> escaped.</summary>
    private static void ParseLabels(string text, Dictionary<string, string> labels)
    {
        var i = 0;
        while (i < text.Length)
        {
            var equals = text.IndexOf('=', i);
            var key = text[i..equals].Trim(',', ' ');
            var value = new System.Text.StringBuilder();
            for (i = equals + 2; text[i] != '"'; i++)
            {
                value.Append(text[i] == '\\' ? Unescape(text[++i]) : text[i]);
            }

            labels[key] = value.ToString();
            i++;
        }
    }

    private static char Unescape(char c) => c == 'n' ? '\n' : c;
}
