using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Tests.History;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// The engine as other systems meet it: consumers on the in-memory test harness over a fresh SQLite file, with the real
/// workflows.json published. Commands go in as requests from declared in-process senders (<see cref="Senders"/>): the township
/// gateway for people's commands, the county for the county's messages, the hotline for its submissions. The case is read back
/// through <see cref="CaseService"/>.
/// </summary>
internal sealed class CaseFlowBus : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TemporaryDatabase _database;

    private CaseFlowBus(ServiceProvider provider, TemporaryDatabase database)
    {
        _provider = provider;
        _database = database;
        Harness = provider.GetRequiredService<ITestHarness>();
        Cases = provider.GetRequiredService<CaseService>();
        Store = provider.GetRequiredService<ICaseStore>();
    }

    /// <summary>Relays people's commands: every person's position.</summary>
    public const string Gateway = "township-gateway";

    /// <summary>The county 12345 system.</summary>
    public const string County = "county12345";

    /// <summary>The hotline (12345 乡镇热线), an intake system.</summary>
    public const string Hotline = "service-hotline";

    /// <summary>The in-process senders the tests send as, and what each may act as.</summary>
    public static BusSenders Senders { get; } = new(new Dictionary<string, IReadOnlyList<string>>
    {
        [Gateway] = ["*"],
        [County] = ["system:county-12345"],
        [Hotline] = ["system:service-hotline"],
    });

    public ITestHarness Harness { get; }

    public CaseService Cases { get; }

    public ICaseStore Store { get; }

    /// <summary>
    /// Starts the engine; <paramref name="readDelay"/> slows every history read and inbox check (see <see cref="SlowReadingStore"/>) and
    /// <paramref name="disturb"/> wraps the store in one that misbehaves.
    /// </summary>
    public static async Task<CaseFlowBus> StartAsync(TimeSpan? readDelay = null, Func<ICaseStore, ICaseStore>? disturb = null)
    {
        var database = new TemporaryDatabase();
        var sqlite = SqliteCaseStore.ForFile(database.Path);
        ICaseStore store = sqlite;
        await store.InitialiseAsync();
        if (readDelay is { } delay)
        {
            store = new SlowReadingStore(store, delay);
        }

        if (disturb is not null)
        {
            store = disturb(store);
        }

        var provider = new ServiceCollection()
            .AddLogging()
            .AddCaseFlowEngine(store, sqlite)
            .AddSingleton(Senders)
            .AddMassTransitTestHarness(x =>
            {
                x.AddCaseFlowConsumers();
                x.UsingInMemory((context, cfg) => cfg.ConfigureCaseFlowCommandEndpoint(context));
            })
            .BuildServiceProvider(validateScopes: true);
        var bus = new CaseFlowBus(provider, database);
        await provider.GetRequiredService<DefinitionRegistry>().PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        await bus.Harness.Start();
        return bus;
    }

    /// <summary>Sends a command as a request from the sender that would send it (<see cref="SenderOf"/>) and returns whichever reply came back.</summary>
    public Task<Response<CaseCommandAccepted, CaseCommandRejected>> SendAsync<T>(T command)
        where T : class =>
        SendAsAsync(SenderOf(command), command);

    /// <summary>Sends a command as a request from the named in-process sender and returns whichever reply came back.</summary>
    public async Task<Response<CaseCommandAccepted, CaseCommandRejected>> SendAsAsync<T>(string sender, T command)
        where T : class =>
        await Harness.GetRequestClient<T>().GetResponse<CaseCommandAccepted, CaseCommandRejected>(command, request => request.As(sender));

    /// <summary>The county's messages come from the county, the hotline's submissions from the hotline, the rest from the gateway.</summary>
    public static string SenderOf(object command) => command switch
    {
        _ when CommandMapper.CountyTypes.Contains(command.GetType()) => County,
        SubmitCase { Actor: Hotline } => Hotline,
        _ => Gateway,
    };

    /// <summary>Sends a command that must be accepted.</summary>
    public async Task<CaseCommandAccepted> AcceptAsync<T>(T command)
        where T : class
    {
        var response = await SendAsync(command);
        if (response.Is(out Response<CaseCommandAccepted>? accepted))
        {
            return accepted.Message;
        }

        response.Is(out Response<CaseCommandRejected>? rejected);
        throw new AssertionException($"{typeof(T).Name} should be accepted but was rejected: {rejected?.Message.Reason}");
    }

    /// <summary>Sends a command that must be rejected.</summary>
    public async Task<CaseCommandRejected> RejectAsync<T>(T command)
        where T : class
    {
        var response = await SendAsync(command);
        if (response.Is(out Response<CaseCommandRejected>? rejected))
        {
            return rejected.Message;
        }

        response.Is(out Response<CaseCommandAccepted>? accepted);
        throw new AssertionException($"{typeof(T).Name} should be rejected but was accepted: {accepted?.Message.State}");
    }

    /// <summary>Submits a hotline case in the category and returns its id.</summary>
    public async Task<Guid> SubmitAsync(string category, string? clientKey = null) =>
        (await AcceptAsync(Submission(category, clientKey))).CaseId;

    /// <summary>A complete hotline submission.</summary>
    public static SubmitCase Submission(string category, string? clientKey = null) => new()
    {
        ClientKey = clientKey ?? $"hotline-{Guid.NewGuid():N}",
        Actor = "service-hotline",
        Category = category,
        Title = "Reported on the hotline",
        Description = "A resident describes the problem and where it is.",
        Channel = "hotline",
        Reporter = new Contracts.Commands.Reporter { Name = "蓝女士", Phone = "13800000000" },
        Location = "雾溪村口",
        Village = "village-1",
        Grid = "grid-1",
    };

    /// <summary>Registers, triages in scope, dispatches to the category's platform and assigns, as the command room does.</summary>
    public async Task DispatchAndAssignAsync(Guid caseId, string? leadOffice = null, params string[] coHandlers)
    {
        await AcceptAsync(new RegisterCase { CaseId = caseId, Actor = "command-room" });
        await AcceptAsync(new TriageCase { CaseId = caseId, Actor = "command-room" });
        await AcceptAsync(new DispatchCase { CaseId = caseId, Actor = "command-room" });
        var dispatched = await CaseAsync(caseId);
        var coordinator = _provider.GetRequiredService<CaseFlow.Engine.Definitions.DefinitionRegistry>().Current.Platform(dispatched.State.Platform!)!.Coordinator;
        await AcceptAsync(new AssignCase { CaseId = caseId, Actor = coordinator, LeadOffice = leadOffice, CoHandlers = coHandlers });
    }

    /// <summary>The case as a reader sees it; it must exist.</summary>
    public async Task<CaseView> CaseAsync(Guid caseId) =>
        await Cases.GetAsync(caseId) ?? throw new AssertionException($"case {caseId} should exist");

    /// <summary>True once a message of the type about the case has been published.</summary>
    public Task<bool> PublishedAsync<T>(Guid caseId, Func<T, bool>? matches = null)
        where T : class =>
        Harness.Published.Any<T>(m => CaseIdOf(m.Context.Message) == caseId && (matches?.Invoke(m.Context.Message) ?? true));

    /// <summary>Every published message of the type about the case.</summary>
    public IReadOnlyList<T> Published<T>(Guid caseId)
        where T : class =>
        Harness.Published.Select<T>().Select(m => m.Context.Message).Where(m => CaseIdOf(m) == caseId).ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        _database.Dispose();
    }

    private static Guid? CaseIdOf(object message) => message.GetType().GetProperty("CaseId")?.GetValue(message) switch
    {
        Guid id => id,
        _ => null,
    };
}
