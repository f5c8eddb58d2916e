using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.County;

/// <summary>
/// The engine on its own SQLite file with the real workflows.json, a fake clock and a recording publisher. Contracts go in
/// exactly as the consumers pass them on: through <see cref="CommandMapper"/> into the <see cref="CaseService"/>.
/// </summary>
internal sealed class CountyConversation : IAsyncDisposable
{
    public const string CommandRoom = "command-room";

    /// <summary>The county 12345 system's position, which the bus gives the county's messages from the county's sender.</summary>
    public const string County = "county-12345";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"caseflow-county-{Guid.NewGuid():N}.db");

    private CountyConversation()
    {
        var store = SqliteCaseStore.ForFile(_database);
        Store = store;
        Definitions = new DefinitionRegistry(store);
        Cases = new CaseService(store, Definitions, Published, Clock, NullLogger<CaseService>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8)));

    public RecordingPublisher Published { get; } = new();

    public ICaseStore Store { get; }

    public DefinitionRegistry Definitions { get; }

    public CaseService Cases { get; }

    public static async Task<CountyConversation> StartAsync()
    {
        var conversation = new CountyConversation();
        await conversation.Store.InitialiseAsync();
        await conversation.Definitions.PublishAsync(await File.ReadAllTextAsync(DefinitionPath()), DefinitionPath());
        return conversation;
    }

    /// <summary>Sends a contract (a township command or a county message, acting as the county) the way the bus consumer does.</summary>
    public async Task<CommandOutcome> SendAsync(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var command = CommandMapper.ToCaseCommand(message, Guid.CreateVersion7(Clock.GetUtcNow()));
        if (CommandMapper.CountyTypes.Contains(message.GetType()))
        {
            command = command with { Actor = County };
        }

        return command.Trigger == Triggers.Submit ? await Cases.SubmitAsync(command) : await Cases.ExecuteAsync(command);
    }

    /// <summary>Sends a contract that must be accepted, and returns the case afterwards.</summary>
    public async Task<CaseState> AcceptAsync(object message)
    {
        var outcome = await SendAsync(message);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted).Or.EqualTo(CommandStatus.AlreadySubmitted), () => $"{message.GetType().Name} was refused: {outcome.Decision?.Rejection}");
        return outcome.State!;
    }

    /// <summary>A hotline call about medical insurance (county jurisdiction), registered and triaged: escalated to the county.</summary>
    public async Task<CaseState> EscalatedCaseAsync(string key)
    {
        var submitted = await AcceptAsync(new SubmitCase
        {
            ClientKey = key,
            Actor = CommandRoom,
            Category = "medical-insurance",
            Title = "医保报销进度",
            Description = "住院医保报销三个月未到账",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = "钟大伯", Phone = "13857880003" },
            Location = "雾溪乡",
        });
        await AcceptAsync(new RegisterCase { CaseId = submitted.Id, Actor = CommandRoom });
        return await AcceptAsync(new TriageCase { CaseId = submitted.Id, Actor = CommandRoom });
    }

    public async Task<CaseView> ViewAsync(Guid id) => (await Cases.GetAsync(id))!;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }

    private static string DefinitionPath()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "workflows.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no workflows.json in {TestContext.CurrentContext.TestDirectory} or any folder above it");
    }
}
