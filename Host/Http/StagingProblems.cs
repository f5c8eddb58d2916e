using CaseFlow.Engine.Attachments;

namespace CaseFlow.Host.Http;

/// <summary>The HTTP status and title of a refused upload, the same on every route that takes files.</summary>
internal static class StagingProblems
{
    /// <summary>413 too large, 415 a type not accepted, 422 bytes of another type than declared, else 400.</summary>
    public static (int Status, string Title) Of(StagingProblemKind kind) => kind switch
    {
        StagingProblemKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "File too large"),
        StagingProblemKind.Unsupported => (StatusCodes.Status415UnsupportedMediaType, "File type not accepted"),
        StagingProblemKind.Mismatch => (StatusCodes.Status422UnprocessableEntity, "File type not as declared"),
        _ => (StatusCodes.Status400BadRequest, "Bad request"),
    };
}
