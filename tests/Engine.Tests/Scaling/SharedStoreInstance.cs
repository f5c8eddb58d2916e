using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Scaling;

/// <summary>
/// One engine instance over a store that other instances share: its own store object (its own connections), definition registry,
/// outbox, publisher, case service and timer pump, on a clock and a master key ring all instances share (as instances of one
/// deployment are configured with the same keys).
/// </summary>
internal sealed class SharedStoreInstance : IDisposable
{
    private static readonly MasterKeyRing Keys = MasterKeyRing.Ephemeral();

    public SharedStoreInstance(ICaseStore store, FakeTimeProvider clock)
    {
        Store = store;
        Definitions = new DefinitionRegistry((IDefinitionStore)store, clock);
        var instance = new EngineInstance();
        var vault = new PersonalDataVault((ICaseKeyStore)store, Keys, clock);
        Outbox = new CaseOutbox(
            store, Publisher, clock, Options.Create(new OutboxOptions { Grace = TimeSpan.FromSeconds(10), Lease = TimeSpan.FromSeconds(30), Batch = 50 }), instance,
            personalData: vault);
        Cases = new CaseService(
            store, Definitions, Publisher, Outbox, clock, NullLogger<CaseService>.Instance, ReporterLinks.Ephemeral(),
            vault);
        Timers = new TimerPump(store, Cases, clock, NullLogger<TimerPump>.Instance, instance);
    }

    public ICaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public SwitchablePublisher Publisher { get; } = new();

    public CaseOutbox Outbox { get; }

    public CaseService Cases { get; }

    public TimerPump Timers { get; }

    public Task<CommandOutcome> SendAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null, Guid? messageId = null) =>
        Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = payload ?? CasePayload.Empty, MessageId = messageId });

    public async Task<CaseState> AcceptAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null)
    {
        var outcome = await SendAsync(caseId, trigger, actor, payload);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => $"{trigger} by {actor} was refused: {outcome.Decision?.Rejection}");
        return outcome.State!;
    }

    public void Dispose() => Definitions.Dispose();
}
