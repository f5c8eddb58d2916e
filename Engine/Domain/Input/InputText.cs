namespace CaseFlow.Engine.Input;

/// <summary>Checks one text input against its line in <see cref="InputLimits"/>: its length first, then its characters.</summary>
public static class InputText
{
    /// <summary>What is wrong with <paramref name="value"/> given as <paramref name="field"/> (a field of the table), or null when nothing is.</summary>
    public static string? Problem(string field, string? value) => Problem(field, value, InputLimits.Of(field));

    /// <summary>What is wrong with <paramref name="value"/> given as <paramref name="name"/> under <paramref name="limit"/>, or null when nothing is.</summary>
    public static string? Problem(string name, string? value, FieldLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (value is null)
        {
            return null;
        }

        // Counting code points costs a pass over the text, needed only when its UTF-16 length could exceed the limit.
        if (value.Length > limit.MaxLength && value.EnumerateRunes().Count() is var length && length > limit.MaxLength)
        {
            return $"{name} is {length} characters long; it may be at most {limit.MaxLength} ({limit.Meaning})";
        }

        return InputCharacters.Problem(name, value, limit.Kind);
    }
}
