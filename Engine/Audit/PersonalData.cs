using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Audit;

/// <summary>
/// Masks the reporter's name, phone and ID number where they are held in clear (histories recorded before personal data was sealed,
/// values already opened); sealed values are left for <see cref="PersonalDataVault"/> to show.
/// </summary>
public static class PersonalData
{
    /// <summary>A phone number with all but its first three and last four digits hidden: 138****0001.</summary>
    public static string? MaskPhone(string? phone) => Mask(PersonalFields.ReporterPhone, phone);

    /// <summary>An ID number with all but its first four and last four characters hidden.</summary>
    public static string? MaskIdNumber(string? id) => Mask(PersonalFields.ReporterIdNumber, id);

    /// <summary>The reporter with name, phone and ID masked.</summary>
    public static Reporter? Mask(Reporter? reporter) =>
        reporter is null
            ? null
            : reporter with { Name = Mask(PersonalFields.ReporterName, reporter.Name)!, Phone = MaskPhone(reporter.Phone), IdNumber = MaskIdNumber(reporter.IdNumber) };

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

    private static string? Mask(string field, string? value) =>
        string.IsNullOrEmpty(value) || SealedValue.Contains(value) ? value : PersonalFields.Mask(field, value);
}
