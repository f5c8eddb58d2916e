using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>
/// A fixed week of cases (Monday 3 – Sunday 9 March 2025, an ordinary working week) run through the case service on a fake
/// clock, read on Monday 17 March at 09:00. Working hours are 08:30–12:00 and 14:00–17:30 (7 h a day); an office has 4 working
/// hours to sign for a normal case; the callback is due 3 working days after closing. What each case does, and so what every
/// indicator must be, is written out beside it for the specs to compute by hand.
/// </summary>
internal sealed class AssessmentWeek : IAsyncDisposable
{
    public static readonly AssessmentPeriod Week = AssessmentPeriod.Week(new DateOnly(2025, 3, 3));
    public static readonly DateTimeOffset AsOf = Shanghai(2025, 3, 17, 9);

    /// <summary>Wednesday of the week at noon: an earlier instant to read the same histories at.</summary>
    public static readonly DateTimeOffset Wednesday = Shanghai(2025, 3, 5, 12);

    private AssessmentWeek(SupervisedTownship township) => Township = township;

    public SupervisedTownship Township { get; }

    public Guid A { get; private set; }
    public Guid B { get; private set; }
    public Guid C { get; private set; }
    public Guid D { get; private set; }
    public Guid E { get; private set; }
    public Guid F { get; private set; }
    public Guid G { get; private set; }
    public Guid H { get; private set; }

    public IReadOnlyList<CaseRecord> Records { get; private set; } = [];

    /// <summary>Plays the week on the real workflows.json, or on the <paramref name="definitionText"/> given.</summary>
    public static async Task<AssessmentWeek> RunAsync(string? definitionText = null)
    {
        var week = new AssessmentWeek(await StartAsync(Shanghai(2025, 2, 28, 9), definitionText));
        await week.PlayAsync();
        return week;
    }

    public ValueTask DisposeAsync() => Township.DisposeAsync();

    private async Task PlayAsync()
    {
        var t = Township;

        // G: received the Friday before the week (not counted in it): registered only.
        G = await SubmitAsync("sanitation", "grid-3", Shanghai(2025, 2, 28, 9));
        await t.AcceptAsync(G, Triggers.Register, CommandRoom);

        // A: 治安隐患 (governance, the police station, a dispatched agency), grid-1, co-handled by the market supervision station
        // (market platform): needs another platform. Assigned Mon 09:00 (sign for by 15:00), signed for Mon 10:00 (in time),
        // deadline 3 working days (close of Thu 6 Mar), completed Tue 10:00 (on time; 2 + 3.5 + 1.5 = 7 working hours),
        // rated satisfied Tue 11:00 (closed), called back Wed 10:00 (in time: due close of Fri 7 Mar).
        // B: 违法建筑 (enforcement, 三改一拆办), grid-2 (village-1). Assigned Mon 09:00 (sign for by 15:00), signed for Tue 09:00:
        // late. Deadline 10 working days (close of Tue 18 Mar): still being handled, not late, on 17 Mar.
        A = await SubmitAsync("public-security-hazard", "grid-1", Shanghai(2025, 3, 3, 9));
        await AssignAsync(A, ["market-supervision-station"]);
        B = await SubmitAsync("illegal-construction", "grid-2", Shanghai(2025, 3, 3, 9));
        await AssignAsync(B, []);
        await At(Shanghai(2025, 3, 3, 10)).AcceptAsync(A, Triggers.SignFor, "police-station");
        await At(Shanghai(2025, 3, 4, 9)).AcceptAsync(B, Triggers.SignFor, "demolition-office");

        // C: 环境卫生 (enforcement, 环卫), grid-3 (village-2). Assigned Tue 09:00, signed for 09:30 (in time); deadline close of
        // Fri 7 Mar; completed Mon 10 Mar 09:00: late (2.5 + 3.5 + 7 + 7 + 7 + 0.5 = 27.5 working hours). Disputed 09:30 and
        // reopened; assigned again 10:00 (sign for by 16:00), signed for 10:30 (in time), completed Tue 11 Mar 10:30 (on time;
        // 1.5 + 3.5 + 2 = 7 working hours; 34.5 in all); rated dissatisfied 11:00. Never called back: due close of Fri 14 Mar.
        C = await SubmitAsync("sanitation", "grid-3", Shanghai(2025, 3, 4, 9));
        await AssignAsync(C, []);
        await At(Shanghai(2025, 3, 4, 9, 30)).AcceptAsync(A, Triggers.ReportCoHandling, "market-supervision-station", new CasePayload { Office = "market-supervision-station" });
        await t.AcceptAsync(C, Triggers.SignFor, "sanitation-office");
        await At(Shanghai(2025, 3, 4, 10)).AcceptAsync(A, Triggers.Complete, "police-station", new CasePayload { Result = "隐患已排除" });
        await CloseAsync(A, Shanghai(2025, 3, 4, 11), "satisfied");

        // D: 治安隐患 again, grid-1. Assigned Wed 09:00, returned by the police station at 10:00 (before its sign-for deadline:
        // that assignment is not counted), dispatched and assigned again 10:30 (sign for by 16:30), never signed for: late. Unsigned,
        // it climbs the ladder from its sign-for deadline: the governance platform's coordinator (the deputy secretary) at the close
        // of Thu 6 Mar, the deputy secretary at the close of Mon 10 Mar, the main leader at the close of Thu 13 Mar — all taken by
        // the timer pump run on 17 Mar.
        D = await SubmitAsync("public-security-hazard", "grid-1", Shanghai(2025, 3, 5, 9));
        await AssignAsync(D, []);
        await At(Shanghai(2025, 3, 5, 10)).AcceptAsync(A, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = Shanghai(2025, 3, 5, 10), Reached = true, Rating = "satisfied" });
        await t.AcceptAsync(D, Triggers.Return, "police-station", new CasePayload { Reason = "需核实地址" });
        await At(Shanghai(2025, 3, 5, 10, 30)).AcceptAsync(D, Triggers.Dispatch, CommandRoom);
        await t.AcceptAsync(D, Triggers.Assign, "deputy-secretary");

        // E: a hotline call that is no government matter: invalid (services platform by its category).
        E = await SubmitAsync("certificate-request", null, Shanghai(2025, 3, 6, 9));
        await t.AcceptAsync(E, Triggers.MarkInvalid, CommandRoom, new CasePayload { Reason = "咨询类来电" });

        // H: 安全生产隐患 (enforcement, 安监), no grid. Assigned Thu 09:00, signed for 09:30 (in time); deadline close of Tue 11 Mar;
        // never completed. The timer pump, run on 17 Mar, escalates it to the platform coordinator (close of Wed 12 Mar) and the
        // deputy secretary (close of Fri 14 Mar).
        H = await SubmitAsync("work-safety-hazard", null, Shanghai(2025, 3, 6, 9));
        await AssignAsync(H, []);
        await At(Shanghai(2025, 3, 6, 9, 30)).AcceptAsync(H, Triggers.SignFor, "work-safety-office");

        // F: 供电 (a county matter, market platform by its category): triaged out of scope, escalated to the county.
        F = await SubmitAsync("power-supply", null, Shanghai(2025, 3, 7, 9));
        await t.AcceptAsync(F, Triggers.Register, CommandRoom);
        await t.AcceptAsync(F, Triggers.Triage, CommandRoom);

        await At(Shanghai(2025, 3, 10, 9)).AcceptAsync(C, Triggers.Complete, "sanitation-office", new CasePayload { Result = "已清运" });
        await t.AcceptAsync(C, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "已清运，请确认" });
        await At(Shanghai(2025, 3, 10, 9, 30)).AcceptAsync(C, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "disputed" });
        await At(Shanghai(2025, 3, 10, 10)).AcceptAsync(C, Triggers.Dispatch, CommandRoom);
        await t.AcceptAsync(C, Triggers.Assign, "armed-forces-head");
        await At(Shanghai(2025, 3, 10, 10, 30)).AcceptAsync(C, Triggers.SignFor, "sanitation-office");
        await At(Shanghai(2025, 3, 11, 10, 30)).AcceptAsync(C, Triggers.Complete, "sanitation-office", new CasePayload { Result = "复查已清理" });
        await CloseAsync(C, Shanghai(2025, 3, 11, 11), "dissatisfied");

        await t.PumpAtAsync(AsOf);
        Records = await new CaseRecordReader(t.Store, t.Definitions).ReadAllAsync();
    }

    private SupervisedTownship At(DateTimeOffset now)
    {
        Township.Clock.SetUtcNow(now);
        return Township;
    }

    private async Task<Guid> SubmitAsync(string category, string? grid, DateTimeOffset at)
    {
        Township.Clock.SetUtcNow(at);
        var definition = WorkflowsFile.Definition.Definition;
        var member = grid is null ? null : definition.Organisation.Grids.Single(g => g.Id == grid);
        var outcome = await Township.Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.NewGuid(),
            Actor = member?.Member.Id ?? "service-hotline",
            Payload = new CasePayload
            {
                ClientKey = $"week-{Guid.NewGuid():N}",
                Category = category,
                Title = $"{category} 案件",
                Description = "考核样例",
                Channel = grid is null ? "hotline" : "grid",
                Reporter = grid is null ? new Reporter("蓝女士", "13812345678", null) : null,
                Village = member?.Village,
                Grid = grid,
            },
        });
        Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), () => outcome.Decision?.Rejection ?? "");
        return outcome.State!.Id;
    }

    /// <summary>Registers, triages, dispatches and assigns at the current time.</summary>
    private async Task AssignAsync(Guid id, string[] coHandlers)
    {
        var t = Township;
        await t.AcceptAsync(id, Triggers.Register, CommandRoom);
        await t.AcceptAsync(id, Triggers.Triage, CommandRoom);
        var dispatched = await t.AcceptAsync(id, Triggers.Dispatch, CommandRoom);
        await t.AcceptAsync(id, Triggers.Assign, WorkflowsFile.Definition.Platform(dispatched.Platform!)!.Coordinator, new CasePayload { CoHandlers = coHandlers });
    }

    private async Task CloseAsync(Guid id, DateTimeOffset at, string rating)
    {
        var t = At(at);
        if ((await t.ViewAsync(id)).PermittedTriggers.Contains(Triggers.FeedBack))
        {
            await t.AcceptAsync(id, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "已办结，请确认" });
        }

        await t.AcceptAsync(id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "confirmed" });
        await t.AcceptAsync(id, Triggers.Rate, "reporter", new CasePayload { Rating = rating });
    }
}
