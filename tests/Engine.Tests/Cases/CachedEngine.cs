using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Tests.County;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// One instance of the engine on a SQLite file: its own store object on the file (counted), its own state cache, the file's
/// definitions and a vault shared by every instance on the file.
/// </summary>
internal sealed class CachedEngine
{
    private CachedEngine(CountingStore store, CaseService cases, DefinitionRegistry definitions, RecordingPublisher published)
    {
        Published = published;
        Store = store;
        Cases = cases;
        Definitions = definitions;
    }

    public DefinitionRegistry Definitions { get; }

    /// <summary>What the engine published: effects through its outbox, refusals directly.</summary>
    public RecordingPublisher Published { get; }

    public CountingStore Store { get; }

    public CaseService Cases { get; }

    public CaseStateCache States => Cases.States;

    public static async Task<CachedEngine> OpenAsync(string file, int cacheSize, FakeTimeProvider clock, PersonalDataVault? vault = null)
    {
        var real = SqliteCaseStore.ForFile(file);
        await real.InitialiseAsync();
        var definitions = new DefinitionRegistry(real, clock);
        if (!await definitions.LoadCurrentAsync())
        {
            await definitions.PublishAsync(DefinitionText.Real, WorkflowsFile.Path);
        }

        var store = new CountingStore(real);
        var publisher = new RecordingPublisher();
        var cases = new CaseService(
            store, definitions, publisher, new CaseOutbox(store, publisher, clock), clock, NullLogger<CaseService>.Instance,
            ReporterLinks.Ephemeral(), vault ?? PersonalDataVault.Ephemeral(real), new CaseStateCache(cacheSize));
        return new CachedEngine(store, cases, definitions, publisher);
    }

    public async Task<Guid> SubmitAsync(FakeTimeProvider clock)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        var outcome = await Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(clock.GetUtcNow()),
            Actor = "service-hotline",
            Payload = CaseScenario.Submission("neighbour-dispute"),
        });
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        return outcome.State!.Id;
    }

    public async Task<CommandOutcome> SendAsync(FakeTimeProvider clock, Guid id, string trigger, string actor = "command-room", Guid? messageId = null, CasePayload? payload = null)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        return await Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = id, Actor = actor, Payload = payload ?? CasePayload.Empty, MessageId = messageId });
    }
}
