using System.Text.Json.Nodes;
using CaseFlow.Engine.Audit;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Tests.Audit;

[TestFixture]
public sealed class When_a_case_started_on_v1_is_replayed_after_v2
{
    private AuditedStore _audited = null!;
    private Guid _caseId;
    private int _v2;
    private CompiledDefinition _v2Definition = null!;

    [OneTimeSetUp]
    public async Task Publish()
    {
        _audited = await AuditedStore.CreateAsync();
        _caseId = await _audited.ClosedCaseAsync("pinned-v1");

        // v2: the food-safety platform's leader may no longer assign a case straight to one office.
        var v2 = JsonNode.Parse(File.ReadAllText(WorkflowsFile.Path))!.AsObject();
        var dispatch = v2["workflows"]!.AsArray().Single(w => w!["id"]!.GetValue<string>() == "dispatch")!;
        var transitions = dispatch["transitions"]!.AsArray();
        var direct = transitions.Single(t => t!["trigger"]!.GetValue<string>() == "Assign" && t["to"]!.GetValue<string>() == "AssignedToOffice");
        direct!["guard"] = JsonNode.Parse("""{"all": [{"field": "coHandlers", "op": "eq", "value": 0}, {"field": "category", "op": "ne", "value": "food-safety"}]}""");
        var text = v2.ToJsonString();
        _v2 = await _audited.Definitions.PublishAsync(text, "v2");
        _v2Definition = CompiledDefinition.Parse(text);
    }

    [OneTimeTearDown]
    public void Clean() => _audited.Dispose();

    [Test]
    public void Should_have_published_a_new_version()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_v2, Is.EqualTo(2));
            Assert.That(_audited.Definitions.CurrentVersion, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_replay_faithfully_on_the_version_it_is_pinned_to()
    {
        var report = await _audited.Audit.ReplayAsync(_caseId);

        Assert.Multiple(() =>
        {
            Assert.That(report!.DefinitionVersion, Is.EqualTo(1));
            Assert.That(report.IsFaithful, Is.True, string.Join("; ", report.Divergences));
        });
    }

    [Test]
    public async Task Should_diverge_if_replayed_on_the_newer_version_instead()
    {
        var history = await _audited.Store.ReadAsync(_caseId);

        var report = CaseReplayer.Replay(_caseId, history, _v2Definition, null, _audited.Definitions.Calendars.Current);

        Assert.That(report.Divergences.Where(d => d.Kind == "not-permitted").Select(d => d.Sequence), Does.Contain(5L), "the v1 Assign is not permitted by v2");
    }
}
