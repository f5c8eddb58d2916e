using System.Text;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Admin;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Workflows.Loading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>
/// A draft definition pasted or uploaded, checked as a publication would check it (each error at its JSON path, pointing into the
/// text), compared with the current version, and published in the signed-in administrator's name. The request may be as large as
/// the admin API's (CaseFlow:Limits:DefinitionBody). A draft with errors is a page showing them (200), not an error status: the
/// outcome is the page's content, and a browser reports a 4xx page as a console error.
/// </summary>
[Authorize(Policy = CaseFlowPolicies.Administrator)]
[DefinitionSizedBody]
public sealed class DraftModel(DefinitionRegistry registry, IOptions<LimitsOptions> limits, IStringLocalizer<AdminText> texts, ILogger<DraftModel> logger) : WorkbenchPage
{
    /// <summary>The draft as the text box shows it (an uploaded file's text once read).</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The content hash of the draft last checked, so that publishing publishes what was checked.</summary>
    [BindProperty]
    public string? CheckedHash { get; set; }

    /// <summary>The largest draft taken, in bytes (the admin API's limit).</summary>
    public long Limit => limits.Value.DefinitionBody;

    /// <summary>The check of the draft and its changes from the current version; null before one.</summary>
    public DraftReview? Review { get; private set; }

    /// <summary>The draft's errors, each placed in the text.</summary>
    public IReadOnlyList<DraftError> Errors { get; private set; } = [];

    /// <summary>The version that keeps serving when a publication is refused; null otherwise.</summary>
    public int? Refused { get; private set; }

    /// <summary>What stopped the request before any check (nothing given, a file that is not text, a draft changed since checked).</summary>
    public string? Problem { get; private set; }

    /// <summary>An empty draft, or (with <c>start=current</c>) the current version's text to edit.</summary>
    public async Task OnGetAsync(string? start)
    {
        if (start == "current")
        {
            Text = await registry.ReadTextAsync(registry.CurrentVersion, HttpContext.RequestAborted);
        }
    }

    /// <summary>Checks the draft and shows its errors or its changes.</summary>
    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file)
    {
        if (await DraftAsync(file) is not { } draft)
        {
            return Page();
        }

        await ReviewAsync(draft);
        return Page();
    }

    /// <summary>Publishes the draft checked; refuses a draft with errors, or one changed since it was checked, and publishes nothing.</summary>
    public async Task<IActionResult> OnPostPublishAsync(IFormFile? file)
    {
        if (await DraftAsync(file) is not { } draft)
        {
            return Page();
        }

        if (!string.Equals(CheckedHash, DefinitionLoader.ContentHash(draft), StringComparison.Ordinal))
        {
            Problem = texts["ChangedSinceChecked"];
            await ReviewAsync(draft);
            return Page();
        }

        // The administrator recorded is the one signed in, never a name the form gives.
        var origin = new PublicationOrigin(DraftPublishing.Workbench, Workbench.Caller!.Identity);
        var result = await DraftPublishing.PublishAsync(registry, draft, origin, logger, HttpContext.RequestAborted);
        if (result.Publication is not { } publication)
        {
            Refused = result.PreviousVersion;
            Errors = DraftError.Place(result.Errors, draft);
            return Page();
        }

        TempData[nameof(DefinitionsModel.Published)] = publication switch
        {
            { Created: true } => texts["PublishedNew", publication.Version.Number, result.ChangesFromPrevious!.Items.Count].Value,
            { BecameCurrent: true } => texts["PublishedAgain", publication.Version.Number].Value,
            _ => texts["PublishedUnchanged", publication.Version.Number].Value,
        };
        return Redirect("/workbench/admin/definitions");
    }

    private async Task ReviewAsync(string draft)
    {
        Review = await DraftPublishing.ReviewAsync(registry, draft, HttpContext.RequestAborted);
        Errors = DraftError.Place(Review.Check.Errors, draft);
        CheckedHash = Review.Check.IsValid ? Review.Check.ContentHash : null;
    }

    /// <summary>
    /// The draft: an uploaded file's text when one is given, else the text box's. Line breaks are kept as the text box shows them
    /// (a browser sends CR LF for each), so that what is published is what the administrator saw and every error's line is the box's.
    /// </summary>
    private async Task<string?> DraftAsync(IFormFile? file)
    {
        if (file is { Length: > 0 })
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                Text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                Problem = texts["NotUtf8", file.FileName];
                Text = null;
                return null;
            }
        }

        Text = Text?.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(Text))
        {
            Problem = texts["EmptyDraft"];
            return null;
        }

        return Text;
    }
}
