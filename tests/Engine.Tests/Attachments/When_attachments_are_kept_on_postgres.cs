using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Tests.County;
using CaseFlow.Domain.Tests;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CaseFlow.Engine.Tests.Attachments;

/// <summary>
/// The shared store keeps attachments in its own tables: two photos submitted with a case, then one row's bytes replaced by the
/// other's, as someone with access to the database might; and two instances taking one staged upload at once.
/// </summary>
public sealed class When_attachments_are_kept_on_postgres
{
    private const string Identity = "duty-officer";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private string _connectionString = null!;
    private PostgresCaseStore _store = null!;
    private AttachmentService _attachments = null!;
    private CaseService _cases = null!;
    private Guid _caseId;
    private AttachmentRecord _first = null!;
    private AttachmentRecord _second = null!;
    private (int Checked, IReadOnlyList<AttachmentFinding> Findings) _before;
    private VerifyReport _swapped = null!;

    [OneTimeSetUp]
    public async Task Submit_two_photos_then_swap_one_row()
    {
        _connectionString = await PostgresTestServer.CreateDatabaseAsync();
        _store = new PostgresCaseStore(_connectionString);
        await _store.InitialiseAsync();
        var definitions = new DefinitionRegistry(_store);
        await definitions.PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        var vault = new PersonalDataVault(_store, MasterKeyRing.Ephemeral(), _clock);
        var published = new RecordingPublisher();
        _attachments = new AttachmentService(_store, vault, _clock);
        _cases = new CaseService(
            _store, definitions, published, new CaseOutbox(_store, published, _clock, personalData: vault), _clock,
            NullLogger<CaseService>.Instance, ReporterLinks.Ephemeral(), vault, attachments: _attachments);

        _first = await StageAsync("before");
        _second = await StageAsync("after");
        _caseId = Guid.CreateVersion7();
        var command = CommandMapper.ToCaseCommand(new SubmitCase
        {
            ClientKey = "pg-attach-1",
            Actor = "command-room",
            Category = "illegal-construction",
            Description = "村口新建铁皮棚",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = "王女士", Phone = "13800001111" },
            Attachments = [_first.Id, _second.Id],
        }, _caseId) with { Identity = Identity };
        var outcome = await _cases.SubmitAsync(command);
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), outcome.Decision?.Rejection);

        _before = await AttachmentVerifier.CheckAsync(_store, _attachments);
        await using (var source = NpgsqlDataSource.Create(_connectionString))
        {
            await using var swap = source.CreateCommand("UPDATE attachments SET sealed = (SELECT sealed FROM attachments WHERE id = $2) WHERE id = $1");
            swap.Parameters.AddWithValue(Guid.Parse(_first.Id));
            swap.Parameters.AddWithValue(Guid.Parse(_second.Id));
            Assert.That(await swap.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        _swapped = await ChainVerifier.VerifyAsync(_store, _attachments, null);
    }

    [OneTimeTearDown]
    public async Task Drop()
    {
        await _store.DisposeAsync();
        await PostgresTestServer.DropDatabaseAsync(_connectionString);
    }

    [Test]
    public async Task Should_keep_the_files_in_the_database_sealed_and_intact()
    {
        var content = await _attachments.OpenAsync(_caseId, _second);
        Assert.Multiple(() =>
        {
            Assert.That(_before.Checked, Is.EqualTo(2));
            Assert.That(_before.Findings, Is.Empty);
            Assert.That(content.Status, Is.EqualTo(AttachmentStatus.Intact));
            Assert.That(content.Bytes, Is.EqualTo(Photo("after")));
        });
    }

    [Test]
    public void Should_catch_the_swapped_row_naming_the_case_the_event_and_the_attachment()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_swapped.IsIntact, Is.False);
            Assert.That(_swapped.Broken, Is.Empty);
            Assert.That(_swapped.Attachments, Is.EqualTo(new[]
            {
                new AttachmentFinding(_caseId, 1, _first.Id, AttachmentStatus.Unreadable, _swapped.Attachments.Single().Reason),
            }));
        });
    }

    [Test]
    public async Task Should_let_one_of_two_instances_taking_one_upload_at_once_have_it()
    {
        var staged = await StageAsync("raced");
        var id = Guid.Parse(staged.Id);
        var other = new PostgresCaseStore(_connectionString);
        try
        {
            var taken = await Task.WhenAll(_store.TakeStagedAsync(id), other.TakeStagedAsync(id));
            Assert.That(taken.Count(t => t is not null), Is.EqualTo(1));
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    private static byte[] Photo(string tag) => [0xFF, 0xD8, 0xFF, 0xE0, .. System.Text.Encoding.UTF8.GetBytes(tag)];

    private async Task<AttachmentRecord> StageAsync(string tag)
    {
        using var content = new MemoryStream(Photo(tag));
        var (staged, problem) = await _attachments.StageAsync(content, $"{tag}.jpg", "image/jpeg", Identity);
        Assert.That(problem, Is.Null, problem?.Message);
        return staged!;
    }
}
