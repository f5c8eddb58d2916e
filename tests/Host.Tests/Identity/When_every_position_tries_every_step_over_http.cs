using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Identity;

/// <summary>
/// The permission matrix over HTTP, generated from workflows.json: for every transition whose source state a case reaches over
/// HTTP, every kind of position (signed in as an account holding only it) sends the trigger to a case in that state. It is refused
/// with 403 naming who may exactly when the transition's <c>by</c> does not admit that position for this case, and a refusal
/// changes nothing. The case is an illegal-construction case on the enforcement platform (coordinator armed-forces-head, lead
/// office demolition-office, grid-1) or, for the county's steps, a case sent to the county.
/// </summary>
[TestFixture]
public sealed class When_every_position_tries_every_step_over_http : HostedServiceFixture
{
    /// <summary>A kind of position relative to the case, the position it is held as, and the roles of <c>by</c> that admit it.</summary>
    private static readonly (string Kind, string Position, string[] AdmittedBy)[] Kinds =
    [
        ("the command room", "commandRoom", ["commandRoom"]),
        ("the platform's coordinator", "leader:armed-forces-head", ["platformCoordinator", "leader"]),
        ("another leader", "leader:deputy-secretary", ["leader"]),
        ("the lead office", "office:demolition-office", ["leadOffice"]),
        ("another office", "office:five-waters-office", []),
        ("the case's grid member", "gridMember:grid-member-1", ["gridMember"]),
        ("another grid member", "gridMember:grid-member-2", []),
        ("the county system", "system:county-12345", ["county"]),
        ("an intake system", "system:shi-an-tong", ["intakeSystem"]),
    ];

    /// <summary>Where a case can be brought over HTTP: its position (or supervision state) and the steps that bring it there.</summary>
    private static readonly string[] Stations =
    [
        "receive.Submitted", "receive.Registered", "dispatch.AwaitingDispatch", "dispatch.AssignedToPlatform", "dispatch.AssignedToOffice",
        "handle.Accepted", "supervise.OnTrack", "handle.InProgress", "handle.ExtensionRequested", "feedback.ResultReported", "feedback.FedBack",
        "assess.AwaitingRating", "assess.Closed", "dispatch.EscalatedToCounty", "dispatch.CountyAccepted",
    ];

    private static readonly Dictionary<string, object> Bodies = new(StringComparer.Ordinal)
    {
        ["MarkInvalid"] = new { reason = "不属实" },
        ["Return"] = new { reason = "非本单位职责" },
        ["EscalateToCounty"] = new { reason = "超出乡镇权限" },
        ["ReportProgress"] = new { note = "进展" },
        ["ReportCoHandling"] = new { office = "five-waters-office", note = "协办情况" },
        ["Complete"] = new { result = "已办结" },
        ["RequestExtension"] = new { workingDays = 5, reason = "当事人外出" },
        ["DecideExtension"] = new { approved = true },
        ["Urge"] = new { note = "请加快" },
        ["FeedBack"] = new { note = "已办结，请确认" },
        ["RecordFeedback"] = new { outcome = "confirmed" },
        ["Rate"] = new { rating = "satisfied" },
        ["RecordCallback"] = new { calledAt = DateTimeOffset.UtcNow, reached = true, rating = "satisfied" },
        ["CountyAccept"] = new { countyCaseNumber = "YH12345-M", deadline = DateTimeOffset.UtcNow.AddDays(10) },
        ["CountyAssign"] = new { department = "县医保局" },
        ["CountyProgress"] = new { note = "县里在办" },
        ["CountyUrge"] = new { note = "请乡里配合" },
        ["CountyResolve"] = new { result = "已解决" },
        ["CountySendBack"] = new { reason = "属乡镇事权" },
    };

    private static IEnumerable<TestCaseData> Steps()
    {
        var definition = CaseFlow.Workflows.Loading.DefinitionLoader.Parse(File.ReadAllText(CaseFlowFactory.DefinitionPath())).Definition!;
        return definition.Workflows
            .SelectMany(w => w.Transitions.Select(t => (Station: $"{w.Id}.{t.From}", t.Trigger, t.By)))
            .Where(t => Stations.Contains(t.Station))
            .GroupBy(t => (t.Station, t.Trigger))
            .Select(g => new TestCaseData(g.Key.Station, g.Key.Trigger, g.SelectMany(t => t.By).Distinct().ToArray()).SetName($"{g.Key.Station} {g.Key.Trigger}"));
    }

    [TestCaseSource(nameof(Steps))]
    public async Task Should_refuse_exactly_the_positions_the_definition_does_not_admit(string station, string trigger, string[] by)
    {
        var first = await ReachAsync(station, $"{station}-{trigger}");
        var id = first;
        var before = await CaseApi.GetAsync(Client, first);
        var refusedWhenAdmitted = new List<string>();
        var allowedWhenNot = new List<string>();
        var unnamed = new List<string>();
        foreach (var (kind, position, admittedBy) in Kinds.OrderBy(k => k.AdmittedBy.Intersect(by).Any()))
        {
            var admitted = admittedBy.Intersect(by).Any() && !by.Contains("system");
            if (admitted)
            {
                // An admitted step may move the case: each admitted position gets a case of its own in the station.
                id = await ReachAsync(station, $"{station}-{trigger}-{position}");
            }

            using var client = Factory.CreateClientAs($"matrix-{position.Replace(':', '-')}", [position]);
            var response = await CaseApi.CommandAsync(client, id, trigger, Bodies.GetValueOrDefault(trigger, new { }));
            var forbidden = (int)response.StatusCode == 403;
            if (admitted && forbidden)
            {
                refusedWhenAdmitted.Add($"{kind}: {await response.Content.ReadAsStringAsync()}");
            }
            else if (!admitted && !forbidden)
            {
                allowedWhenNot.Add($"{kind} ({(int)response.StatusCode})");
            }
            else if (forbidden && (await CaseApi.ProblemAsync(response))["detail"]!.GetValue<string>() is var detail
                && !detail.Contains("may be sent only by", StringComparison.Ordinal) && !detail.Contains("timer pump", StringComparison.Ordinal))
            {
                unnamed.Add($"{kind}: {detail}");
            }
        }

        var after = await CaseApi.GetAsync(Client, first);
        Assert.Multiple(() =>
        {
            Assert.That(refusedWhenAdmitted, Is.Empty, $"by: {string.Join(", ", by)}");
            Assert.That(allowedWhenNot, Is.Empty, $"by: {string.Join(", ", by)}");
            Assert.That(unnamed, Is.Empty, "a refusal names who may");
            Assert.That(after["case"]!["version"]!.GetValue<long>(), Is.EqualTo(before["case"]!["version"]!.GetValue<long>()), "refusals changed nothing");
        });
    }

    [Test]
    public void Should_cover_every_trigger_reached_over_http()
    {
        var registry = Factory.Services.GetRequiredService<DefinitionRegistry>();
        var covered = Steps().Select(s => (string)s.Arguments[1]!).Distinct().ToList();

        Assert.That(covered, Has.Count.GreaterThanOrEqualTo(25), $"covered: {string.Join(", ", covered)} of {registry.Current.Definition.Workflows.SelectMany(w => w.Triggers).Distinct().Count()} triggers");
    }

    /// <summary>A new case brought to the station by the positions whose step each is.</summary>
    private Task<Guid> ReachAsync(string station, string key) =>
        station is "dispatch.EscalatedToCounty" or "dispatch.CountyAccepted"
            ? EscalatedAsync(key, station == "dispatch.CountyAccepted")
            : AlongTheLoopAsync(key, station);

    private async Task<Guid> AlongTheLoopAsync(string key, string station)
    {
        var path = new (string Trigger, object Body)[]
        {
            ("Register", new { actor = "command-room" }),
            ("Triage", new { actor = "command-room" }),
            ("Dispatch", new { actor = "command-room" }),
            ("Assign", new { actor = "armed-forces-head" }),
            ("SignFor", new { actor = "demolition-office" }),
            ("ReportProgress", new { actor = "demolition-office", note = "进展" }),
            ("RequestExtension", new { actor = "demolition-office", workingDays = 5, reason = "当事人外出" }),
        };
        var stops = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["receive.Submitted"] = 0, ["receive.Registered"] = 1, ["dispatch.AwaitingDispatch"] = 2, ["dispatch.AssignedToPlatform"] = 3,
            ["dispatch.AssignedToOffice"] = 4, ["handle.Accepted"] = 5, ["supervise.OnTrack"] = 5, ["handle.InProgress"] = 6,
            ["handle.ExtensionRequested"] = 7,
        };
        var id = await CaseApi.SubmitAsync(Client, key);
        var toClose = station is "feedback.ResultReported" or "feedback.FedBack" or "assess.AwaitingRating" or "assess.Closed";
        foreach (var (trigger, body) in path.Take(toClose ? 5 : stops[station]))
        {
            await CaseApi.AcceptAsync(Client, id, trigger, body);
        }

        if (toClose)
        {
            var closing = new (string Trigger, object Body)[]
            {
                ("Complete", new { actor = "demolition-office", result = "已拆除" }),
                ("FeedBack", new { actor = "command-room", note = "已拆除" }),
                ("RecordFeedback", new { actor = "command-room", outcome = "confirmed" }),
                ("Rate", new { actor = "command-room", rating = "satisfied" }),
            };
            var count = Array.IndexOf(["feedback.ResultReported", "feedback.FedBack", "assess.AwaitingRating", "assess.Closed"], station) + 1;
            foreach (var (trigger, body) in closing.Take(count))
            {
                await CaseApi.AcceptAsync(Client, id, trigger, body);
            }
        }

        var view = await CaseApi.GetAsync(Client, id);
        var where = station.StartsWith("supervise.", StringComparison.Ordinal) ? $"supervise.{view["case"]!["supervision"]!.GetValue<string>()}" : CaseApi.Position(view);
        Assert.That(where, Is.EqualTo(station), "the case reached the station");
        return id;
    }

    private async Task<Guid> EscalatedAsync(string key, bool accepted)
    {
        var response = await Client.PostAsJsonAsync("/cases", new
        {
            clientKey = key,
            actor = "command-room",
            category = "medical-insurance",
            description = "住院医保报销三个月未到账",
            channel = "hotline",
            reporter = new { name = "钟大伯", phone = "13857880003" },
        });
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        await CaseApi.AcceptAsync(Client, id, "Register", new { actor = "command-room" });
        await CaseApi.AcceptAsync(Client, id, "Triage", new { actor = "command-room" });
        if (accepted)
        {
            await CaseApi.AcceptAsync(Client, id, "CountyAccept", new { actor = "county-12345", countyCaseNumber = "YH12345-A", deadline = DateTimeOffset.UtcNow.AddDays(10) });
        }

        return id;
    }
}
