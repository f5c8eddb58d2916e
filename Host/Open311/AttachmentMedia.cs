using CaseFlow.Engine.Attachments;
using CaseFlow.Host.Http;

namespace CaseFlow.Host.Open311;

/// <summary>An Open311 report's photo staged like any upload (<c>POST /attachments</c>): its type read from its bytes, its size bounded, sealed at rest.</summary>
/// <param name="attachments">The service's attachment service.</param>
internal sealed class AttachmentMedia(AttachmentService attachments) : IOpen311Media
{
    /// <inheritdoc/>
    public async Task<Open311MediaStaged> StageAsync(Stream content, string fileName, string declaredContentType, string identity, CancellationToken cancellationToken)
    {
        var (staged, problem) = await attachments.StageAsync(content, fileName, declaredContentType, identity, cancellationToken);
        return problem is null
            ? new Open311MediaStaged(staged!.Id, null)
            : new Open311MediaStaged(null, problem.Message, StagingProblems.Of(problem.Kind).Status);
    }
}
