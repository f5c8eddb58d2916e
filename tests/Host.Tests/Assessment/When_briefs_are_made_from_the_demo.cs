using System.Globalization;
using System.Xml.Linq;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Routing;
using CaseFlow.Host.Briefs;
using CaseFlow.Host.Demo;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Assessment;

/// <summary>
/// The demo's day, briefed: the weekly brief of the enforcement platform and the month's joint-meeting brief, made by the verbs
/// from the database the demo leaves, read 30 days later (so every callback not made has fallen due). Each list the briefs
/// print is checked against what the database itself says about its cases.
/// </summary>
[TestFixture]
public sealed class When_briefs_are_made_from_the_demo
{
    private const string Platform = "enforcement";
    private string _database = "";
    private string _out = "";
    private CompiledDefinition _definition = null!;
    private IReadOnlyList<CaseState> _cases = [];
    private Dictionary<Guid, IReadOnlyList<CaseEvent>> _histories = [];
    private DateTimeOffset _asOf;
    private int _weekly;
    private int _monthly;
    private int _territorial;
    private string _territorialCsv = "";
    private string _weeklyPrinted = "";

    [OneTimeSetUp]
    public async Task RunTheDemoAndBriefIt()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _out = Path.Combine(Path.GetTempPath(), $"caseflow-briefs-{Guid.NewGuid():N}");
        var config = new[] { $"--CaseFlow:Database={_database}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}" };
        var original = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            Assert.That(await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["demo", .. config], TextReader.Null, Console.Out, Console.Error), Is.Zero);
        }
        finally
        {
            Console.SetOut(original);
        }

        _definition = CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath());
        var store = SqliteCaseStore.ForFile(_database);
        _cases = await store.ListAsync(limit: 100_000);
        foreach (var c in _cases)
        {
            _histories[c.Id] = await store.ReadAsync(c.Id);
        }

        _asOf = _cases.Max(c => c.UpdatedAt).AddDays(30);
        var firstDay = DateOnly.FromDateTime(_definition.Calendar!.Local(_cases.Min(c => c.SubmittedAt)).DateTime);
        var asOf = _asOf.ToString("O", CultureInfo.InvariantCulture);

        var printed = new StringWriter();
        _weekly = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["brief", "weekly", "--platform", Platform, "--week", Text(firstDay), "--as-of", asOf, "--out", Path.Combine(_out, "weekly"), .. config], TextReader.Null, printed, Console.Error);
        _weeklyPrinted = printed.ToString();
        _monthly = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["brief", "monthly", "--month", firstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture), "--as-of", asOf, "--out", Path.Combine(_out, "monthly"), .. config], TextReader.Null, TextWriter.Null, Console.Error);
        var territorial = new StringWriter();
        _territorial = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync(["assessment", "territorial", "--year", firstDay.Year.ToString(CultureInfo.InvariantCulture), "--as-of", asOf, .. config], TextReader.Null, territorial, Console.Error);
        _territorialCsv = territorial.ToString();
    }

    [OneTimeTearDown]
    public void Clean()
    {
        CaseFlowFactory.DeleteDatabase(_database);
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Test]
    public void Should_write_every_file_of_both_briefs()
    {
        Assert.Multiple(() =>
        {
            Assert.That((_weekly, _monthly, _territorial), Is.EqualTo((0, 0, 0)));
            Assert.That(Directory.GetFiles(Path.Combine(_out, "weekly")).Select(Path.GetFileName), Is.SupersetOf(new[] { "brief.md", "brief.html", "brief.csv", "chart.svg" }));
            Assert.That(Directory.GetFiles(Path.Combine(_out, "monthly")).Select(Path.GetFileName), Is.SupersetOf(new[] { "brief.md", "brief.html", "brief.csv", "trend.svg", "platforms.svg" }));
            Assert.That(_weeklyPrinted, Does.Contain("综合执法平台").And.Contain("brief.md"));
        });
    }

    [Test]
    public void Should_list_exactly_the_platforms_cases_of_the_week()
    {
        var expected = _cases.Where(c => PlatformOf(c) == Platform).Select(c => c.Id.ToString()).ToList();

        Assert.That(expected, Is.Not.Empty, "the demo raises enforcement cases");
        Assert.That(Listed("weekly", "受理案件"), Is.EquivalentTo(expected));
        Assert.That(Read("weekly", "brief.md"), Does.Contain($"综合执法平台共受理案件 {expected.Count} 件"));
    }

    [Test]
    public void Should_list_as_overdue_exactly_the_platforms_cases_the_database_has_past_a_deadline()
    {
        // Overdue (超期): the week's cases that went past a handling deadline. The demo completes every case it completes in time, so
        // these are the ones still handled past the handling deadline at the brief's instant; one unsigned past its sign-for
        // deadline is late to sign (签收超时), not overdue.
        var expected = _cases.Where(c => PlatformOf(c) == Platform && c.Workflow == "handle" && c.HandlingDeadline < _asOf)
            .Select(c => c.Id.ToString()).ToList();

        Assert.That(expected, Is.Not.Empty, "the demo leaves cases under way, past their deadline 30 days on");
        Assert.That(Listed("weekly", "超期案件"), Is.EquivalentTo(expected));
    }

    [Test]
    public void Should_list_as_late_callbacks_exactly_the_platforms_closed_cases_nobody_called_back()
    {
        var expected = _cases.Where(c => PlatformOf(c) == Platform && c.Position == "assess.Closed" && c.CalledBackAt is null).Select(c => c.Id.ToString()).ToList();

        Assert.That(expected, Is.Not.Empty, "the demo leaves one closed case in three without a callback");
        Assert.That(Listed("weekly", "回访超时"), Is.EquivalentTo(expected));
    }

    [Test]
    public void Should_draw_a_bar_pair_for_every_office_that_took_part_in_one_of_the_weeks_cases()
    {
        // Every office assigned to lead or co-handle one of the platform's cases in any round, as its history records.
        var offices = _cases.Where(c => PlatformOf(c) == Platform)
            .SelectMany(c => _histories[c.Id].Where(e => e.Trigger == Triggers.Assign))
            .SelectMany(e => (e.Payload.CoHandlers ?? []).Append(e.Payload.LeadOffice))
            .Distinct()
            .Count();
        var svg = XDocument.Parse(Read("weekly", "chart.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.That(svg.Descendants(ns + "rect").Count(r => r.Element(ns + "title") is not null), Is.EqualTo(offices * 2), "received and overdue per office");
    }

    [Test]
    public void Should_list_in_the_monthly_brief_the_county_and_cross_platform_cases_the_database_holds()
    {
        var escalated = _cases.Where(c => c.EscalatedToCounty).Select(c => c.Id.ToString()).ToList();
        var crossPlatform = _cases.Where(c => Router.PlatformsInvolved(_definition, c.Platform, c.CoHandlers.Select(h => h.Office)).Count > 1).Select(c => c.Id.ToString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(escalated, Is.Not.Empty);
            Assert.That(crossPlatform, Is.Not.Empty);
            Assert.That(Listed("monthly", "上报县12345案件"), Is.EquivalentTo(escalated));
            Assert.That(Listed("monthly", "跨平台协同案件"), Is.EquivalentTo(crossPlatform));
            Assert.That(Listed("monthly", "报请副书记协调的重大问题"), Is.Empty, "nothing in the demo day ran late enough to climb the ladder");
            Assert.That(Read("monthly", "brief.md"), Does.Contain($"全乡共受理案件 {_cases.Count} 件"));
        });
    }

    [Test]
    public void Should_mask_every_reporters_phone_in_every_file()
    {
        // The demo's reporters have numbers 1385788…, 1390578… and 13800000000 (Host/Demo/DemoPlans.cs); the store keeps them sealed.
        var phones = _cases.Select(c => c.Reporter?.Phone).OfType<string>().Distinct().ToList();
        var files = Directory.GetFiles(_out, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var demoPhone = new System.Text.RegularExpressions.Regex(@"(1385788|1390578)\d{4}|13800000000");

        Assert.Multiple(() =>
        {
            Assert.That(phones, Is.Not.Empty);
            Assert.That(phones, Has.All.StartWith(Engine.Privacy.SealedValue.Prefix), "stored sealed");
            Assert.That(files.Where(text => demoPhone.IsMatch(text) || text.Contains(Engine.Privacy.SealedValue.Prefix, StringComparison.Ordinal)), Is.Empty, "no phone number in full, nor sealed");
            Assert.That(Read("monthly", "brief.csv"), Does.Match(@"139\*{4}000\d"), "the county cases' reporters, masked");
        });
    }

    [Test]
    public void Should_rank_the_dispatched_agencies_by_the_declared_weights()
    {
        var lines = _territorialCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var agencies = _definition.Definition.Organisation.Offices.Where(o => o.Kind == "dispatchedAgency").Select(o => o.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("rank,agency,name,score,received,responseRate (weight 15)"));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[1]), Is.EquivalentTo(agencies));
        });
    }

    [TestCase("brief", new[] { "weekly", "--platform", "harbour" }, "unknown platform 'harbour'", "governance, enforcement, market, services")]
    [TestCase("brief", new[] { "monthly", "--month", "November" }, "month 'November' is not a month", "yyyy-MM")]
    [TestCase("assessment", new[] { "indicators", "--from", "2026-11-01", "--to", "2026-12-01", "--by", "street" }, "unknown dimension 'street'", "gridMember")]
    [TestCase("assessment", new[] { "ranking" }, "'ranking'", "territorial")]
    public async Task Should_refuse_a_wrong_request_with_exit_code_2_saying_what_would_be_right(string verb, string[] args, string wrong, string right)
    {
        var errors = new StringWriter();

        var exit = await CaseFlow.Host.Cli.CaseFlowCommandLine.RunAsync([verb, .. args, $"--CaseFlow:Database={_database}", $"--CaseFlow:Definition={CaseFlowFactory.DefinitionPath()}"], TextReader.Null, TextWriter.Null, errors);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors.ToString(), Does.Contain(wrong).And.Contain(right));
    }

    private string? PlatformOf(CaseState c) => c.Platform ?? _definition.Category(c.Category)?.Platform;

    /// <summary>The case ids the brief's CSV lists under the section whose heading starts so.</summary>
    private List<string> Listed(string brief, string section) =>
        Read(brief, "brief.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(line => line.StartsWith(section, StringComparison.Ordinal))
            .Select(line => line.Split(',')[1])
            .ToList();

    private string Read(string brief, string file) => File.ReadAllText(Path.Combine(_out, brief, file));

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
