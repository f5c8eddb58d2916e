using System.Globalization;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using MassTransit;

namespace CaseFlow.Simulator;

/// <summary>
/// The county's side of the conversation. Each step is sent as a request, so the county waits for the township's answer
/// (accepted or refused, with the reason) before its next step: the steps of one case reach the township in order.
/// </summary>
internal sealed class CountyDesk(IBus bus, SimulatorOptions options)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly Random _random = options.Seed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _gate = new();
    private readonly string _run = DateTimeOffset.UtcNow.ToOffset(ChinaTime).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    private int _serial;

    /// <summary>Accepts, assigns, reports on and resolves an escalated case, or sends it back, pausing before each step.</summary>
    public async Task AnswerAsync(CaseEscalatedToCounty escalation, CancellationToken cancellationToken)
    {
        var id = escalation.CaseId;
        var plan = Plan(escalation.Category);
        CountyLog.Write($"<- escalated case {id}: {escalation.Category} 「{escalation.Title}」 ({escalation.Reason})");
        await PauseAsync(cancellationToken);
        if (plan.SendBack)
        {
            await SendAsync(new CountyCaseSentBack { CaseId = id, Reason = "经核查属乡镇职责范围，退回乡镇办理" }, $"sent back case {id} as in scope", cancellationToken);
            return;
        }

        var deadline = CountyCalendar.AddWorkingDays(DateTimeOffset.UtcNow.ToOffset(ChinaTime), options.WorkingDays);
        var accepted = new CountyCaseAccepted { CaseId = id, CountyCaseNumber = plan.Number, Deadline = deadline };
        if (!await SendAsync(accepted, $"accepted case {id} as {plan.Number}, deadline {deadline:yyyy-MM-dd HH:mm}", cancellationToken))
        {
            return;
        }

        var steps = new List<Func<Task<bool>>>
        {
            () => SendAsync(new CountyCaseAssigned { CaseId = id, Department = plan.Department }, $"assigned {plan.Number} to {plan.Department}", cancellationToken),
        };
        if (plan.Progress)
        {
            steps.Add(() => SendAsync(new CountyProgressReported { CaseId = id, Note = $"{plan.Department}已联系来电人，正在核实办理" }, $"progress on {plan.Number}", cancellationToken));
        }

        if (plan.Urge)
        {
            steps.Add(() => SendAsync(new CountyCaseUrged { CaseId = id, Note = $"请{plan.Department}加快办理，按期办结" }, $"urging notice (督办) on {plan.Number}", cancellationToken));
        }

        steps.Add(() => SendAsync(new CountyCaseResolved { CaseId = id, Result = $"{plan.Department}已办结：问题已按政策处理并电话回复来电人" }, $"resolved {plan.Number}", cancellationToken));
        foreach (var step in steps)
        {
            await PauseAsync(cancellationToken);
            if (!await step())
            {
                return;
            }
        }
    }

    /// <summary>Hands <paramref name="count"/> cases down to the township, each under a new county case number.</summary>
    public async Task HandDownAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var (sample, number, reporter) = NextHandDown(i);
            var handedDown = new CaseHandedDown
            {
                CountyCaseNumber = number,
                Category = sample.Category,
                Title = sample.Title,
                Description = sample.Description,
                ReporterName = reporter,
                ReporterPhone = $"1390578{1000 + i:D4}",
                Location = sample.Location,
                Deadline = CountyCalendar.AddWorkingDays(DateTimeOffset.UtcNow.ToOffset(ChinaTime), options.WorkingDays),
            };
            await SendAsync(handedDown, $"handed down {number}: {sample.Category} 「{sample.Title}」", cancellationToken);
        }
    }

    private CasePlan Plan(string category)
    {
        lock (_gate)
        {
            var department = CountySamples.DepartmentFor(category) ?? CountySamples.Departments[_random.Next(CountySamples.Departments.Count)];
            return new CasePlan(
                NextNumber(),
                department,
                _random.NextDouble() < options.SendBackRate,
                _random.NextDouble() < options.ProgressRate,
                _random.NextDouble() < options.UrgeRate);
        }
    }

    private (CountySamples.HandDown Sample, string Number, string Reporter) NextHandDown(int i)
    {
        lock (_gate)
        {
            var sample = CountySamples.HandDowns[_random.Next(CountySamples.HandDowns.Count)];
            return (sample, NextNumber(), CountySamples.Callers[i % CountySamples.Callers.Count]);
        }
    }

    private string NextNumber() => $"YH12345-{_run}-{++_serial:D3}";

    private Task PauseAsync(CancellationToken cancellationToken) => Task.Delay(options.DelayMs, cancellationToken);

    /// <summary>Sends one county message and reports the township's answer; false when it was refused or not answered.</summary>
    private async Task<bool> SendAsync<T>(T message, string what, CancellationToken cancellationToken)
        where T : class
    {
        var client = bus.CreateRequestClient<T>(RequestTimeout.After(ms: (int)AnswerTimeout.TotalMilliseconds));
        try
        {
            var response = await client.GetResponse<CaseCommandAccepted, CaseCommandRejected>(message, cancellationToken);
            if (response.Is(out Response<CaseCommandAccepted>? accepted))
            {
                CountyLog.Write($"-> {what}; township: case {accepted.Message.CaseId} now {accepted.Message.State}");
                return true;
            }

            response.Is(out Response<CaseCommandRejected>? rejected);
            CountyLog.Write($"-> {what}; township refused: {rejected!.Message.Reason}");
            return false;
        }
        catch (RequestTimeoutException)
        {
            CountyLog.Write($"-> {what}; no answer from the township within {AnswerTimeout.TotalSeconds:0} s (is CaseFlow running on this broker?)");
            return false;
        }
    }

    private sealed record CasePlan(string Number, string Department, bool SendBack, bool Progress, bool Urge);
}
