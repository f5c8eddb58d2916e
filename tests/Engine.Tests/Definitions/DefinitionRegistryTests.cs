using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Tests.History;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Definitions;

/// <summary>Publishing, listing and restoring definition versions, over each kind of definition store.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class DefinitionRegistryTests(string kind)
{
    private static readonly PublicationOrigin Api = new(PublicationOrigin.AdminApi, "admin-wang");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private StoreUnderTest _subject = null!;
    private IDefinitionStore _store = null!;
    private DefinitionRegistry _registry = null!;

    [SetUp]
    public async Task Open()
    {
        _subject = await StoreUnderTest.CreateAsync(kind);
        _store = _subject.Definitions;
        _registry = new DefinitionRegistry(_store, _clock);
    }

    [TearDown]
    public async Task Close()
    {
        // Null when the set-up failed (no PostgreSQL server, say): its own message is the one to read.
        _registry?.Dispose();
        _registry = null!;
        if (_subject is { } subject)
        {
            _subject = null!;
            await subject.DisposeAsync();
        }
    }

    [Test]
    public async Task PublishAsync_NewContent_CreatesTheNextVersionAndMakesItCurrent()
    {
        await _registry.PublishAsync(DefinitionText.Real, WorkflowsFile.Path);
        _clock.Advance(TimeSpan.FromHours(1));

        var publication = await _registry.PublishAsync(DefinitionText.WithDeadline("illegal-construction", 30), Api);

        Assert.Multiple(() =>
        {
            Assert.That(publication.Created, Is.True);
            Assert.That(publication.BecameCurrent, Is.True);
            Assert.That(publication.Version, Is.EqualTo(new DefinitionVersionInfo(2, "wuxi-township", _registry.Current.ContentHash, _clock.GetUtcNow(), "admin-api", "admin-wang")));
            Assert.That(_registry.CurrentVersion, Is.EqualTo(2));
            Assert.That(_registry.Current.Category("illegal-construction")!.Deadline!.WorkingDays, Is.EqualTo(30));
        });
    }

    [Test]
    public async Task PublishAsync_TheCurrentContentAgain_ChangesNothing()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);

        var again = await _registry.PublishAsync(DefinitionText.Real, Api);

        Assert.Multiple(async () =>
        {
            Assert.That((again.Created, again.BecameCurrent, again.Version.Number), Is.EqualTo((false, false, 1)));
            Assert.That(await _registry.ListAsync(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PublishAsync_AnOlderVersionsContentAgain_MakesThatVersionCurrentWithoutANewNumber()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);
        await _registry.PublishAsync(DefinitionText.WithDeadline("illegal-construction", 30), Api);

        var back = await _registry.PublishAsync(DefinitionText.Real, Api);

        Assert.Multiple(async () =>
        {
            Assert.That((back.Created, back.BecameCurrent, back.Version.Number), Is.EqualTo((false, true, 1)));
            Assert.That(_registry.CurrentVersion, Is.EqualTo(1));
            Assert.That(await _store.ReadCurrentDefinitionAsync(), Is.EqualTo(1));
            Assert.That((await _registry.ListAsync()).Select(v => v.Number), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public async Task PublishAsync_InvalidDefinition_ThrowsEveryErrorWithItsPathAndChangesNothing()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);
        var broken = DefinitionText.WithUnknownLeadOffice("illegal-construction", DefinitionText.WithUnknownLeadOffice("food-safety"));

        var error = Assert.ThrowsAsync<InvalidDefinitionException>(() => _registry.PublishAsync(broken, Api));

        Assert.Multiple(async () =>
        {
            Assert.That(error!.Errors.Select(e => e.Path), Has.Exactly(2).Matches<string>(p => p.StartsWith("$.categories[", StringComparison.Ordinal) && p.EndsWith("].leadOffice", StringComparison.Ordinal)));
            Assert.That(error.Errors.Select(e => e.Message), Has.All.Contains("no-such-office"));
            Assert.That(_registry.CurrentVersion, Is.EqualTo(1));
            Assert.That(await _registry.ListAsync(), Has.Count.EqualTo(1));
            Assert.That(await _store.ReadCurrentDefinitionAsync(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Check_AnotherWorkflowSet_IsAnErrorAtTheId()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);

        var check = _registry.Check(DefinitionText.WithId("another-township"));

        Assert.That(check.IsValid, Is.False);
        Assert.That(check.Errors.Single().Path, Is.EqualTo("$.id"));
        Assert.That(check.Errors.Single().Message, Does.Contain("wuxi-township").And.Contain("another-township"));
    }

    [Test]
    public void Check_ATransitionFiringATriggerOnlyTheEngineRecords_IsAnErrorAtItsTrigger()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(DefinitionText.Real)!;
        root["workflows"]![2]!["transitions"]![0]!["trigger"] = "RecomputeDeadline";

        var check = _registry.Check(root.ToJsonString());

        Assert.That(check.IsValid, Is.False);
        Assert.That(check.Errors.Select(e => e.Path), Is.EqualTo(new[] { "$.workflows[2].transitions[0].trigger" }), () => string.Join(Environment.NewLine, check.Errors));
        Assert.That(check.Errors[0].Message, Does.StartWith("'RecomputeDeadline' is recorded by the engine itself and cannot be a transition's trigger"));
    }

    [Test]
    public void Check_ValidDraftBeforeAnythingIsPublished_IsValidWithItsHash()
    {
        var check = _registry.Check(DefinitionText.Real);

        Assert.That(check.IsValid, Is.True);
        Assert.That(check.ContentHash, Is.EqualTo(check.Definition!.ContentHash).And.Length.EqualTo(64));
    }

    [Test]
    public async Task LoadCurrentAsync_ANewRegistryOnTheSameFile_FindsTheVersionLastMadeCurrent()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);
        await _registry.PublishAsync(DefinitionText.WithDeadline("illegal-construction", 30), Api);
        await _registry.PublishAsync(DefinitionText.Real, Api);
        await _registry.PublishAsync(DefinitionText.WithDeadline("food-safety", 2), Api);

        using var restarted = new DefinitionRegistry((IDefinitionStore)_subject.Reopen(), _clock);
        var found = await restarted.LoadCurrentAsync();

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(restarted.CurrentVersion, Is.EqualTo(3));
            Assert.That(restarted.Current.Category("food-safety")!.Deadline!.WorkingDays, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task LoadCurrentAsync_NothingPublished_IsFalse()
    {
        Assert.That(await _registry.LoadCurrentAsync(), Is.False);
        Assert.That(_registry.HasCurrent, Is.False);
    }

    [Test]
    public async Task LastPublishedFromAsync_RemembersEachSourceSeparately()
    {
        var fromFile = PublicationOrigin.File(WorkflowsFile.Path, "caseflow (start)");
        await _registry.PublishAsync(DefinitionText.Real, fromFile);
        await _registry.PublishAsync(DefinitionText.WithDeadline("illegal-construction", 30), Api);

        Assert.Multiple(async () =>
        {
            Assert.That(await _registry.LastPublishedFromAsync(fromFile.Source), Is.EqualTo(_registry.Check(DefinitionText.Real).ContentHash));
            Assert.That(await _registry.LastPublishedFromAsync(PublicationOrigin.AdminApi), Is.EqualTo(_registry.Current.ContentHash));
            Assert.That(await _registry.LastPublishedFromAsync("/elsewhere/workflows.json"), Is.Null);
        });
    }

    [Test]
    public async Task FindAsync_UnknownVersion_IsNullAndGetAsyncThrows()
    {
        await _registry.PublishAsync(DefinitionText.Real, Api);

        Assert.That(await _registry.FindAsync(7), Is.Null);
        Assert.That(() => _registry.GetAsync(7), Throws.InvalidOperationException.With.Message.Contains("7"));
    }
}
