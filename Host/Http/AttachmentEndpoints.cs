using System.Text;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Identity;
using Microsoft.Net.Http.Headers;

namespace CaseFlow.Host.Http;

/// <summary>
/// HTTP for attachments: upload a file (staged for the caller until a command names it), and read one a case records. Downloads are
/// served so that no browser runs them: their own type, never sniffed, in a sandbox.
/// </summary>
internal static class AttachmentEndpoints
{
    /// <summary>The policy of a downloaded file: nothing it holds may run or load anything.</summary>
    public const string DownloadPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/attachments", UploadAsync).WithTags("Attachments").WithMetadata(AttachmentSizedBody.Instance)
            .WithName("UploadAttachment")
            .WithSummary("Upload a photo or document")
            .WithDescription("Stages one file for the caller: either its bytes as the body with their Content-Type (and ?name= the file's name), or a multipart/form-data form with a part named file. Its type is read from its bytes (JPEG, PNG, WebP, HEIC/HEIF, GIF, PDF) and must agree with the type declared (application/octet-stream lets the bytes decide). 201 with {id, name, contentType, size, sha256}; name the id in a submission's or any command's attachments, sent by the same identity, within CaseFlow:Attachments:StagedFor (24 hours by default). 413 past CaseFlow:Limits:AttachmentBytes, 415 when the bytes are no accepted type, 422 when they are another than declared.")
            .Produces<AttachmentRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        routes.MapGet("/cases/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync).WithTags("Cases").RequireAuthorization()
            .WithName("GetCaseAttachment")
            .WithSummary("Read an attachment of a case")
            .WithDescription("The file's bytes as recorded (their SHA-256 checked against the event's), for any signed-in caller (never anonymously, even with anonymous reads on: a photo cannot be masked). Served with X-Content-Type-Options: nosniff, a sandboxing Content-Security-Policy, and Content-Disposition inline for images, attachment otherwise. 404 when the case records no such attachment; 410 once the case's personal data was erased.")
            .Produces<byte[]>(StatusCodes.Status200OK, AttachmentTypes.Jpeg, [.. AttachmentTypes.Accepted.Skip(1)])
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        // The console's thumbnails and links: the same answer, behind the console's sign-in.
        routes.MapGet($"{WorkbenchCookie.Path}/cases/{{id:guid}}/attachments/{{attachmentId:guid}}", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? name, AttachmentService attachments)
    {
        var caller = Caller.From(request.HttpContext.User) ?? throw new InvalidOperationException($"{request.Path} was reached without an authenticated caller");
        var cancellationToken = request.HttpContext.RequestAborted;
        (AttachmentRecord? Staged, StagingProblem? Problem) outcome;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException e)
            {
                return Problems.BadRequest($"the multipart form could not be read ({e.Message}); send one part named file holding the photo or document");
            }

            if (form.Files.GetFile("file") is not { } file)
            {
                return Problems.BadRequest("the form has no part named file; send the photo or document as the form's file part, or its bytes as the body with their Content-Type and ?name=");
            }

            await using var content = file.OpenReadStream();
            outcome = await attachments.StageAsync(content, file.FileName, file.ContentType, caller.Identity, cancellationToken);
        }
        else
        {
            outcome = await attachments.StageAsync(request.Body, name, request.ContentType, caller.Identity, cancellationToken);
        }

        if (outcome.Problem is { } problem)
        {
            var (status, title) = StagingProblems.Of(problem.Kind);
            return Results.Problem(title: title, detail: problem.Message, statusCode: status);
        }

        return Results.Created((string?)null, outcome.Staged);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid attachmentId, HttpContext context, CaseService service, ILoggerFactory logs)
    {
        var view = await service.GetAsync(id, context.RequestAborted);
        if (view is null)
        {
            return Problems.NotFound($"there is no case {id}");
        }

        var key = attachmentId.ToString("D");
        if (view.State.Attachments.FirstOrDefault(a => a.Attachment.Id == key) is not { } attached)
        {
            return Problems.NotFound($"case {id} records no attachment {attachmentId}; GET /cases/{id} lists its attachments");
        }

        var content = await service.Attachments.OpenAsync(id, attached.Attachment, context.RequestAborted);
        var log = logs.CreateLogger(typeof(AttachmentEndpoints).FullName!);
        switch (content.Status)
        {
            case AttachmentStatus.Intact:
                break;
            case AttachmentStatus.Erased:
                return Results.Problem(
                    title: "Erased",
                    detail: $"attachment {attachmentId} was erased with case {id}'s personal data; the history still records its name, type, size and SHA-256",
                    statusCode: StatusCodes.Status410Gone);
            default:
                AttachmentLog.NotAsRecorded(log, attachmentId, id, content.Status.ToString(), content.Detail);
                return Results.Problem(
                    title: "Attachment not as recorded",
                    detail: $"attachment {attachmentId} of case {id} cannot be served: {content.Detail}. An auditor's verify (GET /audit/verify) lists every such file",
                    statusCode: StatusCodes.Status500InternalServerError);
        }

        AttachmentLog.Read(log, attachmentId, id, Caller.From(context.User)?.Identity ?? "");
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = DownloadPolicy;
        headers.CacheControl = "private, no-store";
        headers.ContentDisposition = Disposition(attached.Attachment);
        return Results.File(content.Bytes!, attached.Attachment.ContentType);
    }

    /// <summary>Images shown where they are linked, other files saved; the name in ASCII and, whole, in UTF-8 (RFC 6266).</summary>
    private static string Disposition(AttachmentRecord attachment)
    {
        var ascii = new StringBuilder();
        foreach (var c in attachment.Name)
        {
            ascii.Append(c is >= ' ' and < (char)0x7F and not '"' and not '\\' and not ';' ? c : '_');
        }

        var value = new ContentDispositionHeaderValue(attachment.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment")
        {
            FileName = $"\"{ascii}\"",
            FileNameStar = attachment.Name,
        };
        return value.ToString();
    }
}
