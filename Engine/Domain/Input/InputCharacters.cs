using System.Globalization;
using System.Text;

namespace CaseFlow.Engine.Input;

/// <summary>
/// The one rule for which characters input may hold. Identifiers and keys hold no control character (C0, DEL, C1), no
/// bidirectional control and no zero-width character: any of them could make a key match another or an audit display lie.
/// Free text may hold tab, line feed and carriage return, and zero-width joiners (scripts and emoji need them), but no other
/// control character and no bidirectional override, embedding or isolate.
/// </summary>
public static class InputCharacters
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x0000] = "NULL",
        [0x0009] = "CHARACTER TABULATION",
        [0x000A] = "LINE FEED",
        [0x000D] = "CARRIAGE RETURN",
        [0x001B] = "ESCAPE",
        [0x007F] = "DELETE",
        [0x0085] = "NEXT LINE",
        [0x061C] = "ARABIC LETTER MARK",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
    };

    /// <summary>What is wrong with the characters of <paramref name="value"/>, as <paramref name="field"/>, or null when every one may be there.</summary>
    public static string? Problem(string field, string value, TextKind kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        var position = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            position++;
            if (Refused(rune.Value, kind))
            {
                var advice = kind == TextKind.Identifier
                    ? "identifiers and keys may hold no control, bidirectional or zero-width character"
                    : "text may hold tab and line breaks but no other control character and no bidirectional override or isolate";
                return $"{field} contains {Describe(rune)} at position {position}; remove it ({advice})";
            }
        }

        return null;
    }

    /// <summary>True when a code point is refused in a field of this kind.</summary>
    public static bool Refused(int codePoint, TextKind kind)
    {
        var control = codePoint is <= 0x1F or (>= 0x7F and <= 0x9F);
        var bidi = codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
        return kind switch
        {
            TextKind.Identifier => control || bidi || codePoint is 0x200E or 0x200F or 0x061C or (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF,
            _ => (control && codePoint is not (0x09 or 0x0A or 0x0D)) || bidi,
        };
    }

    private static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}";
        return Names.TryGetValue(rune.Value, out var name)
            ? $"{code} {name}"
            : $"{code} (a {(rune.Value <= 0x9F ? "control character" : "format character")})";
    }
}
