using System.Text.RegularExpressions;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Host.Briefs;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Tests.Briefs;

/// <summary>
/// The briefs laid out from hand-made brief data over the shipped definition (week of Monday 16 November 2026, read on the 23rd at
/// 09:00 in the township): Chinese only by default and English by the setting, states by their Chinese names, case numbers, the
/// masthead, the ranking in the summary, and the problems-and-measures section.
/// </summary>
public sealed class BriefContentTests
{
    private static readonly CompiledDefinition Definition = CompiledDefinition.LoadFile(CaseFlowFactory.DefinitionPath());
    private static readonly DateTimeOffset AsOf = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Unnumbered = Guid.Parse("019a0000-0000-7000-8000-00000000abcd");
    private static readonly AssessmentPeriod Week = AssessmentPeriod.Week(new DateOnly(2026, 11, 16));

    private static readonly AssessedCase Closed = Case(Guid.Parse("019a0000-0000-7000-8000-000000000001"), "YHWX-20261116-0007", "assess.Closed", "违建一处");
    private static readonly AssessedCase Assigned = Case(Unnumbered, null, "dispatch.AssignedToOffice", "占道经营");

    [Test]
    public void Weekly_by_default_is_in_Chinese_only()
    {
        var document = Weekly();

        var text = Everything(document);
        Assert.Multiple(() =>
        {
            Assert.That(document.Language, Is.EqualTo("zh-CN"));
            Assert.That(document.Title, Is.EqualTo("2026年11月16日至11月22日案件办理情况"));
            Assert.That(document.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "概况", "各科室办理情况", "受理案件", "超期案件", "此前受理仍超期案件", "签收超时案件", "需其他平台协同案件", "回访超时案件", "问题与措施" }));
            Assert.That(Regex.Matches(text, "[A-Za-z]{3,}").Select(m => m.Value).Distinct(), Is.Empty, "no English word in headings, text or tables");
            Assert.That(document.Sections[0].Paragraphs[0], Does.StartWith("2026年11月16日至11月22日，综合执法平台共受理案件 2 件"), "the summary names the week the title names");
        });
    }

    [Test]
    public void Weekly_in_English_has_no_Chinese_of_its_own()
    {
        var document = BriefContent.Weekly(Brief(), Definition, 50, english: true);

        Assert.Multiple(() =>
        {
            Assert.That(document.Language, Is.EqualTo("en"));
            Assert.That(document.Title, Is.EqualTo("Cases of the week 2026-11-16 to 2026-11-22"));
            Assert.That(document.Sections.Select(s => s.Heading), Has.All.Match("^[ -~]+$"), "headings in English alone");
            Assert.That(document.Sections[2].Table!.Headers, Is.EqualTo(new[] { "Number", "Received", "Category", "Matter", "Lead office", "Position", "Deadline", "Notes" }));
            Assert.That(document.Sections[2].Table!.Rows[0][5], Is.EqualTo("Closed"), "the console's English names a state by its id");
            Assert.That(BriefRenderer.Html(document), Does.Contain("<html lang=\"en\">"));
        });
    }

    [Test]
    public void Cases_show_their_number_and_their_state_by_its_Chinese_name()
    {
        var document = Weekly();
        var rows = document.Sections.Single(s => s.Heading == "受理案件").Table!.Rows;
        var markdown = BriefRenderer.Markdown(document);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => (r[0], r[5])), Is.EqualTo(new[] { ("YHWX-20261116-0007", "已办结归档"), ("0000abcd", "已交办科室") }), "an unnumbered case by its id's last eight characters");
            Assert.That(markdown, Does.Not.Contain("assess.Closed").And.Not.Contain("dispatch.AssignedToOffice").And.Not.Contain(Unnumbered.ToString()));
            Assert.That(BriefRenderer.Html(document), Does.Contain("<td class=\"nowrap\">YHWX-20261116-0007</td>"));
            Assert.That(BriefRenderer.Csv(document), Does.Contain($"受理案件,{Unnumbered},0000abcd,"), "CSV keeps the id beside the number");
        });
    }

    [TestCase(2026, 11, 16, "2026年第47期")]
    [TestCase(2026, 12, 28, "2026年第53期")]
    [TestCase(2024, 12, 30, "2025年第1期")]
    public void Weekly_masthead_numbers_the_issue_by_the_ISO_week(int year, int month, int day, string issue)
    {
        var document = BriefContent.Weekly(Brief() with { Week = AssessmentPeriod.Week(new DateOnly(year, month, day)) }, Definition, 50);

        Assert.That(document.Masthead, Is.EqualTo(new BriefMasthead("综合执法平台例会简报", issue, "云和县雾溪畲族乡四个平台综合指挥室", "2026年11月23日")));
    }

    [Test]
    public void Monthly_masthead_numbers_the_issue_by_the_month_and_opens_in_Chinese()
    {
        var document = Monthly([]);

        Assert.Multiple(() =>
        {
            Assert.That(document.Masthead, Is.EqualTo(new BriefMasthead("四个平台联席会议简报", "2026年第11期", "云和县雾溪畲族乡四个平台综合指挥室", "2026年11月23日")));
            Assert.That(document.Title, Is.EqualTo("2026年11月四个平台运行情况"));
            Assert.That(document.Sections[0].Paragraphs[0], Does.StartWith("2026年11月，全乡共受理案件 2 件（上月 5 件）"));
            Assert.That(document.Sections[0].Paragraphs[0], Does.EndWith("本月派驻机构没有可评分的案件，属地考评不排名。"), "an empty ranking said, not left out");
            Assert.That(Regex.Matches(Everything(document), "[A-Za-z]{3,}").Select(m => m.Value).Distinct(), Is.Empty);
        });
    }

    [Test]
    public void Weekly_summary_ranks_the_offices_by_on_time_rate_then_overdue_then_received()
    {
        var summary = Weekly().Sections[0].Paragraphs[0];

        Assert.That(summary, Does.EndWith("各科室按期办结率排名：第1名 环境卫生管理（100.0%）、第2名 “三改一拆”办（100.0%）、第2名 “六边三化三美”办（100.0%）、第4名 安全生产监管（50.0%）、第5名 环保（—）。"));
    }

    [Test]
    public void Monthly_summary_and_table_rank_the_agencies_by_their_territorial_place()
    {
        var document = Monthly(
        [
            new TerritorialRow(2, "justice-office", "司法所", new IndicatorSet { Received = 3 }, 80.5),
            new TerritorialRow(null, "land-resources-station", "国土资源管理所", new IndicatorSet(), null),
            new TerritorialRow(1, "police-station", "派出所", new IndicatorSet { Received = 4 }, 92),
        ]);

        var table = document.Sections.Single(s => s.Heading == "派驻机构属地考评").Table!;
        Assert.Multiple(() =>
        {
            Assert.That(document.Sections[0].Paragraphs[0], Does.EndWith("派驻机构属地考评排名：第1名 派出所（92 分）、第2名 司法所（80.5 分）。"));
            Assert.That(table.Rows, Is.EqualTo(new[] { new[] { "1", "派出所", "92", "4" }, new[] { "2", "司法所", "80.5", "3" } }));
        });
    }

    [Test]
    public void Measures_are_to_be_filled_in_until_the_command_room_writes_them()
    {
        var blank = Weekly();
        var filled = blank.WithMeasures("一、部分科室签收不及时。\r\n\r\n  二、指挥室每日通报超期件。 ");

        Assert.Multiple(() =>
        {
            Assert.That(blank.Sections[^1] is { Measures: true, ToBeFilled: true, Heading: "问题与措施" });
            Assert.That(BriefRenderer.Html(blank), Does.Contain("<p class=\"to-fill\">（待指挥室在印发前填写"));
            Assert.That(filled.Sections[^1].Paragraphs, Is.EqualTo(new[] { "一、部分科室签收不及时。", "二、指挥室每日通报超期件。" }));
            Assert.That(filled.Sections[^1].ToBeFilled, Is.False);
            Assert.That(BriefRenderer.Html(filled), Does.Contain("<p>二、指挥室每日通报超期件。</p>").And.Not.Contain("to-fill\">"));
            Assert.That(blank.WithMeasures(" \n "), Is.SameAs(blank), "blank text fills nothing");
            Assert.That(BriefMeasures.Problem(new string('问', 4001)), Does.Contain("at most 4000"));
        });
    }

    [Test]
    public void Html_names_Chinese_fonts_of_every_platform_and_prints_on_A4_portrait()
    {
        var html = BriefRenderer.Html(Weekly());
        var css = File.ReadAllText(Path.Combine(Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!, "Host", "Workbench", "Assets", "briefs.css"));

        Assert.Multiple(() =>
        {
            foreach (var font in new[] { "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei" })
            {
                Assert.That(html, Does.Contain($"\"{font}\""), font);
                Assert.That(css, Does.Contain($"\"{font}\""), $"the console's brief page names {font} too");
            }

            Assert.That(html, Does.Contain("@page { size: A4 portrait;").And.Contain("thead { display: table-header-group; }").And.Contain("break-inside: avoid"));
            Assert.That(html, Does.Contain("font-family=\"'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC'"), "the chart's text too");
        });
    }

    private static BriefDocument Weekly() => BriefContent.Weekly(Brief(), Definition, 50);

    private static WeeklyBrief Brief() => new()
    {
        Platform = Definition.Platform("enforcement")!,
        Week = Week,
        AsOf = AsOf,
        Indicators = new IndicatorSet { Received = 2, Handled = 1 },
        Offices =
        [
            Office("demolition-office", "“三改一拆”办", received: 1, handled: 1, overdue: 0),
            Office("work-safety-office", "安全生产监管", received: 4, handled: 2, overdue: 1),
            Office("sanitation-office", "环境卫生管理", received: 2, handled: 2, overdue: 0),
            Office("environment-station", "环保", received: 1, handled: 0, overdue: 0),
            Office("six-sides-office", "“六边三化三美”办", received: 1, handled: 1, overdue: 0),
        ],
        Cases = [Closed, Assigned],
        Overdue = [],
        NeedsAnotherPlatform = [],
        CallbacksLate = [],
    };

    private static BriefDocument Monthly(IReadOnlyList<TerritorialRow> territorial) => BriefContent.Monthly(new MonthlyBrief
    {
        Month = AssessmentPeriod.Month(2026, 11),
        PreviousMonth = AssessmentPeriod.Month(2026, 10),
        AsOf = AsOf,
        Indicators = new IndicatorSet { Received = 2 },
        PreviousIndicators = new IndicatorSet { Received = 5 },
        Platforms = [],
        PreviousPlatforms = [],
        DailyReceived = [.. Enumerable.Repeat(0, 30)],
        PreviousDailyReceived = [.. Enumerable.Repeat(0, 31)],
        CrossPlatform = [],
        EscalatedToCounty = [Assigned],
        ReachedDeputySecretary = [],
        Overdue = [],
        CallbacksLate = [],
        Territorial = territorial,
    }, Definition, 50);

    private static IndicatorRow Office(string id, string name, int received, int handled, int overdue) =>
        new("office", id, name, new IndicatorSet { Received = received, Handled = handled, Overdue = overdue });

    private static AssessedCase Case(Guid id, string? number, string position, string title) => new()
    {
        Case = new CaseState
        {
            Id = id,
            Number = number,
            ClientKey = id.ToString(),
            DefinitionVersion = 1,
            Workflow = position.Split('.')[0],
            State = position.Split('.')[1],
            Category = "illegal-construction",
            Channel = "phone",
            Jurisdiction = "township",
            SubmittedAt = new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(8)),
            Title = title,
        },
        AsOf = AsOf,
        Position = position,
        Platform = "enforcement",
        LeadOffice = "demolition-office",
    };

    /// <summary>Every word a reader reads in the brief but the case numbers (written in the township's code, YHWX-…).</summary>
    private static string Everything(BriefDocument document) => string.Join("\n",
        [document.Title, document.Masthead!.Name, document.Masthead.Issue, document.Masthead.Unit, document.Masthead.Date,
         .. document.Sections.SelectMany(s => (IEnumerable<string>)[s.Heading, .. s.Paragraphs, .. s.Table?.Headers ?? [], .. s.Table?.Rows.SelectMany(r => s.Table.CaseList ? r.Skip(1) : r) ?? [], .. s.Charts.Select(c => c.Caption)])]);
}
