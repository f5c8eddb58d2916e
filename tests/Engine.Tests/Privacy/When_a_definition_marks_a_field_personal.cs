using System.Text.Json.Nodes;
using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Tests.County;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Privacy;

/// <summary>A definition that lists <c>location</c> in <c>personalData</c>: the location is sealed and masked like the reporter's data.</summary>
public sealed class When_a_definition_marks_a_field_personal
{
    private const string Location = "雾溪村下坑12号";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"caseflow-pd-marked-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly RecordingPublisher _published = new();
    private SqliteCaseStore _store = null!;
    private PersonalDataVault _vault = null!;
    private Guid _caseId;

    [OneTimeSetUp]
    public async Task Submit_and_escalate_under_a_definition_marking_location()
    {
        _store = SqliteCaseStore.ForFile(_file);
        await _store.InitialiseAsync();
        var definitions = new DefinitionRegistry(_store);
        var text = JsonNode.Parse(await File.ReadAllTextAsync(WorkflowsFile.Path))!;
        text["personalData"]!.AsArray().Add("location");
        await definitions.PublishAsync(text.ToJsonString(), "workflows.json (location marked personal)");
        _vault = new PersonalDataVault(_store, MasterKeyRing.Ephemeral(), _clock);
        var cases = new CaseService(_store, definitions, _published, new CaseOutbox(_store, _published, _clock, personalData: _vault), _clock, NullLogger<CaseService>.Instance, ReporterLinks.Ephemeral(), _vault);
        var submitted = await cases.SubmitAsync(CommandMapper.ToCaseCommand(
            new SubmitCase
            {
                ClientKey = "marked-1",
                Actor = "command-room",
                Category = "medical-insurance",
                Title = "医保报销咨询",
                Description = "来电咨询异地就医报销",
                Channel = "hotline",
                Reporter = new Contracts.Commands.Reporter { Name = "钟女士", Phone = "13857880002" },
                Location = Location,
            },
            Guid.CreateVersion7(_clock.GetUtcNow())));
        _caseId = submitted.State!.Id;
        foreach (var step in new object[] { new RegisterCase { CaseId = _caseId, Actor = "command-room" }, new TriageCase { CaseId = _caseId, Actor = "command-room" } })
        {
            var outcome = await cases.ExecuteAsync(CommandMapper.ToCaseCommand(step, Guid.CreateVersion7(_clock.GetUtcNow())));
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        }
    }

    [OneTimeTearDown]
    public void Remove()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Should_store_the_location_sealed_and_show_it_masked_unless_disclosed()
    {
        var stored = (await _store.ReadSnapshotAsync(_caseId))!;
        Assert.Multiple(async () =>
        {
            Assert.That(stored.Location, Does.StartWith("pd:v1:location:"));
            Assert.That((await _vault.ShowAsync(stored, disclose: false)).Location, Is.EqualTo("***"));
            Assert.That((await _vault.ShowAsync(stored, disclose: true)).Location, Is.EqualTo(Location));
            Assert.That(stored.Title, Is.EqualTo("医保报销咨询"), "a field not marked is stored as given");
        });
    }

    [Test]
    public void Should_send_the_county_the_location_it_needs_in_clear() =>
        Assert.That(_published.Of<CaseEscalatedToCounty>().Single().Location, Is.EqualTo(Location));
}
