using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>A submission's data: the case as reported, and for a case the county hands down its case number and deadline.</summary>
/// <param name="ClientKey">The submitter's key, so that a resend is the same case.</param>
/// <param name="Category">Category id.</param>
/// <param name="Title">One-line summary.</param>
/// <param name="Description">What was reported.</param>
/// <param name="Channel">How the case arrived.</param>
/// <param name="Priority">normal or urgent.</param>
/// <param name="Reporter">Who raised it.</param>
/// <param name="Location">Where.</param>
/// <param name="Village">Village id.</param>
/// <param name="Grid">Grid id.</param>
/// <param name="Jurisdiction">township or county, from the category (the engine sets it when it decides).</param>
/// <param name="CountyCaseNumber">The county's case number of a handed-down case.</param>
/// <param name="CountyDeadline">The county's deadline for a handed-down case.</param>
/// <param name="Point">Where, as a point.</param>
/// <param name="Placed">True when the grid and village were placed from the point (the engine sets it when it decides).</param>
/// <param name="Number">The case number the service gave it (the service sets it, never the submitter).</param>
public sealed record SubmitData(
    string? ClientKey,
    string? Category,
    string? Title,
    string? Description,
    string? Channel,
    string? Priority,
    Reporter? Reporter,
    string? Location,
    string? Village,
    string? Grid,
    string? Jurisdiction = null,
    string? CountyCaseNumber = null,
    DateTimeOffset? CountyDeadline = null,
    GeoPoint? Point = null,
    bool? Placed = null,
    string? Number = null);

/// <summary>
/// Creates a case. Not a workflow trigger: the case enters the entry workflow. Its data is judged by <see cref="SubmissionRules"/> when
/// <see cref="CaseDecider.Submit"/> decides it, and a submission sent to an existing case is refused.
/// </summary>
internal sealed class SubmitTrigger : CaseTrigger<SubmitData>
{
    public override string Name => Triggers.Submit;

    public override bool FiredByTransitions => false;

    public override IReadOnlyList<string> Fields =>
        ["clientKey", "number", "category", "title", "description", "channel", "priority", "reporter", "location", "point", "placed", "village", "grid", "jurisdiction", "countyCaseNumber", "deadline"];

    public override SubmitData Read(CasePayload payload) =>
        new(payload.ClientKey, payload.Category, payload.Title, payload.Description, payload.Channel, payload.Priority, payload.Reporter,
            payload.Location, payload.Village, payload.Grid, payload.Jurisdiction, payload.CountyCaseNumber, payload.Deadline, payload.Point, payload.Placed, payload.Number);

    public override CasePayload Write(SubmitData data, CasePayload payload) => payload with
    {
        ClientKey = data.ClientKey,
        Number = data.Number,
        Category = data.Category,
        Title = data.Title,
        Description = data.Description,
        Channel = data.Channel,
        Priority = data.Priority,
        Reporter = data.Reporter,
        Location = data.Location,
        Point = data.Point,
        Placed = data.Placed,
        Village = data.Village,
        Grid = data.Grid,
        Jurisdiction = data.Jurisdiction,
        CountyCaseNumber = data.CountyCaseNumber,
        Deadline = data.CountyDeadline,
    };

    /// <summary>The case a submission creates, before the move into the entry workflow sets its position.</summary>
    public static CaseState Create(CaseEvent e, SubmitData data) => new()
    {
        Id = e.CaseId,
        Number = data.Number,
        ClientKey = data.ClientKey ?? "",
        DefinitionVersion = e.DefinitionVersion,
        Workflow = "",
        State = "",
        Category = data.Category ?? "",
        Title = data.Title ?? "",
        Description = data.Description ?? "",
        Channel = data.Channel ?? "",
        Priority = data.Priority ?? "normal",
        Reporter = data.Reporter,
        Location = data.Location,
        Point = data.Point,
        Placed = data.Placed == true,
        Village = data.Village,
        Grid = data.Grid,
        Jurisdiction = data.Jurisdiction ?? "",
        CountyStatus = data.CountyCaseNumber is null ? null : CountyStatuses.HandedDown,
        CountyCaseNumber = data.CountyCaseNumber,
        CountyDeadline = data.CountyDeadline,
        SubmittedAt = e.At,
    };

    /// <summary>Never reached: a submission is decided by <see cref="CaseDecider.Submit"/>, and one sent to an existing case is refused first.</summary>
    protected override SubmitData Check(CaseState state, SubmitData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems) => data;

    /// <summary>The case was created from the data already (<see cref="Create"/>); the submission records nothing more.</summary>
    protected override CaseState Evolve(CaseState state, SubmitData data, CaseEvent e) => state;
}
