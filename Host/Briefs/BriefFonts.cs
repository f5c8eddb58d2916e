namespace CaseFlow.Host.Briefs;

/// <summary>
/// The font stacks the briefs name, in HTML and in SVG alike (the one place for them): a Chinese font of every platform first —
/// Windows (Microsoft YaHei, SimSun), macOS (PingFang SC, Songti SC), Linux (Noto/Source Han, WenQuanYi) — so that no reader sees
/// empty boxes where a generic family alone would pick a font without Chinese.
/// </summary>
public static class BriefFonts
{
    /// <summary>The text's sans-serif stack.</summary>
    public const string Sans = "\"Microsoft YaHei\", \"PingFang SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", \"WenQuanYi Zen Hei\", sans-serif";

    /// <summary>The masthead's serif stack (a document's red head is set in a Song face where there is one), falling back to the sans stack.</summary>
    public const string Serif = "\"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"AR PL UMing CN\", " + Sans;

    /// <summary>The sans stack as an SVG attribute value (its quotes as the attribute's other kind).</summary>
    public static string SvgSans => Sans.Replace('"', '\'');
}
