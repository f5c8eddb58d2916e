using CaseFlow.Contracts.Commands;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Demo;

/// <summary>How a demo case goes.</summary>
public enum DemoKind
{
    /// <summary>Straight through the loop.</summary>
    Simple,

    /// <summary>Lead office plus co-handlers from other platforms.</summary>
    Joint,

    /// <summary>Sent to the wrong platform first, returned, re-dispatched.</summary>
    Returned,

    /// <summary>The reporter disputes the first result; the case reopens.</summary>
    Disputed,

    /// <summary>Urged, then extended.</summary>
    Extended,

    /// <summary>Outside the township's remit: escalated to the county.</summary>
    OutOfScope,

    /// <summary>Not a government matter.</summary>
    Invalid,

    /// <summary>Signed for and under way at the end of the day: still being handled.</summary>
    Pending,
}

/// <summary>One planned case.</summary>
/// <param name="Kind">How it goes.</param>
/// <param name="Submission">The submission message.</param>
/// <param name="CoHandlers">Co-handlers, for joint cases.</param>
/// <param name="Rating">The reporter's rating at the end.</param>
/// <param name="CalledBack">True when the command room calls the reporter back (回访) once the case is closed.</param>
public sealed record DemoPlan(DemoKind Kind, SubmitCase Submission, IReadOnlyList<string> CoHandlers, string Rating, bool CalledBack = false);

/// <summary>The day's cases, deterministic so that two runs tell the same story.</summary>
public static class DemoPlans
{
    private static readonly DemoKind[] Rotation =
    [
        DemoKind.Simple, DemoKind.Joint, DemoKind.Simple, DemoKind.Returned, DemoKind.Disputed, DemoKind.Simple, DemoKind.Extended,
        DemoKind.Pending,
    ];

    private static readonly string[] Ratings = ["satisfied", "satisfied", "basicallySatisfied", "satisfied", "dissatisfied"];

    /// <summary>Two cases from every grid member, eight hotline calls, four letters, two visits, four out of scope and one invalid.</summary>
    public static IReadOnlyList<DemoPlan> Build(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        var township = definition.Definition.Categories.Where(c => c.Jurisdiction == Jurisdictions.Township).ToList();
        var county = definition.Definition.Categories.Where(c => c.Jurisdiction == Jurisdictions.County).ToList();
        var plans = new List<DemoPlan>();
        var n = 0;

        DemoPlan Plan(DemoKind kind, Category category, string channel, string actor, Reporter? reporter, Grid? grid)
        {
            n++;
            var submission = new SubmitCase
            {
                ClientKey = $"demo-{n:D3}",
                Actor = actor,
                Category = category.Id,
                Title = $"{category.Name}（示例 {n}）",
                Description = $"{grid?.Name ?? "群众"}反映：{category.Name}问题，请尽快处理。",
                Channel = channel,
                Priority = category.Deadline?.WorkingHours > 0 ? "urgent" : "normal",
                Reporter = reporter,
                Village = grid?.Village,
                Grid = grid?.Id,
                Location = grid is null ? "雾溪乡" : $"{grid.Name}",
            };
            var coHandlers = kind == DemoKind.Joint ? CoHandlersFor(definition, category) : [];
            // Two closed cases in three are called back the same day; the rest wait for the callback, and are flagged if it is late.
            return new DemoPlan(kind, submission, coHandlers, Ratings[n % Ratings.Length], CalledBack: n % 3 != 0);
        }

        for (var g = 0; g < organisation.Grids.Count; g++)
        {
            var grid = organisation.Grids[g];
            for (var k = 0; k < 2; k++)
            {
                var category = township[(g * 2 + k) % township.Count];
                var kind = Rotation[(g * 2 + k) % Rotation.Length];
                plans.Add(Plan(kind, category, "grid", grid.Member.Id, null, grid));
            }
        }

        var callers = new[] { "蓝先生", "雷女士", "钟大伯", "李女士", "吴先生", "蓝阿姨", "陈先生", "叶女士" };
        for (var i = 0; i < 14; i++)
        {
            var channel = i < 8 ? "hotline" : i < 12 ? "letter" : "visit";
            var category = township[(i * 5 + 3) % township.Count];
            var reporter = new Reporter { Name = callers[i % callers.Length], Phone = $"1385788{i:D4}" };
            plans.Add(Plan(Rotation[(i + 3) % Rotation.Length], category, channel, "command-room", reporter, null));
        }

        for (var i = 0; i < 4; i++)
        {
            plans.Add(Plan(DemoKind.OutOfScope, county[i % county.Count], "hotline", "command-room", new Reporter { Name = callers[i], Phone = $"1390578{i:D4}" }, null));
        }

        plans.Add(Plan(DemoKind.Invalid, township[0], "hotline", "command-room", new Reporter { Name = "匿名", Phone = "13800000000" }, null));
        return plans;
    }

    /// <summary>Co-handlers from other platforms than the category's: one force from each of the next two platforms.</summary>
    private static List<string> CoHandlersFor(CompiledDefinition definition, Category category)
    {
        var others = definition.Definition.Organisation.Platforms.Where(p => p.Id != category.Platform).Take(2);
        return others.Select(p => p.Forces.First(f => f != category.LeadOffice)).Distinct().ToList();
    }
}
