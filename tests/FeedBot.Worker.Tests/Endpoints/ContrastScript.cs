namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// JavaScript run in the page: every element with its own visible text whose colour against the nearest opaque
/// background is below WCAG AA (4.5:1, or 3:1 for large text: 24 px, or 18.66 px bold), as "tag 'text' ratio".
/// </summary>
internal static class ContrastScript
{
    public const string LowContrastTexts = """
        (() => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = e => {
            for (; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const low = [];
          for (const e of document.body.querySelectorAll('*')) {
            const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
            const s = getComputedStyle(e);
            if (!own || s.visibility === 'hidden' || s.display === 'none') continue;
            const [a, b] = [lum(rgb(s.color).slice(0, 3)), lum(background(e))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) low.push(`${e.tagName.toLowerCase()} '${e.textContent.trim().slice(0, 40)}' ${ratio.toFixed(2)}`);
          }
          return low;
        })()
        """;
}
