using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Privacy;

/// <summary>
/// How each field of <see cref="Workflows.Catalogue.PersonalFields"/> is read from and written to a payload, and how it is masked:
/// the reporter's name, phone and ID number always, and the free-text fields a definition marks personal.
/// </summary>
public static class PersonalFields
{
    /// <summary>The reporter's name.</summary>
    public const string ReporterName = "reporter.name";

    /// <summary>The reporter's phone number.</summary>
    public const string ReporterPhone = "reporter.phone";

    /// <summary>The reporter's ID number.</summary>
    public const string ReporterIdNumber = "reporter.idNumber";

    /// <summary>What a value reads as once its case's key is destroyed.</summary>
    public const string Erased = "[erased]";

    /// <summary>What a value reads as when it does not open with its case's key (damaged, or sealed under another case).</summary>
    public const string Unreadable = "[unreadable]";

    private static readonly Field[] Table =
    [
        new(ReporterName, MaskName, p => p.Reporter?.Name, (p, v) => p with { Reporter = p.Reporter! with { Name = v! } }),
        new(ReporterPhone, v => Mask(v, 3, 4), p => p.Reporter?.Phone, (p, v) => p with { Reporter = p.Reporter! with { Phone = v } }),
        new(ReporterIdNumber, v => Mask(v, 4, 4), p => p.Reporter?.IdNumber, (p, v) => p with { Reporter = p.Reporter! with { IdNumber = v } }),
        new("title", MaskText, p => p.Title, (p, v) => p with { Title = v }),
        new("description", MaskText, p => p.Description, (p, v) => p with { Description = v }),
        new("location", MaskText, p => p.Location, (p, v) => p with { Location = v }),
        new("note", MaskText, p => p.Note, (p, v) => p with { Note = v }),
        new("result", MaskText, p => p.Result, (p, v) => p with { Result = v }),
        new("reason", MaskText, p => p.Reason, (p, v) => p with { Reason = v }),
    ];

    /// <summary>Every field CaseFlow can seal (each one of <see cref="Workflows.Catalogue.PersonalFields"/>).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(f => f.Name)];

    /// <summary>The payload with each personal field's value replaced by what <paramref name="seal"/> makes of (field, value).</summary>
    public static CasePayload Seal(CasePayload payload, IEnumerable<string> marked, Func<string, string, string> seal)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(seal);
        foreach (var field in Fields(marked))
        {
            if (field.Get(payload) is { } value)
            {
                payload = field.Set(payload, seal(field.Name, value));
            }
        }

        return payload;
    }

    /// <summary>True when the payload has a value in a personal field (so its case's key is needed).</summary>
    public static bool AnyIn(CasePayload payload, IEnumerable<string> marked)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Fields(marked).Any(f => f.Get(payload) is not null);
    }

    /// <summary>A field of a command's payload that already holds a sealed value: only CaseFlow seals, so a caller's is refused.</summary>
    public static FieldProblem? SealedInput(CasePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Table.FirstOrDefault(f => SealedValue.Contains(f.Get(payload))) is { } field
            ? new FieldProblem(field.Name, $"{field.Name} holds text in CaseFlow's sealed form ('{SealedValue.Prefix}…'); send the value itself")
            : null;
    }

    /// <summary>A value of <paramref name="field"/> as shown masked: 138****0001, 3301**********1234, 张**, or stars.</summary>
    public static string Mask(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is Erased or Unreadable ? value : (Table.FirstOrDefault(f => f.Name == field)?.Mask ?? MaskText)(value);
    }

    private static IEnumerable<Field> Fields(IEnumerable<string> marked)
    {
        var names = marked as IReadOnlySet<string> ?? marked.ToHashSet(StringComparer.Ordinal);
        return Table.Where(f => Workflows.Catalogue.AlwaysPersonal.Contains(f.Name) || names.Contains(f.Name));
    }

    private static string MaskName(string name) => name.Length == 0 ? name : string.Concat(name.AsSpan(0, 1), new string('*', Math.Max(name.Length - 1, 1)));

    private static string MaskText(string text) => text.Length == 0 ? text : "***";

    private static string Mask(string value, int keepStart, int keepEnd) =>
        value.Length <= keepStart + keepEnd
            ? new string('*', value.Length)
            : string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));

    private sealed record Field(string Name, Func<string, string> Mask, Func<CasePayload, string?> Get, Func<CasePayload, string?, CasePayload> Set);
}
