using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Outbox;

/// <summary>The engine on a SQLite file with its outbox, a fake clock and a publisher that can be switched off.</summary>
internal sealed class OutboxTownship : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly TemporaryDatabase _database = new();

    private OutboxTownship()
    {
        Store = SqliteCaseStore.ForFile(_database.Path);
        Definitions = new DefinitionRegistry(Store);
        Outbox = NewOutbox();
        Cases = new CaseService(Store, Definitions, Publisher, Outbox, Clock, NullLogger<CaseService>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)));

    public SwitchablePublisher Publisher { get; } = new();

    public SqliteCaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseOutbox Outbox { get; }

    public CaseService Cases { get; }

    public static async Task<OutboxTownship> StartAsync()
    {
        var township = new OutboxTownship();
        await township.Store.InitialiseAsync();
        await township.Definitions.PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        return township;
    }

    /// <summary>Another outbox (a relay on another instance, or this one after a restart) over the same store and publisher.</summary>
    public CaseOutbox NewOutbox() =>
        new(Store, Publisher, Clock, Options.Create(new OutboxOptions { Grace = Grace, Lease = TimeSpan.FromSeconds(30), Batch = 7 }));

    public async Task<CaseState> SubmitAsync(string clientKey)
    {
        var outcome = await Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(Clock.GetUtcNow()),
            Actor = "service-hotline",
            Payload = new CasePayload
            {
                ClientKey = clientKey,
                Category = "sanitation",
                Title = "河边垃圾堆积",
                Description = "村口河边垃圾堆积多日无人清理",
                Channel = "hotline",
                Priority = "normal",
                Reporter = new Reporter("蓝女士", "13800000000", null),
                Location = "雾溪村口",
            },
        });
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        return outcome.State!;
    }

    public async Task<CaseState> AcceptAsync(Guid caseId, string trigger, string actor)
    {
        var outcome = await Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = CasePayload.Empty });
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => $"{trigger} by {actor} was refused: {outcome.Decision?.Rejection}");
        return outcome.State!;
    }

    public void Dispose() => _database.Dispose();
}
