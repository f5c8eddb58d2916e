using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// The canonical form is the chain's meaning: written field by field it must give the very bytes the serialiser gave the anonymous
/// object the chain was first defined over, and a stored row hashed as stored must give every hash an earlier engine recorded.
/// </summary>
[TestFixture]
public sealed class EventChainTests
{
    // The form as first defined (web defaults, nulls left out, an empty identity left out), written independently of EventChain.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static IEnumerable<CaseEvent> Events()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);
        var bare = new CaseEvent { CaseId = Guid.NewGuid(), Sequence = 1, Trigger = "Submit", From = "", Reached = "intake.new", To = "intake.new", Actor = "command-room", At = at, DefinitionVersion = 1, PreviousHash = EventChain.Genesis };
        yield return bare;
        yield return bare with
        {
            Sequence = 7,
            Supervision = "warned",
            Identity = "acct:叶<&>'\"+",
            ActorKind = "organisation",
            Effects = ["notify-office", "clock-start"],
            At = at.ToOffset(TimeSpan.FromHours(-5)),
            Payload = new CasePayload
            {
                Description = "餐馆后厨卫生差 <script>&\u2028",
                Reporter = new Reporter("叶女士", "13857881234", null),
                CoHandlers = ["a", "b"],
                Approved = false,
                WorkingDays = 3,
                Deadline = at.AddDays(3),
                UndeclaredYears = [2027],
                StateMapping = new Dictionary<string, string> { ["x.a"] = "y.b" },
                DuplicateOf = Guid.Empty,
            },
            PreviousHash = new string('a', 64),
        };
    }

    [TestCaseSource(nameof(Events))]
    public void Canonical_AnyEvent_EqualsTheSerialisedAnonymousForm(CaseEvent e)
    {
        var first = JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                caseId = e.CaseId,
                sequence = e.Sequence,
                trigger = e.Trigger,
                from = e.From,
                reached = e.Reached,
                to = e.To,
                supervision = e.Supervision,
                actor = e.Actor,
                identity = e.Identity.Length == 0 ? null : e.Identity,
                actorKind = e.ActorKind,
                at = e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                definitionVersion = e.DefinitionVersion,
                payload = e.Payload,
                effects = e.Effects,
                previousHash = e.PreviousHash,
            },
            Web);

        Assert.That(EventChain.Canonical(e), Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Events))]
    public void Compute_RowAsTheStoreWritesIt_EqualsComputeOfTheEvent(CaseEvent e)
    {
        var row = new HashedRow(
            e.CaseId, e.Sequence, e.Trigger, e.From, e.Reached, e.To, e.Supervision, e.Actor, e.Identity, e.ActorKind,
            e.At.ToString("O", CultureInfo.InvariantCulture), e.DefinitionVersion, JsonSerializer.Serialize(e.Payload, Web),
            JsonSerializer.Serialize(e.Effects, Web), e.PreviousHash, "");

        Assert.That(EventChain.Compute(row, new ArrayBufferWriter<byte>()), Is.EqualTo(EventChain.Compute(e)));
    }

    [Test]
    public void Holds_RowsOneAfterAnother_AgreesWithComputeForEachWhateverCameBefore()
    {
        using var hasher = new RowHasher();
        var verdicts = new List<(bool Holds, bool Expected)>();
        foreach (var e in Events())
        {
            var row = new HashedRow(
                e.CaseId, e.Sequence, e.Trigger, e.From, e.Reached, e.To, e.Supervision, e.Actor, e.Identity, e.ActorKind,
                e.At.ToString("O", CultureInfo.InvariantCulture), e.DefinitionVersion, JsonSerializer.Serialize(e.Payload, Web),
                JsonSerializer.Serialize(e.Effects, Web), e.PreviousHash, EventChain.Compute(e));
            var flipped = row.Hash[..^1] + (row.Hash[^1] == '0' ? '1' : '0');
            verdicts.Add((hasher.Holds(row), true));
            verdicts.Add((hasher.Holds(row with { Hash = flipped }), false));
            verdicts.Add((hasher.Holds(row with { Hash = row.Hash.ToUpperInvariant() }), false)); // the chain writes lower-case hex only
            verdicts.Add((hasher.Holds(row with { Actor = row.Actor + "x" }), false));
        }

        Assert.That(verdicts.Select(v => v.Holds), Is.EqualTo(verdicts.Select(v => v.Expected)));
    }

    [Test]
    public async Task Compute_EveryRowOfTheEarlierEnginesFixture_ReproducesItsRecordedHash()
    {
        using var copy = new TemporaryDatabase();
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.db"), copy.Path);
        var store = SqliteCaseStore.ForFile(copy.Path);
        var buffer = new ArrayBufferWriter<byte>();
        var rows = 0;
        var mismatched = new List<string>();
        await foreach (var row in store.ReadHashedRowsAsync(null, null))
        {
            rows++;
            if (EventChain.Compute(row, buffer) != row.Hash)
            {
                mismatched.Add($"{row.CaseId}/{row.Sequence}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.GreaterThan(100), "the fixture holds eighteen cases' histories");
            Assert.That(mismatched, Is.Empty, "rows whose stored form does not reproduce their recorded hash");
        });
    }
}
