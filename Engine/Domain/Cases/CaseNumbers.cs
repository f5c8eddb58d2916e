using System.Globalization;
using System.Text.RegularExpressions;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// The case number people read and quote (工单编号): the township's code, the day the case was received in the township's time zone
/// and that day's sequence, e.g. <c>YHWX-20261201-0007</c> — four digits, more past 9999. The store hands out the sequence (unique per
/// code and day across every instance sharing it); this says what the number is made of and how it is written.
/// </summary>
public static partial class CaseNumbers
{
    /// <summary>How many characters a case number may have at most (a code of 12, the day, a sequence of up to 10 digits).</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// The code the township's case numbers start with, as its definition declares it (<c>organisation.township.code</c>); null when it
    /// declares none, and then its cases get no number: a number made up from anything else would start a second series the day a code
    /// is declared.
    /// </summary>
    public static string? Code(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Definition.Organisation.Township?.Code is { Length: > 0 } code ? code : null;
    }

    /// <summary>The day an instant falls on in the calendar's time zone (UTC without a calendar): the day of receipt a number carries.</summary>
    public static DateOnly Day(DateTimeOffset at, WorkingCalendar? calendar) =>
        DateOnly.FromDateTime((calendar is null ? at.ToUniversalTime() : calendar.Local(at)).DateTime);

    /// <summary>The number of the <paramref name="sequence"/>th case received on <paramref name="day"/> under <paramref name="code"/>.</summary>
    public static string Format(string code, DateOnly day, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return Prefix(code, day) + sequence.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>What every number of <paramref name="code"/> on <paramref name="day"/> starts with, e.g. <c>YHWX-20261201-</c>.</summary>
    public static string Prefix(string code, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return string.Create(CultureInfo.InvariantCulture, $"{code}-{day:yyyyMMdd}-");
    }

    /// <summary>True when the text is written as a case number is (a code, a day, a sequence of four digits or more).</summary>
    public static bool IsNumber(string? text) => text is { Length: > 0 and <= MaxLength } && Shape().IsMatch(text);

    /// <summary>How a case is named to people: its number, or (for a case received before numbers were given) its id.</summary>
    public static string Label(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Number ?? state.Id.ToString("D");
    }

    [GeneratedRegex(@"^[A-Z0-9]{2,12}-[0-9]{8}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
