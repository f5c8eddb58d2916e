using CaseFlow.Engine.Attachments;
using CaseFlow.Host.Http;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>The files chosen on a workbench form (the receive form, any command form), staged as uploads of the person sending it.</summary>
internal static class FormFiles
{
    /// <summary>The staged ids, or the status and reason of the first file refused (nothing is recorded with a refused form).</summary>
    public static async Task<(List<string> Ids, int Status, string? Refusal)> StageAsync(IFormCollection form, AttachmentService attachments, string identity, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var file in form.Files.GetFiles(AttachmentShown.FilesField).Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            await using var content = file.OpenReadStream();
            var (staged, problem) = await attachments.StageAsync(content, file.FileName, file.ContentType, identity, cancellationToken);
            if (problem is not null)
            {
                return (ids, StagingProblems.Of(problem.Kind).Status, $"{AttachmentService.NameOf(file.FileName)}: {problem.Message}");
            }

            ids.Add(staged!.Id);
        }

        return (ids, StatusCodes.Status200OK, null);
    }
}
