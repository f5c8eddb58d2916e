using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.County;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// The engine on a SQLite file with the real workflows.json, a fake clock, a recording publisher and the timer pump. Time moves
/// only when a spec moves it; <see cref="RestartAsync"/> opens a new engine on the same file, as a service restart does.
/// </summary>
internal sealed class SupervisedTownship : IAsyncDisposable
{
    public const string CommandRoom = "command-room";

    private readonly string _database;
    private readonly TemporaryDatabase? _owned;

    private SupervisedTownship(string database, DateTimeOffset now, TemporaryDatabase? owned)
    {
        _database = database;
        _owned = owned;
        Clock = new FakeTimeProvider(now);
        var store = SqliteCaseStore.ForFile(database);
        Store = store;
        Definitions = new DefinitionRegistry(store);
        Cases = new CaseService(store, Definitions, Published, Clock, NullLogger<CaseService>.Instance);
        Pump = new TimerPump(store, Cases, Clock, NullLogger<TimerPump>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public RecordingPublisher Published { get; } = new();

    public ICaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseService Cases { get; }

    public TimerPump Pump { get; }

    /// <summary>Monday 3 March 2025, 09:00 in the township: an ordinary working week.</summary>
    public static DateTimeOffset MondayMorning { get; } = Shanghai(2025, 3, 3, 9);

    public static DateTimeOffset Shanghai(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>A new engine on a new file, running the real workflows.json or the <paramref name="definitionText"/> given.</summary>
    public static async Task<SupervisedTownship> StartAsync(DateTimeOffset? now = null, string? definitionText = null)
    {
        var database = new TemporaryDatabase();
        return await OpenAsync(database.Path, now ?? MondayMorning, database, definitionText);
    }

    /// <summary>A second engine on the same file, its clock at <paramref name="now"/>: the service after a restart (or another instance).</summary>
    public Task<SupervisedTownship> RestartAsync(DateTimeOffset now) => OpenAsync(_database, now, owned: null, definitionText: null);

    /// <summary>Sets the clock and runs one pass of the timer pump; returns the events it recorded.</summary>
    public async Task<int> PumpAtAsync(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        return await Pump.FireDueAsync();
    }

    /// <summary>Submits a hotline case, registers, triages, dispatches and assigns it, all at the current time.</summary>
    public async Task<CaseState> AssignedCaseAsync(string category, string priority = "normal")
    {
        var id = (await TriagedCaseAsync(category, priority)).Id;
        await AcceptAsync(id, Triggers.Dispatch, CommandRoom);
        return await AcceptAsync(id, Triggers.Assign, "armed-forces-head");
    }

    /// <summary>Submits a hotline case, registers and triages it at the current time (a county category goes to the county).</summary>
    public async Task<CaseState> TriagedCaseAsync(string category, string priority = "normal")
    {
        var id = (await SubmittedCaseAsync(category, priority)).Id;
        await AcceptAsync(id, Triggers.Register, CommandRoom);
        return await AcceptAsync(id, Triggers.Triage, CommandRoom);
    }

    /// <summary>Submits a hotline case at the current time.</summary>
    public async Task<CaseState> SubmittedCaseAsync(string category, string priority = "normal")
    {
        var submitted = await Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(Clock.GetUtcNow()),
            Actor = "service-hotline",
            Payload = new CasePayload
            {
                ClientKey = $"hotline-{Guid.NewGuid():N}",
                Category = category,
                Title = "河边垃圾堆积",
                Description = "村口河边垃圾堆积多日无人清理",
                Channel = "hotline",
                Priority = priority,
                Reporter = new Reporter("蓝女士", "13800000000", null),
                Location = "雾溪村口",
            },
        });
        Assert.That(submitted.Status, Is.EqualTo(CommandStatus.Accepted), () => submitted.Decision?.Rejection ?? "");
        return submitted.State!;
    }

    /// <summary>An assigned case signed for by its lead office at the current time (handle.Accepted, supervised).</summary>
    public async Task<CaseState> SignedForCaseAsync(string category, string priority = "normal")
    {
        var assigned = await AssignedCaseAsync(category, priority);
        return await AcceptAsync(assigned.Id, Triggers.SignFor, assigned.LeadOffice!);
    }

    public Task<CommandOutcome> SendAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null) =>
        Cases.ExecuteAsync(new CaseCommand { Trigger = trigger, CaseId = caseId, Actor = actor, Payload = payload ?? CasePayload.Empty });

    /// <summary>Sends a command that must be accepted, and returns the case afterwards.</summary>
    public async Task<CaseState> AcceptAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null)
    {
        var outcome = await SendAsync(caseId, trigger, actor, payload);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => $"{trigger} by {actor} was refused: {outcome.Decision?.Rejection}");
        return outcome.State!;
    }

    /// <summary>Sends a command that must be refused, and returns the reason.</summary>
    public async Task<string> RefuseAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null)
    {
        var outcome = await SendAsync(caseId, trigger, actor, payload);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected), () => $"{trigger} by {actor} should be refused");
        return outcome.Decision?.Rejection ?? "";
    }

    /// <summary>Sends a command the definition does not let this actor send, which must be forbidden, and returns the reason.</summary>
    public async Task<string> ForbidAsync(Guid caseId, string trigger, string actor, CasePayload? payload = null)
    {
        var outcome = await SendAsync(caseId, trigger, actor, payload);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Forbidden), () => $"{trigger} by {actor} should be forbidden, but was {outcome.Status}: {outcome.Decision?.Rejection}");
        return outcome.Decision?.Rejection ?? "";
    }

    public async Task<CaseView> ViewAsync(Guid caseId) => await Cases.GetAsync(caseId) ?? throw new AssertionException($"case {caseId} should exist");

    /// <summary>The notices of a kind about the case, in order.</summary>
    public IReadOnlyList<Contracts.Events.SupervisionNoticeIssued> Notices(Guid caseId, string kind) =>
        Published.Of<Contracts.Events.SupervisionNoticeIssued>().Where(n => n.CaseId == caseId && n.Kind == kind).ToList();

    /// <summary>Deletes the file, when this engine created it (a restarted one leaves it to the first).</summary>
    public ValueTask DisposeAsync()
    {
        _owned?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<SupervisedTownship> OpenAsync(string database, DateTimeOffset now, TemporaryDatabase? owned, string? definitionText)
    {
        var township = new SupervisedTownship(database, now, owned);
        await township.Store.InitialiseAsync();
        await township.Definitions.PublishAsync(definitionText ?? await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        return township;
    }
}
