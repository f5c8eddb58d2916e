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
                Description = "餐馆后厨卫生差 <script>&\u2028 😀 \u0001\t\\ é",
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
    public void Holds_RowAsTheStoreWritesIt_AgreesWithComputeOfTheEvent(CaseEvent e)
    {
        using var hasher = new RowHasher();
        var rows = RowOf(e, EventChain.Compute(e));

        Assert.That(hasher.Holds(rows[0]), Is.True, "a row written as the store writes it computes to the event's own hash");
    }

    [Test]
    public void Holds_RowsOneAfterAnother_AgreesWithComputeForEachWhateverCameBefore()
    {
        using var hasher = new RowHasher();
        var verdicts = new List<(bool Holds, bool Expected)>();
        foreach (var e in Events())
        {
            var hash = EventChain.Compute(e);
            var flipped = hash[..^1] + (hash[^1] == '0' ? '1' : '0');
            verdicts.Add((hasher.Holds(RowOf(e, hash)[0]), true));
            verdicts.Add((hasher.Holds(RowOf(e, flipped)[0]), false));
            verdicts.Add((hasher.Holds(RowOf(e, hash.ToUpperInvariant())[0]), false)); // the chain writes lower-case hex only
            verdicts.Add((hasher.Holds(RowOf(e with { Actor = e.Actor + "x" }, hash)[0]), false));
            verdicts.Add((hasher.Holds(RowOf(e with { Identity = "", Supervision = null }, hash)[0]), e.Identity.Length == 0 && e.Supervision is null));
        }

        Assert.That(verdicts.Select(v => v.Holds), Is.EqualTo(verdicts.Select(v => v.Expected)));
    }

    [Test]
    public void Holds_StoredTextThatIsNotUtf8OrATimeThatDoesNotParse_IsAMissNotAnError()
    {
        using var hasher = new RowHasher();
        var e = Events().First();
        var hash = EventChain.Compute(e);
        var notUtf8 = RowOf(e, hash, actor: [0xff, 0xfe, 0x41]);
        var badTime = RowOf(e, hash, at: "yesterday"u8.ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(hasher.Holds(notUtf8[0]), Is.False);
            Assert.That(hasher.Holds(badTime[0]), Is.False);
            Assert.That(hasher.Holds(RowOf(e, hash)[0]), Is.True, "the hasher is still usable after a miss");
        });
    }

    [Test]
    public async Task Holds_EveryRowOfTheEarlierEnginesFixture_ReproducesItsRecordedHash()
    {
        using var copy = new TemporaryDatabase();
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.db"), copy.Path);
        var store = SqliteCaseStore.ForFile(copy.Path);
        using var hasher = new RowHasher();
        var rows = 0;
        var mismatched = new List<string>();
        await foreach (var batch in store.ReadStoredRowsAsync(null, null))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                rows++;
                if (!hasher.Holds(batch[i]))
                {
                    mismatched.Add($"{batch[i].CaseId}/{batch[i].Sequence}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.GreaterThan(100), "the fixture holds eighteen cases' histories");
            Assert.That(mismatched, Is.Empty, "rows whose stored form does not reproduce their recorded hash");
        });
    }

    // A row as the store writes it (round-trip time with its offset, payload and effects serialised with web defaults), independently of
    // the store's own writer; actor and time may be given as raw bytes.
    private static StoredRows RowOf(CaseEvent e, string hash, byte[]? actor = null, byte[]? at = null)
    {
        var rows = new StoredRows(1);
        rows.Start(e.CaseId, e.Sequence, e.DefinitionVersion);
        rows.Add(StoredRows.Text.Trigger, e.Trigger);
        rows.Add(StoredRows.Text.From, e.From);
        rows.Add(StoredRows.Text.Reached, e.Reached);
        rows.Add(StoredRows.Text.To, e.To);
        rows.Add(StoredRows.Text.Supervision, e.Supervision);
        if (actor is null)
        {
            rows.Add(StoredRows.Text.Actor, e.Actor);
        }
        else
        {
            rows.Add(StoredRows.Text.Actor, actor);
        }

        rows.Add(StoredRows.Text.Identity, e.Identity);
        rows.Add(StoredRows.Text.ActorKind, e.ActorKind);
        if (at is null)
        {
            rows.Add(StoredRows.Text.At, e.At.ToString("O", CultureInfo.InvariantCulture));
        }
        else
        {
            rows.Add(StoredRows.Text.At, at);
        }

        rows.Add(StoredRows.Text.Payload, JsonSerializer.Serialize(e.Payload, Web));
        rows.Add(StoredRows.Text.Effects, JsonSerializer.Serialize(e.Effects, Web));
        rows.Add(StoredRows.Text.PreviousHash, e.PreviousHash);
        rows.Add(StoredRows.Text.Hash, hash);
        return rows;
    }
}
