using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Audit;

/// <summary>Masks the reporter's phone and ID numbers for exports and logs, unless an auditor who may see them asks to.</summary>
public static class PersonalData
{
    /// <summary>A phone number with all but its first three and last four digits hidden: 138****0001.</summary>
    public static string? MaskPhone(string? phone) => Mask(phone, keepStart: 3, keepEnd: 4);

    /// <summary>An ID number with all but its first four and last four characters hidden.</summary>
    public static string? MaskIdNumber(string? id) => Mask(id, keepStart: 4, keepEnd: 4);

    /// <summary>The reporter with phone and ID masked.</summary>
    public static Reporter? Mask(Reporter? reporter) =>
        reporter is null ? null : reporter with { Phone = MaskPhone(reporter.Phone), IdNumber = MaskIdNumber(reporter.IdNumber) };

    /// <summary>An event with its reporter's personal data masked.</summary>
    public static CaseEvent Mask(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Payload.Reporter is null ? e : e with { Payload = e.Payload with { Reporter = Mask(e.Payload.Reporter) } };
    }

    /// <summary>A case with its reporter's personal data masked.</summary>
    public static CaseState Mask(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { Reporter = Mask(state.Reporter) };
    }

    private static string? Mask(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
