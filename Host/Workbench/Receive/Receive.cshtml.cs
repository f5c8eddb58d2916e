using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Host.Workbench.Cases;
using CaseFlow.Workflows.Geography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Host.Workbench.Receive;

/// <summary>
/// The command room's form to receive a case: it is submitted through the engine as the person's held position (only positions the
/// definition's <c>submittedBy</c> admits are offered), with a client key made here so that sending the form twice makes one case;
/// the engine's field problems are shown next to their fields, with what was typed kept. The reporter's name and phone are personal
/// data: the engine seals them, and this page neither logs nor repeats them anywhere but in the form being corrected.
/// </summary>
[AttachmentSizedBody]
public sealed class ReceiveModel(CaseService cases, TimeProvider time) : WorkbenchPage
{
    /// <summary>The form's fields, named as the engine names its submission's problems.</summary>
    public static class Fields
    {
        /// <summary>The submission's idempotency key.</summary>
        public const string ClientKey = "clientKey";

        /// <summary>Category id.</summary>
        public const string Category = "category";

        /// <summary>One-line summary.</summary>
        public const string Title = "title";

        /// <summary>What was reported.</summary>
        public const string Description = "description";

        /// <summary>How it arrived.</summary>
        public const string Channel = "channel";

        /// <summary>normal or urgent.</summary>
        public const string Priority = "priority";

        /// <summary>Where.</summary>
        public const string Location = "location";

        /// <summary>The point's latitude, decimal degrees.</summary>
        public const string Latitude = "point.latitude";

        /// <summary>The point's longitude, decimal degrees.</summary>
        public const string Longitude = "point.longitude";

        /// <summary>The datum the point was read in.</summary>
        public const string Datum = "point.datum";

        /// <summary>Village id.</summary>
        public const string Village = "village";

        /// <summary>Grid id.</summary>
        public const string Grid = "grid";

        /// <summary>The reporter's name.</summary>
        public const string ReporterName = "reporter.name";

        /// <summary>The reporter's phone.</summary>
        public const string ReporterPhone = "reporter.phone";
    }

    /// <summary>The held positions that may submit a case (the definition's <c>submittedBy</c>).</summary>
    public IReadOnlyList<Position> Submitters { get; private set; } = [];

    /// <summary>What the form holds: empty but for the client key and defaults at first, what was typed after a refusal.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>The engine's refusal, if the form was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The fields that were missing or wrong.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    /// <summary>Shows an empty form with a fresh client key.</summary>
    public IActionResult OnGet()
    {
        Load();
        Values[Fields.ClientKey] = $"workbench:{Guid.CreateVersion7(time.GetUtcNow())}";
        Values[Fields.Priority] = "normal";
        Values[Fields.Datum] = GeoDatums.Wgs84;
        if (Submitters.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }

    /// <summary>Submits the case as the chosen position; the new case's page on success, the form with the engine's problems otherwise.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Load();
        var form = Request.Form;
        foreach (var field in new[] { Fields.ClientKey, Fields.Category, Fields.Title, Fields.Description, Fields.Channel, Fields.Priority, Fields.Location, Fields.Latitude, Fields.Longitude, Fields.Datum, Fields.Village, Fields.Grid, Fields.ReporterName, Fields.ReporterPhone, Acting.Field })
        {
            Values[field] = form[field].ToString();
        }

        var actingAs = Values[Acting.Field];
        if (Acting.Resolve(Workbench, actingAs) is not { } position)
        {
            var (status, message) = NotActing.Of(Workbench, actingAs);
            return Refuse(status, message, []);
        }

        var (point, unreadable) = ReadPoint();
        if (unreadable.Count > 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"the point has {unreadable.Count} field(s) that could not be read", unreadable);
        }

        var (attachments, filesStatus, filesRefusal) = await FormFiles.StageAsync(form, cases.Attachments, Workbench.Caller!.Identity, HttpContext.RequestAborted);
        if (filesRefusal is not null)
        {
            return Refuse(filesStatus, filesRefusal, [new FieldProblem(AttachmentShown.FilesField, filesRefusal)]);
        }

        var name = Blank(Values[Fields.ReporterName]);
        var phone = Blank(Values[Fields.ReporterPhone]);
        var command = new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(time.GetUtcNow()),
            Actor = position.Id,
            Identity = Workbench.Caller!.Identity,
            Attachments = attachments.Count == 0 ? null : attachments,
            Payload = new CasePayload
            {
                ClientKey = Blank(Values[Fields.ClientKey]),
                Category = Blank(Values[Fields.Category]),
                Title = Blank(Values[Fields.Title]),
                Description = Blank(Values[Fields.Description]),
                Channel = Blank(Values[Fields.Channel]),
                Priority = Blank(Values[Fields.Priority]),
                Location = Blank(Values[Fields.Location]),
                Point = point,
                Village = Blank(Values[Fields.Village]),
                Grid = Blank(Values[Fields.Grid]),
                Reporter = name is null && phone is null ? null : new Reporter(name ?? "", phone, null),
            },
        };
        var outcome = await cases.SubmitAsync(command, HttpContext.RequestAborted);
        if (outcome.Status is CommandStatus.Accepted or CommandStatus.AlreadySubmitted)
        {
            return Redirect($"/workbench/cases/{outcome.State!.Id}?received=true");
        }

        return Refuse(RefusalStatus.Of(outcome), outcome.Decision!.Rejection ?? "", outcome.Decision.Problems);
    }

    /// <summary>The problems with a field of the form (<c>reporter</c> belongs beside the reporter's name).</summary>
    public IReadOnlyList<string> About(string field) =>
        [.. Problems.Where(p => p.Field == field || (field == Fields.ReporterName && p.Field == "reporter")).Select(p => p.Message)];

    /// <summary>The problems with no field on the form, shown with the refusal.</summary>
    public IEnumerable<FieldProblem> Unplaced(IEnumerable<string> fields) =>
        Problems.Where(p => !fields.Contains(p.Field) && p.Field != "reporter");

    private PageResult Refuse(int status, string message, IReadOnlyList<FieldProblem> problems)
    {
        Refusal = message;
        Problems = problems;
        Response.StatusCode = status;
        return Page();
    }

    private void Load()
    {
        var definition = Workbench.Definition;
        Submitters = [.. Workbench.Positions.Where(p =>
            Permissions.SubmissionRefusal(p.Id, CaseDecider.Submitted(new CaseCommand { Trigger = Triggers.Submit, CaseId = Guid.Empty, Actor = p.Id }, definition), definition) is null)];
    }

    /// <summary>The point typed, or none when both degrees are blank; a degree that is not a number is a problem at its field.</summary>
    private (GeoPoint? Point, List<FieldProblem> Problems) ReadPoint()
    {
        var latitude = Blank(Values[Fields.Latitude]);
        var longitude = Blank(Values[Fields.Longitude]);
        var problems = new List<FieldProblem>();
        if (latitude is null && longitude is null)
        {
            return (null, problems);
        }

        double Degrees(string field, string? text, string example)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problems.Add(new(field, $"{field} must be decimal degrees, e.g. {example}; give both latitude and longitude, or neither"));
            return double.NaN;
        }

        var point = new GeoPoint(Degrees(Fields.Latitude, latitude, "28.0842"), Degrees(Fields.Longitude, longitude, "119.4612"), Blank(Values[Fields.Datum]) ?? GeoDatums.Wgs84);
        return (point, problems);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
