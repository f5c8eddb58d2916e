using System.Diagnostics;
using CaseFlow.Contracts.Commands;

namespace CaseFlow.Bench.Load;

/// <summary>
/// How long one case took: from sending its submission to the answer to its dispatch and to its rating (closed), and each step's
/// round trip beside the name of the command it sent.
/// </summary>
internal sealed record CaseTimings(TimeSpan SubmitToDispatch, TimeSpan SubmitToClose, IReadOnlyList<TimeSpan> Steps, IReadOnlyList<string> Commands);

/// <summary>
/// One in-scope case around the whole loop, every step a request message: submit, register, triage, dispatch, assign, sign for,
/// report progress, complete, feed back, confirm, rate (closed). Eleven transitions.
/// </summary>
internal static class Lifecycle
{
    public const int Steps = 11;
    private const string CommandRoom = "command-room";

    public static async Task<CaseTimings> RunAsync(ICommandChannel channel, CaseRoute route, string clientKey)
    {
        var steps = new List<TimeSpan>(Steps);
        var commands = new List<string>(Steps);
        var start = Stopwatch.GetTimestamp();
        var last = start;

        async Task<Guid> Step<T>(T command)
            where T : class
        {
            var id = await channel.SendAsync(command);
            var now = Stopwatch.GetTimestamp();
            steps.Add(Stopwatch.GetElapsedTime(last, now));
            commands.Add(typeof(T).Name);
            last = now;
            return id;
        }

        var id = await Step(new SubmitCase
        {
            ClientKey = clientKey,
            Actor = "grid-member-1",
            Category = route.Category,
            Title = "网格巡查发现问题",
            Description = "网格员巡查时发现问题，现场拍照上报，请尽快处理。",
            Channel = "grid",
            Grid = "grid-1",
            Village = "village-1",
            Location = "雾溪村口",
        });
        await Step(new RegisterCase { CaseId = id, Actor = CommandRoom });
        await Step(new TriageCase { CaseId = id, Actor = CommandRoom });
        await Step(new DispatchCase { CaseId = id, Actor = CommandRoom });
        var dispatched = Stopwatch.GetElapsedTime(start, last);
        await Step(new AssignCase { CaseId = id, Actor = route.Coordinator });
        await Step(new SignForCase { CaseId = id, Actor = route.LeadOffice });
        await Step(new ReportProgress { CaseId = id, Actor = route.LeadOffice, Note = "已到现场核实" });
        await Step(new CompleteCase { CaseId = id, Actor = route.LeadOffice, Result = "已处置到位" });
        await Step(new FeedBackToReporter { CaseId = id, Actor = CommandRoom, Message = "您反映的问题已办结，请确认" });
        await Step(new RecordFeedback { CaseId = id, Actor = CommandRoom, Outcome = "confirmed" });
        await Step(new RateCase { CaseId = id, Actor = CommandRoom, Rating = "satisfied" });
        return new CaseTimings(dispatched, Stopwatch.GetElapsedTime(start, last), steps, commands);
    }
}
