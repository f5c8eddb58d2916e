namespace CaseFlow.Host.Workbench.Cases;

/// <summary>How a command field is asked for on the case page.</summary>
/// <param name="Field">The field.</param>
/// <param name="Kind">The control.</param>
/// <param name="Choices">The values a choice offers (ids or vocabulary words), in order.</param>
/// <param name="Named">How the choices' values are named for a person.</param>
/// <param name="Preset">What the control holds before the person changes it (the engine's default where it has one).</param>
/// <param name="MaxLength">The longest text the engine takes, when bounded.</param>
public sealed record CommandInput(CommandField Field, InputKind Kind, IReadOnlyList<string> Choices, ChoiceNames Named, IReadOnlyList<string> Preset, int? MaxLength);

/// <summary>The controls a command field can be asked with.</summary>
public enum InputKind
{
    /// <summary>A line of text (an id, a number from elsewhere).</summary>
    Text,

    /// <summary>Free text: a reason, a note, a result.</summary>
    LongText,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>Yes or no, chosen explicitly (neither is assumed).</summary>
    YesNo,

    /// <summary>A local date and time.</summary>
    Instant,

    /// <summary>One of a list.</summary>
    Choice,

    /// <summary>Any of a list.</summary>
    Choices,
}

/// <summary>Where the names of a choice's values come from.</summary>
public enum ChoiceNames
{
    /// <summary>Words of the engine's vocabulary, named by the page's texts.</summary>
    Word,

    /// <summary>Platforms of the definition.</summary>
    Platform,

    /// <summary>Offices of the definition.</summary>
    Office,
}
