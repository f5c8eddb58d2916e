using System.Text;
using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Audit;
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

/// <summary>
/// A case with a reporter recorded on the embedded store, sent to the county, then another erased: what the file holds, what leaves,
/// what the chain and a replay say.
/// </summary>
public sealed class When_personal_data_is_recorded
{
    private const string Name = "叶秀兰";
    private const string Phone = "13857881234";
    private const string IdNumber = "331125199001011234";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"caseflow-pd-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly RecordingPublisher _published = new();
    private SqliteCaseStore _store = null!;
    private PersonalDataVault _vault = null!;
    private CaseService _cases = null!;
    private CaseAudit _audit = null!;
    private Guid _kept;
    private Guid _erased;
    private bool _erasedNow;
    private bool _erasedAgain;

    [OneTimeSetUp]
    public async Task Record_two_cases_and_erase_one()
    {
        _store = SqliteCaseStore.ForFile(_file);
        await _store.InitialiseAsync();
        var definitions = new DefinitionRegistry(_store);
        await definitions.PublishAsync(await File.ReadAllTextAsync(WorkflowsFile.Path), WorkflowsFile.Path);
        _vault = new PersonalDataVault(_store, MasterKeyRing.Ephemeral(), _clock);
        var outbox = new CaseOutbox(_store, _published, _clock, personalData: _vault);
        _cases = new CaseService(_store, definitions, _published, outbox, _clock, NullLogger<CaseService>.Instance, ReporterLinks.Ephemeral(), _vault);
        _audit = new CaseAudit(_store, definitions);

        _kept = await EscalateAsync("kept");
        _erased = await SubmitAsync("erased");
        var erasure = new Erasure { CaseId = _erased, At = _clock.GetUtcNow(), By = "dpo", Reason = "本人依法申请删除" };
        _erasedNow = await _vault.EraseAsync(erasure);
        _erasedAgain = await _vault.EraseAsync(erasure);
        await AcceptAsync(new RegisterCase { CaseId = _erased, Actor = "command-room" });
        await AcceptAsync(new TriageCase { CaseId = _erased, Actor = "command-room" });
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
    public async Task Should_hold_no_name_phone_or_id_number_in_clear_anywhere_in_the_database_files()
    {
        var bytes = new List<byte>();
        foreach (var file in new[] { _file, _file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            bytes.AddRange(copy.ToArray());
        }

        var everything = bytes.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(everything, Has.Length.GreaterThan(4096), "the files were read");
            Assert.That(Contains(everything, "雾溪村口"), Is.True, "what is not personal is stored as it was given");
            Assert.That(Contains(everything, Phone), Is.False, "phone");
            Assert.That(Contains(everything, IdNumber), Is.False, "ID number");
            Assert.That(Contains(everything, Name), Is.False, "name");
            Assert.That(Contains(everything, Phone[..7]), Is.False, "part of the phone");
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Should_create_the_database_file_readable_by_its_owner_alone() =>
        Assert.That(File.GetUnixFileMode(_file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));

    [Test]
    public void Should_give_the_reporter_their_receipt_and_the_county_the_number_to_call_back()
    {
        var receipt = _published.Of<ReporterNotified>().Single(m => m.CaseId == _kept);
        var escalated = _published.Of<CaseEscalatedToCounty>().Single(m => m.CaseId == _kept);
        Assert.Multiple(() =>
        {
            Assert.That((receipt.Reporter, receipt.Phone), Is.EqualTo((Name, Phone)));
            Assert.That((escalated.ReporterName, escalated.ReporterPhone), Is.EqualTo((Name, Phone)));
        });
    }

    [Test]
    public async Task Should_show_the_data_in_clear_only_when_disclosed_and_masked_otherwise()
    {
        var state = (await _store.ReadSnapshotAsync(_kept))!;
        var disclosed = await _vault.ShowAsync(state, disclose: true);
        var masked = await _vault.ShowAsync(state, disclose: false);
        Assert.Multiple(() =>
        {
            Assert.That(state.Reporter!.Phone, Does.StartWith(SealedValue.Prefix));
            Assert.That(disclosed.Reporter, Is.EqualTo(new Engine.Cases.Reporter(Name, Phone, IdNumber)));
            Assert.That(masked.Reporter, Is.EqualTo(new Engine.Cases.Reporter("叶**", "138****1234", "3311**********1234")));
        });
    }

    [Test]
    public async Task Should_read_an_erased_case_as_erased_even_when_disclosed()
    {
        var state = (await _store.ReadSnapshotAsync(_erased))!;
        var disclosed = await _vault.ShowAsync(await _store.ReadAsync(_erased), disclose: true);
        var escalated = _published.Of<CaseEscalatedToCounty>().Single(m => m.CaseId == _erased);
        Assert.Multiple(() =>
        {
            Assert.That((_erasedNow, _erasedAgain), Is.EqualTo((true, false)), "a key is destroyed once");
            Assert.That(_vault.ShowAsync(state, disclose: true).Result.Reporter, Is.EqualTo(new Engine.Cases.Reporter(PersonalFields.Erased, PersonalFields.Erased, PersonalFields.Erased)));
            Assert.That(disclosed[0].Payload.Reporter!.Phone, Is.EqualTo(PersonalFields.Erased));
            Assert.That(escalated.ReporterPhone, Is.EqualTo(PersonalFields.Erased), "what leaves after the erasure carries nothing of it");
            Assert.That(escalated.Location, Is.EqualTo("雾溪村口"));
        });
    }

    [Test]
    public async Task Should_keep_every_chain_intact_and_every_replay_faithful_after_the_erasure()
    {
        var verified = await ChainVerifier.VerifyAsync(_store);
        var kept = await _audit.ReplayAsync(_kept);
        var erased = await _audit.ReplayAsync(_erased);
        Assert.Multiple(() =>
        {
            Assert.That(verified.IsIntact, Is.True, () => string.Join("; ", verified.Broken));
            Assert.That((verified.Cases, verified.Events), Is.EqualTo((2, 6)));
            Assert.That(kept!.Divergences, Is.Empty);
            Assert.That(erased!.Divergences, Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_command_that_carries_a_sealed_value_itself()
    {
        var forged = (await _store.ReadSnapshotAsync(_kept))!.Reporter!.Phone!;
        var outcome = await _cases.SubmitAsync(Submission("forged") with
        {
            Payload = Submission("forged").Payload with { Reporter = new Engine.Cases.Reporter(Name, forged, null) },
        });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(outcome.Decision!.Problems.Single().Field, Is.EqualTo(PersonalFields.ReporterPhone));
        });
    }

    private async Task<Guid> EscalateAsync(string key)
    {
        var id = await SubmitAsync(key);
        await AcceptAsync(new RegisterCase { CaseId = id, Actor = "command-room" });
        await AcceptAsync(new TriageCase { CaseId = id, Actor = "command-room" });
        return id;
    }

    private async Task<Guid> SubmitAsync(string key)
    {
        var outcome = await _cases.SubmitAsync(Submission(key));
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        return outcome.State!.Id;
    }

    private CaseCommand Submission(string key) => CommandMapper.ToCaseCommand(
        new SubmitCase
        {
            ClientKey = $"pd-{key}",
            Actor = "command-room",
            Category = "medical-insurance",
            Title = "医保报销咨询",
            Description = "来电咨询异地就医报销",
            Channel = "hotline",
            Reporter = new Contracts.Commands.Reporter { Name = Name, Phone = Phone, IdNumber = IdNumber },
            Location = "雾溪村口",
        },
        Guid.CreateVersion7(_clock.GetUtcNow()));

    private async Task AcceptAsync(object message)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        var outcome = await _cases.ExecuteAsync(CommandMapper.ToCaseCommand(message, Guid.CreateVersion7(_clock.GetUtcNow())));
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
    }

    /// <summary>True when the bytes hold the text as UTF-8 or as JSON writes it (non-ASCII escaped as \uXXXX).</summary>
    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(text)[1..^1])) >= 0;
}
