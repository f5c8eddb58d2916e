using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Tests.History;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Audit;

/// <summary>A real SQLite store with the real definition published, a case service over it, and raw SQL for tampering.</summary>
internal sealed class AuditedStore : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    private AuditedStore()
    {
        Store = SqliteCaseStore.ForFile(_database.Path);
        Definitions = new DefinitionRegistry(Store);
        Service = new CaseService(Store, Definitions, new NoPublisher(), Time, NullLogger<CaseService>.Instance);
        Audit = new CaseAudit(Store, Definitions);
    }

    public SqliteCaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseService Service { get; }

    public CaseAudit Audit { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

    public static async Task<AuditedStore> CreateAsync()
    {
        var audited = new AuditedStore();
        await audited.Store.InitialiseAsync();
        await audited.Definitions.PublishAsync(File.ReadAllText(WorkflowsFile.Path), WorkflowsFile.Path);
        return audited;
    }

    /// <summary>Runs a food-safety case from submission to a satisfied rating: 11 events, a minute apart.</summary>
    public async Task<Guid> ClosedCaseAsync(string key)
    {
        var submitted = await Service.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.NewGuid(),
            Actor = "command-room",
            Payload = new CasePayload
            {
                ClientKey = key,
                Category = "food-safety",
                Description = "餐馆后厨卫生差",
                Channel = "hotline",
                Reporter = new Reporter("叶女士", "13857881234", "331125199001011234"),
            },
        });
        var id = submitted.State!.Id;
        (string Trigger, string Actor, CasePayload Payload)[] steps =
        [
            ("Register", "command-room", CasePayload.Empty),
            ("Triage", "command-room", CasePayload.Empty),
            ("Dispatch", "command-room", CasePayload.Empty),
            ("Assign", "deputy-head-economy", CasePayload.Empty),
            ("SignFor", "food-safety-office", CasePayload.Empty),
            ("Complete", "food-safety-office", new CasePayload { Result = "已责令停业整改" }),
            ("FeedBack", "command-room", new CasePayload { Note = "已整改" }),
            ("RecordFeedback", "reporter", new CasePayload { Feedback = "confirmed" }),
            ("Rate", "reporter", new CasePayload { Rating = "satisfied" }),
        ];
        foreach (var (trigger, actor, payload) in steps)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            var outcome = await Service.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = id, Actor = actor, Payload = payload });
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), outcome.Decision?.Rejection);
        }

        return id;
    }

    /// <summary>Runs SQL straight against the file, as someone with access to the database could.</summary>
    public void Sql(string sql, Guid caseId)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", caseId.ToString());
        Assert.That(command.ExecuteNonQuery(), Is.GreaterThan(0), $"the tampering SQL changed nothing: {sql}");
    }

    public void Dispose() => _database.Dispose();

    private sealed class NoPublisher : IOutboundPublisher
    {
        public Task PublishAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
