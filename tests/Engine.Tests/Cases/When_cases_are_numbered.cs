using System.Text.Json.Nodes;
using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Tests.County;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// Cases submitted through the engine on SQLite with the real workflows.json (township code YHWX, calendar in Asia/Shanghai), the
/// clock starting at 09:00 China time on 2026-11-27 and moving five minutes per message: each case is numbered by its day of receipt
/// in China time and the day's sequence; the number is recorded in the submission, so a resend, a replay and the county keep it.
/// </summary>
[TestFixture]
public sealed class When_cases_are_numbered
{
    private CountyConversation _engine = null!;

    [SetUp]
    public async Task Start() => _engine = await CountyConversation.StartAsync();

    [TearDown]
    public async Task Stop() => await _engine.DisposeAsync();

    private static SubmitCase Hotline(string key, string category = "neighbour-dispute") => new()
    {
        ClientKey = key,
        Actor = CountyConversation.CommandRoom,
        Category = category,
        Title = "邻里纠纷",
        Description = "两户为宅基地边界争执",
        Channel = "hotline",
        Reporter = new Contracts.Commands.Reporter { Name = "蓝女士", Phone = "13800000000" },
        Location = "雾溪乡",
    };

    [Test]
    public async Task Should_number_three_cases_of_one_day_one_two_three()
    {
        var numbers = new List<string?>();
        foreach (var key in new[] { "day-1", "day-2", "day-3" })
        {
            numbers.Add((await _engine.AcceptAsync(Hotline(key))).Number);
        }

        Assert.That(numbers, Is.EqualTo(new[] { "YHWX-20261127-0001", "YHWX-20261127-0002", "YHWX-20261127-0003" }));
    }

    [Test]
    public async Task Should_number_by_the_day_in_China_time_not_in_UTC()
    {
        // 15:50 UTC is 23:50 in China, still the 27th; 23:30 UTC is 07:30 on the 28th in China, though still the 27th in UTC.
        _engine.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 15, 45, 0, TimeSpan.Zero));
        var lateEvening = await _engine.AcceptAsync(Hotline("late-evening"));
        _engine.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 23, 25, 0, TimeSpan.Zero));
        var nextMorning = await _engine.AcceptAsync(Hotline("next-morning"));

        Assert.Multiple(() =>
        {
            Assert.That(lateEvening.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(nextMorning.Number, Is.EqualTo("YHWX-20261128-0001"), "the 28th's first case in China");
        });
    }

    [Test]
    public async Task Should_answer_a_resend_with_its_number_and_take_no_other()
    {
        var first = await _engine.AcceptAsync(Hotline("resent"));
        var resent = await _engine.SendAsync(Hotline("resent"));
        var next = await _engine.AcceptAsync(Hotline("after-the-resend"));

        Assert.Multiple(() =>
        {
            Assert.That(resent.Status, Is.EqualTo(CommandStatus.AlreadySubmitted));
            Assert.That(resent.State!.Id, Is.EqualTo(first.Id));
            Assert.That(resent.State.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(next.Number, Is.EqualTo("YHWX-20261127-0002"), "the resend took no number");
        });
    }

    [Test]
    public async Task Should_take_no_number_for_a_refused_submission()
    {
        var refused = await _engine.SendAsync(Hotline("refused", category: "no-such-category"));
        var accepted = await _engine.AcceptAsync(Hotline("accepted"));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(accepted.Number, Is.EqualTo("YHWX-20261127-0001"));
        });
    }

    [Test]
    public async Task Should_record_the_number_in_the_submission_so_a_replay_keeps_it_and_the_chain_covers_it()
    {
        var state = await _engine.AcceptAsync(Hotline("replayed"));
        await _engine.AcceptAsync(new RegisterCase { CaseId = state.Id, Actor = CountyConversation.CommandRoom });
        var history = await _engine.Store.ReadAsync(state.Id);
        var definitions = await _engine.Definitions.ForHistoryAsync(history);
        var replay = CaseReplayer.Replay(state.Id, history, definitions, await _engine.Store.ReadSnapshotAsync(state.Id), _engine.Definitions.Calendars.Current);
        var renumbered = history[0] with { Payload = history[0].Payload with { Number = "YHWX-20261127-0002" } };

        Assert.Multiple(async () =>
        {
            Assert.That(history[0].Payload.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(replay.IsFaithful, Is.True, () => string.Join("; ", replay.Divergences.Select(d => d.Message)));
            Assert.That(replay.State!.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That((await ChainVerifier.VerifyAsync(_engine.Store)).Broken, Is.Empty);
            Assert.That(EventChain.Compute(renumbered), Is.Not.EqualTo(history[0].Hash), "another number breaks the chain");
        });
    }

    [Test]
    public async Task Should_quote_the_number_in_the_receipt_the_received_event_and_every_message_to_the_county()
    {
        var escalated = await _engine.EscalatedCaseAsync("to-the-county");

        Assert.Multiple(() =>
        {
            Assert.That(escalated.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(_engine.Published.Of<CaseEscalatedToCounty>().Single().CaseNumber, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(_engine.Published.Of<CaseReceived>().Single().CaseNumber, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(_engine.Published.Of<ReporterNotified>()[0].Message, Does.Contain("（编号 YHWX-20261127-0001）"), "the receipt");
        });
    }

    [Test]
    public async Task Should_find_a_case_by_its_number_in_the_store()
    {
        await _engine.AcceptAsync(Hotline("found-1"));
        var second = await _engine.AcceptAsync(Hotline("found-2"));

        var found = await _engine.Store.ListPageAsync(new CaseFilter { Number = "YHWX-20261127-0002" }, null, 10);
        var none = await _engine.Store.ListPageAsync(new CaseFilter { Number = "YHWX-20261127-0009" }, null, 10);

        Assert.Multiple(() =>
        {
            Assert.That(found.Select(c => c.Id), Is.EqualTo(new[] { second.Id }));
            Assert.That(none, Is.Empty);
        });
    }

    [Test]
    public async Task Should_give_every_row_of_an_export_its_case_number_even_without_the_submission()
    {
        var state = await _engine.AcceptAsync(Hotline("exported"));
        await _engine.AcceptAsync(new RegisterCase { CaseId = state.Id, Actor = CountyConversation.CommandRoom });
        var history = await _engine.Store.ReadAsync(state.Id);

        // A period that starts after the submission: the register step alone, its number read from the case.
        await using var output = new StringWriter();
        await HistoryExport.WriteCsvAsync(output, history.Skip(1).ToAsyncEnumerable(), false, async (id, ct) => (await _engine.Store.ReadSnapshotAsync(id, ct))?.Number);
        var lines = HistoryExport.ToCsv(history, false).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var periodLines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.EndWith(",caseNumber"));
            Assert.That(lines.Skip(1), Has.All.EndWith(",YHWX-20261127-0001"), "submission and register rows");
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(periodLines.Skip(1).Single(), Does.EndWith(",YHWX-20261127-0001"));
        });
    }

    [Test]
    public async Task Should_give_no_number_where_the_township_declares_no_code()
    {
        var numbered = await _engine.AcceptAsync(Hotline("with-code"));
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(DefinitionPath()))!;
        definition["organisation"]!.AsObject().Remove("township");
        await _engine.Definitions.PublishAsync(definition.ToJsonString(), "without-a-code");

        var unnumbered = await _engine.AcceptAsync(Hotline("without-code"));
        var view = await _engine.ViewAsync(unnumbered.Id);

        Assert.Multiple(() =>
        {
            Assert.That(numbered.Number, Is.EqualTo("YHWX-20261127-0001"));
            Assert.That(unnumbered.Number, Is.Null);
            Assert.That(view.History[0].Payload.Number, Is.Null);
            Assert.That(CaseNumbers.Label(unnumbered), Is.EqualTo(unnumbered.Id.ToString("D")), "shown by its id");
        });
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

        throw new InvalidOperationException("no workflows.json above the test directory");
    }
}
