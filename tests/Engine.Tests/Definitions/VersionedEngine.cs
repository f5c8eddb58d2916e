using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Migration;
using CaseFlow.Engine.Tests.County;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Definitions;

/// <summary>
/// The engine on its own SQLite file, with the real workflows.json published as version 1, a fake clock and a recording
/// publisher: for specs that publish further versions and move cases between them.
/// </summary>
internal sealed class VersionedEngine : IAsyncDisposable
{
    public const string Admin = "admin-wang";

    private readonly TemporaryDatabase _database = new();

    private VersionedEngine()
    {
        Store = SqliteCaseStore.ForFile(_database.Path);
        Definitions = new DefinitionRegistry(Store, Clock);
        Cases = new CaseService(Store, Definitions, Published, Clock, NullLogger<CaseService>.Instance);
        Migrator = new CaseMigrator(Store, Definitions, Published, Clock, NullLogger<CaseMigrator>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    public RecordingPublisher Published { get; } = new();

    public SqliteCaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseService Cases { get; }

    public CaseMigrator Migrator { get; }

    public static async Task<VersionedEngine> StartAsync()
    {
        var engine = new VersionedEngine();
        await engine.Store.InitialiseAsync();
        await engine.Definitions.PublishAsync(DefinitionText.Real, WorkflowsFile.Path);
        return engine;
    }

    /// <summary>Publishes a new version through the admin path and returns its number.</summary>
    public async Task<int> PublishAsync(string text) =>
        (await Definitions.PublishAsync(text, new PublicationOrigin(PublicationOrigin.AdminApi, Admin))).Version.Number;

    /// <summary>Submits a hotline case in the category on the current version.</summary>
    public async Task<CaseState> SubmitAsync(string category = "neighbour-dispute")
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var outcome = await Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(Clock.GetUtcNow()),
            Actor = "service-hotline",
            Payload = CaseScenario.Submission(category),
        });
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        return outcome.State!;
    }

    /// <summary>Sends a command that must be accepted and returns the case afterwards.</summary>
    public async Task<CaseState> AcceptAsync(Guid id, string trigger, string actor = "command-room", CasePayload? payload = null)
    {
        var outcome = await SendAsync(id, trigger, actor, payload);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => $"{trigger} was refused: {outcome.Decision?.Rejection}");
        return outcome.State!;
    }

    public async Task<CommandOutcome> SendAsync(Guid id, string trigger, string actor = "command-room", CasePayload? payload = null)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return await Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = id, Actor = actor, Payload = payload ?? CasePayload.Empty });
    }

    /// <summary>A case registered, triaged, dispatched, assigned and signed for: handle.Accepted, supervised OnTrack.</summary>
    public async Task<CaseState> SignedForAsync(string category = "neighbour-dispute")
    {
        var id = (await SubmitAsync(category)).Id;
        await AcceptAsync(id, Triggers.Register);
        await AcceptAsync(id, Triggers.Triage);
        var dispatched = await AcceptAsync(id, Triggers.Dispatch);
        var assigned = await AcceptAsync(id, Triggers.Assign, Definitions.Current.Platform(dispatched.Platform!)!.Coordinator);
        return await AcceptAsync(id, Triggers.SignFor, assigned.LeadOffice!);
    }

    /// <summary>A signed-for case that reported progress: handle.InProgress.</summary>
    public async Task<CaseState> InProgressAsync(string category = "neighbour-dispute")
    {
        var signed = await SignedForAsync(category);
        return await AcceptAsync(signed.Id, Triggers.ReportProgress, signed.LeadOffice!, new CasePayload { Note = "在办" });
    }

    public async Task<CaseView> ViewAsync(Guid id) => (await Cases.GetAsync(id))!;

    /// <summary>Replays the case as an auditor would, with every definition version its history names.</summary>
    /// <summary>Replays a case the way auditors do (the replay verb and endpoint): through <see cref="CaseAudit"/>.</summary>
    public async Task<ReplayReport> ReplayAsync(Guid id) => (await new CaseAudit(Store, Definitions).ReplayAsync(id))!;

    public ValueTask DisposeAsync()
    {
        Definitions.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
