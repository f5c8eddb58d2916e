using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Configuration;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;
using MassTransit;

namespace CaseFlow.Host.Demo;

/// <summary>
/// A realistic day: every grid member, the hotline, letters and visits raise cases across all four platforms; offices sign for,
/// handle and complete them; some are handled jointly, some returned, some disputed and reopened, a few out of scope, and a few
/// are still being handled when the day ends.
/// Every step is a command message on the bus, answered accepted or rejected, sent as the township gateway (the in-process sender
/// <see cref="DemoSenders.Gateway"/>; over RabbitMQ, the service's own broker user). What reporters say (their confirmation, their
/// rating) the command room records on their behalf: the reporter never acts on the bus. Out-of-scope cases wait up to
/// <paramref name="countyWait"/> for the county 12345 system's answer (zero: they stay with the county).
/// </summary>
public sealed class DemoDay(IBus bus, CompiledDefinition definition, CaseService cases, TimeSpan countyWait)
{
    private const string CommandRoom = "command-room";
    private static readonly TimeSpan CountyPoll = TimeSpan.FromMilliseconds(250);
    private readonly DemoTally _tally = new();
    private readonly IReadOnlyList<DemoPlan> _plans = DemoPlans.Build(definition);
    private int _submitted;
    private int _finished;

    /// <summary>Cases the day plans.</summary>
    public int Planned => _plans.Count;

    /// <summary>Cases submitted.</summary>
    public int Submitted => _submitted;

    /// <summary>Runs every planned case to where the day leaves it, reporting how many cases have got there.</summary>
    public async Task<DemoTally> RunAsync(IProgress<long>? progress = null)
    {
        await Parallel.ForEachAsync(_plans, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (plan, _) =>
        {
            await RunCaseAsync(plan);
            progress?.Report(Interlocked.Increment(ref _finished));
        });
        return _tally;
    }

    private async Task RunCaseAsync(DemoPlan plan)
    {
        var received = await SendAsync(plan.Submission)
            ?? throw new InvalidOperationException($"the demo submission {plan.Submission.ClientKey} was refused: {string.Join(" | ", _tally.Reasons)}");
        Interlocked.Increment(ref _submitted);
        var id = received.CaseId;
        if (plan.Kind == DemoKind.Invalid)
        {
            await SendAsync(new MarkCaseInvalid { CaseId = id, Actor = CommandRoom, Reason = "咨询类来电，非政务事项" });
            return;
        }

        await SendAsync(new RegisterCase { CaseId = id, Actor = CommandRoom });
        await SendAsync(new TriageCase { CaseId = id, Actor = CommandRoom });
        var category = definition.Category(plan.Submission.Category)!;
        if (plan.Kind == DemoKind.OutOfScope)
        {
            await CarryOnAfterCountyAsync(id, plan, category);
            return;
        }

        if (plan.Kind == DemoKind.Returned)
        {
            var wrong = definition.Definition.Organisation.Platforms.First(p => p.Id != category.Platform);
            await SendAsync(new DispatchCase { CaseId = id, Actor = CommandRoom, Platform = wrong.Id });
            await SendAsync(new AssignCase { CaseId = id, Actor = wrong.Coordinator });
            await SendAsync(new ReturnCase { CaseId = id, Actor = wrong.LeadOffice, Reason = "不属于本平台职责，请重新分流" });
        }

        if (plan.Kind == DemoKind.Pending)
        {
            await StartHandlingAsync(id, category);
            return;
        }

        await HandleRoundAsync(id, plan, category, round: 1);
        if (plan.Kind == DemoKind.Disputed)
        {
            await SendAsync(new RecordFeedback { CaseId = id, Actor = CommandRoom, Outcome = "disputed", Comment = "问题没有解决" });
            await HandleRoundAsync(id, plan, category, round: 2);
        }

        await SendAsync(new RecordFeedback { CaseId = id, Actor = CommandRoom, Outcome = "confirmed" });
        await SendAsync(new RateCase { CaseId = id, Actor = CommandRoom, Rating = plan.Rating });
        await CallBackAsync(id, plan);
    }

    /// <summary>When the county resolves the case, the command room feeds its result back; when it sends it back, the township handles it.</summary>
    private async Task CarryOnAfterCountyAsync(Guid id, DemoPlan plan, Category category)
    {
        if (await CountyAnswerAsync(id) is not { } answered)
        {
            return;
        }

        if (answered.CountyStatus == CountyStatuses.SentBack)
        {
            await HandleRoundAsync(id, plan, category, round: 1);
        }
        else
        {
            await SendAsync(new FeedBackToReporter { CaseId = id, Actor = CommandRoom, Message = $"县12345办理结果：{answered.Result}" });
        }

        await SendAsync(new RecordFeedback { CaseId = id, Actor = CommandRoom, Outcome = "confirmed" });
        await SendAsync(new RateCase { CaseId = id, Actor = CommandRoom, Rating = plan.Rating });
        await CallBackAsync(id, plan);
    }

    /// <summary>Polls the case until the county resolved it or sent it back; null when it is still with the county after the wait.</summary>
    private async Task<CaseState?> CountyAnswerAsync(Guid id)
    {
        var until = DateTimeOffset.UtcNow + countyWait;
        while (DateTimeOffset.UtcNow < until)
        {
            var state = (await cases.GetAsync(id))?.State;
            if (state?.CountyStatus is CountyStatuses.Resolved or CountyStatuses.SentBack)
            {
                return state;
            }

            await Task.Delay(CountyPoll);
        }

        return null;
    }

    /// <summary>The command room's callback survey (回访) of a closed case, when the plan has one.</summary>
    private async Task CallBackAsync(Guid id, DemoPlan plan)
    {
        if (plan.CalledBack)
        {
            await SendAsync(new RecordCallback { CaseId = id, Actor = CommandRoom, CalledAt = DateTimeOffset.UtcNow, Reached = true, Rating = plan.Rating, Note = "电话回访，报告人确认问题已解决" });
        }
    }

    /// <summary>Dispatched, assigned, signed for and under way: the office is still at it when the day ends.</summary>
    private async Task StartHandlingAsync(Guid id, Category category)
    {
        await SendAsync(new DispatchCase { CaseId = id, Actor = CommandRoom });
        await SendAsync(new AssignCase { CaseId = id, Actor = definition.Platform(category.Platform)!.Coordinator });
        await SendAsync(new SignForCase { CaseId = id, Actor = category.LeadOffice });
        await SendAsync(new ReportProgress { CaseId = id, Actor = category.LeadOffice, Note = "已到现场核实，正在处置" });
    }

    private async Task HandleRoundAsync(Guid id, DemoPlan plan, Category category, int round)
    {
        var platform = definition.Platform(category.Platform)!;
        var coHandlers = plan.Kind == DemoKind.Joint && round == 1 ? plan.CoHandlers : [];
        await SendAsync(new DispatchCase { CaseId = id, Actor = CommandRoom });
        if (plan.Kind == DemoKind.Simple)
        {
            // Deliberately out of order: an office cannot sign for a case before its platform leader assigns it.
            await SendAsync(new SignForCase { CaseId = id, Actor = category.LeadOffice });
        }

        await SendAsync(new AssignCase { CaseId = id, Actor = platform.Coordinator, CoHandlers = coHandlers });
        await SendAsync(new SignForCase { CaseId = id, Actor = category.LeadOffice });
        await SendAsync(new ReportProgress { CaseId = id, Actor = category.LeadOffice, Note = round == 1 ? "已到现场核实" : "复核后再次处置" });
        if (plan.Kind == DemoKind.Extended && round == 1)
        {
            await SendAsync(new UrgeCase { CaseId = id, Actor = CommandRoom, Note = "请加快办理" });
            await SendAsync(new RequestExtension { CaseId = id, Actor = category.LeadOffice, WorkingDays = 3, Reason = "需等待检测结果" });
            await SendAsync(new DecideExtension { CaseId = id, Actor = platform.Coordinator, Approved = true });
        }

        if (coHandlers.Count > 0)
        {
            // Deliberately early: joint handling completes only when every co-handler has reported.
            await SendAsync(new CompleteCase { CaseId = id, Actor = category.LeadOffice, Result = "主办单位已处置" });
            foreach (var office in coHandlers)
            {
                await SendAsync(new ReportCoHandling { CaseId = id, Actor = office, Office = office, Note = "协办部分已完成" });
            }
        }

        await SendAsync(new CompleteCase { CaseId = id, Actor = category.LeadOffice, Result = round == 1 ? "已处置到位" : "复查整改完毕" });
        await SendAsync(new FeedBackToReporter { CaseId = id, Actor = CommandRoom, Message = "您反映的问题已办结，请确认" });
    }

    private async Task<CaseCommandAccepted?> SendAsync<T>(T command)
        where T : class
    {
        var client = bus.CreateRequestClient<T>(RequestTimeout.After(s: 60));
        var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(command, request => request.As(DemoSenders.Gateway));
        if (response.Is(out Response<CaseCommandAccepted>? accepted))
        {
            _tally.Accept();
            return accepted.Message;
        }

        response.Is(out Response<CaseCommandRejected>? rejected);
        _tally.Reject($"{typeof(T).Name}: {rejected!.Message.Reason}");
        return null;
    }
}
