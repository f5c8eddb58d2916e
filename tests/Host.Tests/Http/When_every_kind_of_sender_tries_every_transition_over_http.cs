using System.Net;
using System.Net.Http.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Http;

/// <summary>
/// The permission matrix over HTTP, generated from workflows.json: for every transition, a case is seeded in its source state and
/// every kind of signed-in sender tries it. A sender the transition's <c>by</c> does not admit gets 403 naming who may, and the case
/// is unchanged; a sender it admits is not refused for who it is. The expected answer is this test's own reading of the roles.
/// </summary>
[TestFixture]
public sealed class When_every_kind_of_sender_tries_every_transition_over_http
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>One account of each kind, relative to the seeded governance case (led by the mediation committee, in grid-1).</summary>
    private static readonly (string User, string? Position, Func<CaseState, string, bool> AdmittedBy)[] Senders =
    [
        ("matrix-command-room", "commandRoom", (_, role) => role == "commandRoom"),
        ("matrix-coordinator", "leader:deputy-secretary", (_, role) => role is "platformCoordinator" or "leader"),
        ("matrix-other-leader", "leader:armed-forces-head", (_, role) => role == "leader"),
        ("matrix-lead-office", "office:mediation-committee", (s, role) => role == "leadOffice" && s.LeadOffice == "mediation-committee"),
        ("matrix-police", "office:police-station", (s, role) => role == "coHandler" && s.CoHandlers.Any(c => c.Office == "police-station")),
        ("matrix-fire", "office:fire-command", (_, _) => false),
        ("matrix-grid-member", "gridMember:grid-member-1", (_, role) => role == "gridMember"),
        ("matrix-other-grid-member", "gridMember:grid-member-2", (_, _) => false),
        ("matrix-county", "system:county-12345", (_, role) => role == "county"),
        ("matrix-intake", "system:shi-an-tong", (_, role) => role == "intakeSystem"),
        ("matrix-no-position", null, (_, _) => false),
    ];

    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private CompiledDefinition _definition = null!;
    private int _version;
    private IReadOnlyDictionary<string, IReadOnlyList<CaseEvent>> _paths = null!;
    private Dictionary<string, HttpClient> _clients = null!;

    [OneTimeSetUp]
    public async Task Start_the_service_and_sign_everyone_in()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database);
        using (var warm = _factory.CreateClient())
        {
            Assert.That((await warm.GetAsync("/workflows")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var registry = _factory.Services.GetRequiredService<DefinitionRegistry>();
        (_version, _definition) = registry.GetCurrent();
        _paths = StatePaths.Build(_definition, _version, Start);
        _clients = Senders.ToDictionary(s => s.User, s => _factory.CreateClientAs(s.User, s.Position is null ? [] : [s.Position]));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    private static IEnumerable<TestCaseData> Transitions()
    {
        var definition = CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath());
        foreach (var workflow in definition.Definition.Workflows)
        {
            foreach (var (transition, index) in workflow.Transitions.Select((t, i) => (t, i)))
            {
                yield return new TestCaseData(workflow.Id, index).SetName($"{workflow.Id}: {transition.From} --{transition.Trigger}--> {transition.To} [{string.Join(", ", transition.By)}]");
            }
        }
    }

    [TestCaseSource(nameof(Transitions))]
    public async Task Should_refuse_exactly_the_senders_its_by_does_not_admit(string workflowId, int index)
    {
        var workflow = _definition.Definition.Workflows.Single(w => w.Id == workflowId);
        var transition = workflow.Transitions[index];
        var (id, state) = await SeedAsync(workflow, transition);
        var body = Body(transition.Trigger, state);
        var failures = new List<string>();

        // Refused senders first, on one case: a refusal changes nothing, so each later sender meets the same state.
        foreach (var sender in Senders.Where(s => !transition.By.Any(role => s.AdmittedBy(state, role))))
        {
            var response = await _clients[sender.User].PostAsJsonAsync($"/cases/{id}/commands/{transition.Trigger}", body);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Forbidden || !(text.Contains("may be sent only by", StringComparison.Ordinal) || text.Contains("timer pump", StringComparison.Ordinal) || text.Contains("holds no position", StringComparison.Ordinal)))
            {
                failures.Add($"{sender.User} should be refused (403 naming who may) but got {(int)response.StatusCode}: {text}");
            }
        }

        var after = (await _factory.Services.GetRequiredService<ICaseStore>().ReadAsync(id)).Count;
        if (after != (await SeededLengthAsync(workflow, transition)))
        {
            failures.Add($"the refused commands changed the case: it has {after} events");
        }

        // Each admitted sender on a case of its own, since an accepted command moves it.
        foreach (var sender in Senders.Where(s => transition.By.Any(role => s.AdmittedBy(state, role))))
        {
            var (fresh, freshState) = await SeedAsync(workflow, transition);
            var response = await _clients[sender.User].PostAsJsonAsync($"/cases/{fresh}/commands/{transition.Trigger}", Body(transition.Trigger, freshState));
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                failures.Add($"{sender.User} is admitted by [{string.Join(", ", transition.By)}] but was refused: {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Should_try_a_sender_the_definition_admits_for_every_transition_a_caller_may_send()
    {
        var untried = _definition.Definition.Workflows
            .SelectMany(w => w.Transitions.Select(t => (w, t)))
            .Where(x => x.t.By.Any(r => r is not ("system" or "reporter")))
            .Where(x => !Senders.Any(s => x.t.By.Any(role => s.AdmittedBy(StateOf(x.w, x.t), role))))
            .Select(x => $"{x.w.Id}: {x.t.From} --{x.t.Trigger}-->")
            .ToList();

        Assert.That(untried, Is.Empty);
    }

    private CaseState StateOf(WorkflowDefinition workflow, TransitionDefinition transition) =>
        CaseEvolver.Replay(PathTo(workflow, transition), _ => _definition)!;

    private IReadOnlyList<CaseEvent> PathTo(WorkflowDefinition workflow, TransitionDefinition transition)
    {
        // A joint case for what only a co-handler does; otherwise the shortest path there.
        var candidates = _paths.Where(p => StatePaths.IsAt(p.Key, workflow, transition.From))
            .Select(p => p.Value)
            .OrderBy(h => h.Count)
            .ToList();
        Assert.That(candidates, Is.Not.Empty, $"no seeded path reaches {workflow.Id}.{transition.From}");
        return transition.By.Contains("coHandler")
            ? candidates.FirstOrDefault(h => CaseEvolver.Replay(h, _ => _definition)!.PendingCoHandlers > 0) ?? candidates[0]
            : candidates[0];
    }

    private Task<int> SeededLengthAsync(WorkflowDefinition workflow, TransitionDefinition transition) => Task.FromResult(PathTo(workflow, transition).Count);

    /// <summary>A new case whose history is the path to the transition's source state, stored as the service would have stored it.</summary>
    private async Task<(Guid Id, CaseState State)> SeedAsync(WorkflowDefinition workflow, TransitionDefinition transition)
    {
        var id = Guid.NewGuid();
        var renamed = PathTo(workflow, transition)
            .Select((e, i) => i == 0 ? e with { CaseId = id, Payload = e.Payload with { ClientKey = $"matrix-{id:N}" } } : e with { CaseId = id })
            .Select(e => e with { Hash = "", PreviousHash = "" })
            .ToList();
        var events = EventChain.Seal(renamed, null);
        var state = CaseEvolver.Replay(events, _ => _definition)!;
        await _factory.Services.GetRequiredService<ICaseStore>().AppendAsync(state, 0, events, null, [], []);
        return (id, state);
    }

    /// <summary>The HTTP body of a command with the data it needs.</summary>
    private static object Body(string trigger, CaseState state)
    {
        var p = StatePaths.Data(trigger, state);
        return new
        {
            reason = p.Reason,
            note = p.Note,
            result = p.Result,
            outcome = p.Feedback,
            rating = p.Rating,
            approved = p.Approved,
            workingDays = p.WorkingDays,
            duplicateOf = p.DuplicateOf,
            countyCaseNumber = p.CountyCaseNumber,
            department = p.Department,
            deadline = p.Deadline,
            calledAt = p.CalledAt,
            reached = p.Reached,
        };
    }
}
