using Microsoft.Extensions.Primitives;

namespace FeedBot.Worker.Serving;

/// <summary>
/// RFC 9110 §12.5.3 <c>Accept-Encoding</c>, read without allocating: q-values (thousandths), <c>*</c> for codings not
/// named, <c>x-gzip</c> as gzip. No header: identity. Identity is acceptable unless refused (<c>identity;q=0</c>, or
/// <c>*;q=0</c> without naming it), and is chosen over a coding only when given a higher q. Among equal q, brotli before
/// gzip (smaller). An element that cannot be read (a bad q, stray characters) is ignored, never an error.
/// </summary>
public static class AcceptEncoding
{
    private const int Unlisted = -1;

    public static ContentCoding Choose(StringValues header)
    {
        if (header.Count == 0)
        {
            return ContentCoding.Identity;
        }

        var weights = new Weights();
        foreach (var value in header)
        {
            Read(value.AsSpan(), ref weights);
        }

        return weights.Choose();
    }

    private static void Read(ReadOnlySpan<char> value, ref Weights weights)
    {
        while (!value.IsEmpty)
        {
            var comma = value.IndexOf(',');
            var element = comma < 0 ? value : value[..comma];
            value = comma < 0 ? [] : value[(comma + 1)..];
            var semicolon = element.IndexOf(';');
            var name = (semicolon < 0 ? element : element[..semicolon]).Trim(" \t");
            if (name.IsEmpty || !TryReadWeight(semicolon < 0 ? [] : element[(semicolon + 1)..], out var q))
            {
                continue;
            }

            weights.Set(name, q);
        }
    }

    /// <summary>The <c>q</c> parameter among <paramref name="parameters"/> (1000 when absent); false when it is malformed.</summary>
    private static bool TryReadWeight(ReadOnlySpan<char> parameters, out int q)
    {
        q = 1000;
        while (!parameters.IsEmpty)
        {
            var semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim(" \t");
            parameters = semicolon < 0 ? [] : parameters[(semicolon + 1)..];
            if (parameter.Length >= 2 && (parameter[0] | 0x20) == 'q' && parameter[1] == '=')
            {
                return TryParseQValue(parameter[2..], out q);
            }
        }

        return true;
    }

    /// <summary><c>qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )</c>, in thousandths.</summary>
    private static bool TryParseQValue(ReadOnlySpan<char> text, out int q)
    {
        q = 0;
        if (text.IsEmpty || text.Length > 5 || (text[0] != '0' && text[0] != '1') || (text.Length > 1 && text[1] != '.'))
        {
            return false;
        }

        var scale = 100;
        var fraction = 0;
        foreach (var digit in text.Length > 2 ? text[2..] : [])
        {
            if (digit is < '0' or > '9')
            {
                return false;
            }

            fraction += (digit - '0') * scale;
            scale /= 10;
        }

        q = (text[0] - '0') * 1000 + fraction;
        return q <= 1000;
    }

    private struct Weights()
    {
        private int _brotli = Unlisted;
        private int _gzip = Unlisted;
        private int _identity = Unlisted;
        private int _any = Unlisted;

        public void Set(ReadOnlySpan<char> name, int q)
        {
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                _brotli = Math.Max(_brotli, q);
            }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                _gzip = Math.Max(_gzip, q);
            }
            else if (name.Equals("identity", StringComparison.OrdinalIgnoreCase))
            {
                _identity = Math.Max(_identity, q);
            }
            else if (name is "*")
            {
                _any = Math.Max(_any, q);
            }
        }

        public readonly ContentCoding Choose()
        {
            var brotli = _brotli != Unlisted ? _brotli : Math.Max(_any, 0);
            var gzip = _gzip != Unlisted ? _gzip : Math.Max(_any, 0);
            var identity = _identity != Unlisted ? _identity : _any;
            var (coding, q) = brotli >= gzip ? (ContentCoding.Brotli, brotli) : (ContentCoding.Gzip, gzip);
            if (q > 0 && (identity == Unlisted || q >= identity))
            {
                return coding;
            }

            return identity != 0 ? ContentCoding.Identity : ContentCoding.NotAcceptable;
        }
    }
}
