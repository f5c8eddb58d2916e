namespace CaseFlow.Engine.Input;

/// <summary>How long one input field may be and which characters it may hold.</summary>
/// <param name="Field">The field's name as callers send it (a nested one as <c>reporter.name</c>).</param>
/// <param name="MaxLength">The most characters (Unicode code points) it may hold.</param>
/// <param name="Kind">Which characters it may hold.</param>
/// <param name="Meaning">What the field is, for the documentation.</param>
/// <param name="Aliases">Other names the same datum goes by in some contracts or bodies (a note is a FeedBackToReporter's <c>message</c>).</param>
public sealed record FieldLimit(string Field, int MaxLength, TextKind Kind, string Meaning, params string[] Aliases);
