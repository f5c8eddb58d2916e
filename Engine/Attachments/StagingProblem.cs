namespace CaseFlow.Engine.Attachments;

/// <summary>Why an upload was refused, and what would be right.</summary>
/// <param name="Kind">What kind of wrong it is (it decides the HTTP status).</param>
/// <param name="Message">What was wrong and what would be right.</param>
public sealed record StagingProblem(StagingProblemKind Kind, string Message);

/// <summary>The kinds of refused upload.</summary>
public enum StagingProblemKind
{
    /// <summary>Its name or its uploader's identity is out of bounds, or it is empty (400).</summary>
    Invalid,

    /// <summary>It is larger than the limit (413).</summary>
    TooLarge,

    /// <summary>Its bytes are of no accepted type (415).</summary>
    Unsupported,

    /// <summary>Its bytes are an accepted type, but not the one declared (422).</summary>
    Mismatch,
}
