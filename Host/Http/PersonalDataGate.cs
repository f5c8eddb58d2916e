using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;
using CaseFlow.Host.Identity;

namespace CaseFlow.Host.Http;

/// <summary>
/// Decides whether an audit response shows reporters' phone and ID numbers: only to a caller holding the auditor role who asked
/// (<c>personalData=true</c>) and said why in the <see cref="ReasonHeader"/> header; the disclosure is recorded before the data
/// leaves. Otherwise the data stays masked, and the <see cref="StateHeader"/> and <see cref="NoteHeader"/> headers say so and why.
/// </summary>
internal static class PersonalDataGate
{
    /// <summary>The header carrying the auditor's reason (percent-encode text that is not ASCII).</summary>
    public const string ReasonHeader = "X-Disclosure-Reason";

    /// <summary>The response header saying whether personal data is <c>masked</c> or <c>disclosed</c>.</summary>
    public const string StateHeader = "X-Personal-Data";

    /// <summary>The response header saying why an ask for personal data was not granted.</summary>
    public const string NoteHeader = "X-Personal-Data-Note";

    /// <summary>
    /// True when this response may show personal data (the disclosure is then recorded as <paramref name="what"/> of the case or
    /// period); false when it stays masked, with the response headers saying so.
    /// </summary>
    public static async Task<bool> DiscloseAsync(HttpContext context, bool? asked, string what, Guid? caseId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers[StateHeader] = "masked";
        if (asked != true)
        {
            return false;
        }

        var caller = Caller.From(context.User);
        if (caller is null || !caller.Holds(AccountRoles.Auditor))
        {
            headers[NoteHeader] = "personal data is disclosed only to a caller with the auditor role";
            return false;
        }

        var reason = Reason(context.Request.Headers[ReasonHeader].ToString());
        if (reason is null)
        {
            headers[NoteHeader] = $"state why you need personal data in the {ReasonHeader} header ({ReasonRule}, percent-encoded); it is recorded";
            return false;
        }

        await RecordAsync(context.RequestServices, caller, reason, what, caseId, from, to, context.RequestAborted);
        headers[StateHeader] = "disclosed";
        return true;
    }

    /// <summary>What a reason must be, in words (the API's note; the workbench says the same in the page's language).</summary>
    public static string ReasonRule => $"one line of up to {Disclosure.MaximumReasonLength} characters, no control or bidirectional characters";

    /// <summary>The reason as it is recorded (trimmed), or null when it breaks <see cref="ReasonRule"/>: empty, too long, or with control characters.</summary>
    public static string? ValidReason(string? text)
    {
        var reason = text?.Trim() ?? "";

        // One line of text, by the rule every free text follows (no bidirectional overrides that make an audit display lie).
        return reason.Length is 0 or > Disclosure.MaximumReasonLength || reason.Any(char.IsControl)
            || Engine.Input.InputCharacters.Problem(ReasonHeader, reason, Engine.Input.TextKind.FreeText) is not null
            ? null
            : reason;
    }

    /// <summary>
    /// Records that <paramref name="caller"/> is shown personal data as <paramref name="what"/> of a case or period, for a
    /// <see cref="ValidReason"/>, before it leaves; false (nothing recorded, nothing to show) when the caller is not an auditor.
    /// </summary>
    public static async Task<bool> RecordAsync(
        IServiceProvider services, Caller caller, string reason, string what, Guid? caseId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Holds(AccountRoles.Auditor) || ValidReason(reason) is not { } recorded)
        {
            return false;
        }

        await services.GetRequiredService<IDisclosureLog>().RecordDisclosureAsync(new Disclosure
        {
            At = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            Auditor = caller.Identity,
            What = what,
            CaseId = caseId,
            From = from,
            To = to,
            Reason = recorded,
        }, cancellationToken);
        return true;
    }

    private static string? Reason(string header)
    {
        try
        {
            return ValidReason(Uri.UnescapeDataString(header));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
