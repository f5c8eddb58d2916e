using System.CommandLine;
using System.Text.Json;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// The assessment verbs over the configured database: <c>assessment indicators|territorial|rebuild</c> and <c>brief weekly|monthly</c>.
/// Exit codes: 0 done, 2 the request was wrong (unknown platform, bad date, no definition in the database).
/// </summary>
internal static class AssessmentVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The <c>assessment</c> command: <c>indicators</c>, <c>territorial</c> and <c>rebuild</c>.</summary>
    internal static Command AssessmentCommand(VerbContext context)
    {
        var from = new Option<string>("--from") { Description = "First day of the period.", HelpName = "yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the period (inclusive).", HelpName = "yyyy-MM-dd", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "Whom the indicators are grouped by.",
            HelpName = string.Join('|', Dimensions.All),
            DefaultValueFactory = _ => Dimensions.Township,
        };
        var (asOf, format) = (AsOf(), Format());
        var indicators = new Command("indicators", "The indicators (受理, 办结, 超期, 满意 …) of a period, as CSV or JSON.") { from, to, by, asOf, format };
        indicators.SetAction(parsed => RunAsync(context, parsed.GetValue(asOf), run => IndicatorsAsync(run.Queries, parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(by)!, parsed.GetValue(format)!, run.AsOf, context)));

        var year = new Option<string?>("--year") { Description = "The year assessed (default: this year).", HelpName = "yyyy" };
        var (territorialAsOf, territorialFormat) = (AsOf(), Format());
        var territorial = new Command("territorial", "The year's territorial assessment (属地考评) of each platform and office.") { year, territorialAsOf, territorialFormat };
        territorial.SetAction(parsed => RunAsync(context, parsed.GetValue(territorialAsOf), run =>
            TerritorialAsync(run.Queries, PeriodText.Year(parsed.GetValue(year), run.Now, run.Calendar), parsed.GetValue(territorialFormat)!, run.AsOf, context)));

        var rebuild = new Command("rebuild", "Rebuild the assessment projection of every case from its history.");
        rebuild.SetAction(_ => RebuildAsync(context));
        return new Command("assessment", "Assessment indicators over the configured database.") { indicators, territorial, rebuild };
    }

    /// <summary>The <c>brief</c> command: <c>weekly</c> and <c>monthly</c>.</summary>
    internal static Command BriefCommand(VerbContext context)
    {
        var platform = new Option<string>("--platform") { Description = "The platform the weekly brief is for (a platform id from the definition).", HelpName = "ID", Required = true };
        var week = new Option<string?>("--week") { Description = "Any day of the week (default: last week).", HelpName = "yyyy-MM-dd" };
        var (weeklyAsOf, weeklyOut, weeklyMeasures) = (AsOf(), Out(), Measures());
        var weekly = new Command("weekly", "A platform's weekly brief (例会简报): Markdown, or HTML (and a PDF where Chromium is found), CSV and charts into --out.") { platform, week, weeklyAsOf, weeklyOut, weeklyMeasures };
        weekly.SetAction(parsed => RunAsync(context, parsed.GetValue(weeklyAsOf), run =>
            WeeklyAsync(run, parsed.GetValue(platform)!, PeriodText.Week(parsed.GetValue(week), run.Now, run.Calendar), parsed.GetValue(weeklyOut), parsed.GetValue(weeklyMeasures), context)));

        var month = new Option<string?>("--month") { Description = "The month (default: last month).", HelpName = "yyyy-MM" };
        var (monthlyAsOf, monthlyOut, monthlyMeasures) = (AsOf(), Out(), Measures());
        var monthly = new Command("monthly", "The township's monthly brief for the joint meeting (联席会议简报).") { month, monthlyAsOf, monthlyOut, monthlyMeasures };
        monthly.SetAction(parsed => RunAsync(context, parsed.GetValue(monthlyAsOf), run =>
            MonthlyAsync(run, PeriodText.Month(parsed.GetValue(month), run.Now, run.Calendar), parsed.GetValue(monthlyOut), parsed.GetValue(monthlyMeasures), context)));
        return new Command("brief", "Briefs for the township's leaders over the configured database.") { weekly, monthly };
    }

    private static Option<string?> AsOf() => new("--as-of") { Description = "Read the histories as they stood at this instant (default: now).", HelpName = "INSTANT" };

    private static Option<string> Format() => CliOptions.OneOf("--format", "CSV for spreadsheets, JSON for programs.", "csv", "json");

    private static Option<string?> Out() => new("--out") { Description = "Write brief.md, brief.html, brief.csv, the charts and (where Chromium is found) brief.pdf into this folder (default: print the Markdown).", HelpName = "DIR" };

    private static Option<string?> Measures() => new("--measures")
    {
        Description = "A UTF-8 text file with the problems and measures (问题与措施) the command room writes into the brief, one paragraph a line (at most 4000 characters).",
        HelpName = "FILE",
    };

    private static async Task<int> RebuildAsync(VerbContext context)
    {
        using var host = await VerbHost.OpenAsync(context.Settings);
        if (host.Services.GetRequiredService<ICaseStore>() is not IAssessmentProjection projection)
        {
            await context.Error.WriteLineAsync("this store keeps no assessment projection to rebuild");
            return VerbContext.Wrong;
        }

        var rebuilt = await projection.RebuildAssessmentAsync(everyCase: true);
        await context.Output.WriteLineAsync($"rebuilt the assessment projection of {rebuilt} cases from their histories");
        return VerbContext.Done;
    }

    /// <summary>Opens the store, loads its current definition and runs <paramref name="query"/> as of the instant asked for.</summary>
    private static async Task<int> RunAsync(VerbContext context, string? asOfText, Func<AssessmentRun, Task<int>> query)
    {
        using var host = await VerbHost.OpenAsync(context.Settings);
        var registry = host.Services.GetRequiredService<DefinitionRegistry>();
        if (!await registry.LoadCurrentAsync())
        {
            return await FailAsync(context.Error, "the database holds no published definition yet: run the service or the demo on it first");
        }

        var queries = new AssessmentQueries(host.Services.GetRequiredService<ICaseStore>(), registry, host.Services.GetRequiredService<CaseFlow.Engine.Privacy.PersonalDataVault>());
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (asOf, asOfError) = PeriodText.AsOf(asOfText, now);
        var layout = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BriefOptions>>().Value;
        return asOfError is not null ? await FailAsync(context.Error, asOfError) : await query(new AssessmentRun(queries, now, asOf, layout, host.Services.GetRequiredService<BriefPdf>()));
    }

    private static async Task<int> IndicatorsAsync(AssessmentQueries queries, string? from, string? to, string by, string format, DateTimeOffset asOf, VerbContext context)
    {
        var (period, error) = PeriodText.Range(from, to);
        if ((error ?? AssessmentQueries.UnknownDimension(by)) is { } problem)
        {
            return await FailAsync(context.Error, problem);
        }

        var rows = await queries.IndicatorsAsync(period!, by, asOf);
        await context.Output.WriteAsync(format == "json" ? JsonSerializer.Serialize(rows, Json) + Environment.NewLine : AssessmentQueries.IndicatorCsv(rows));
        return VerbContext.Done;
    }

    private static async Task<int> TerritorialAsync(AssessmentQueries queries, (AssessmentPeriod? Period, string? Error) year, string format, DateTimeOffset asOf, VerbContext context)
    {
        if (year.Error is { } problem)
        {
            return await FailAsync(context.Error, problem);
        }

        var rows = await queries.TerritorialAsync(year.Period!, asOf);
        await context.Output.WriteAsync(format == "json" ? JsonSerializer.Serialize(rows, Json) + Environment.NewLine : AssessmentQueries.TerritorialCsv(rows, queries.Definition));
        return VerbContext.Done;
    }

    private static async Task<int> WeeklyAsync(AssessmentRun run, string platform, (AssessmentPeriod? Period, string? Error) week, string? directory, string? measuresFile, VerbContext context)
    {
        var (measures, measuresError) = await ReadMeasuresAsync(measuresFile);
        if ((run.Queries.UnknownPlatform(platform) ?? week.Error ?? measuresError) is { } problem)
        {
            return await FailAsync(context.Error, problem);
        }

        return await WriteAsync((await run.Queries.WeeklyAsync(platform, week.Period!, run.AsOf, run.Layout)).WithMeasures(measures), directory, run.Pdf, context);
    }

    private static async Task<int> MonthlyAsync(AssessmentRun run, (AssessmentPeriod? Period, string? Error) month, string? directory, string? measuresFile, VerbContext context)
    {
        var (measures, measuresError) = await ReadMeasuresAsync(measuresFile);
        if ((month.Error ?? measuresError) is { } problem)
        {
            return await FailAsync(context.Error, problem);
        }

        return await WriteAsync((await run.Queries.MonthlyAsync(month.Period!, run.AsOf, run.Layout)).WithMeasures(measures), directory, run.Pdf, context);
    }

    /// <summary>The problems-and-measures text of the file given (none without one), bounded as the console's form bounds it.</summary>
    private static async Task<(string? Text, string? Problem)> ReadMeasuresAsync(string? file)
    {
        if (file is null)
        {
            return (null, null);
        }

        var path = CliOptions.FromInvocation(file);
        if (!File.Exists(path) || new FileInfo(path).Length > 64 * 1024)
        {
            return (null, $"--measures '{file}' is not a readable text file of at most 64 KiB; give the path of a UTF-8 text file with the problems and measures, one paragraph a line");
        }

        var text = await File.ReadAllTextAsync(path);
        return BriefMeasures.Problem(text) is { } problem ? (null, problem) : (text, null);
    }

    /// <summary>Writes brief.md, brief.html, brief.csv, the charts and a PDF (where Chromium is found) into the directory; without one, prints the Markdown.</summary>
    private static async Task<int> WriteAsync(BriefDocument document, string? directory, BriefPdf pdf, VerbContext context)
    {
        var output = context.Output;
        if (directory is null)
        {
            await output.WriteAsync(BriefRenderer.Markdown(document));
            return 0;
        }

        directory = CliOptions.FromInvocation(directory);
        Directory.CreateDirectory(directory);
        var files = new List<string> { "brief.md", "brief.html", "brief.csv" };
        await File.WriteAllTextAsync(Path.Combine(directory, "brief.md"), BriefRenderer.Markdown(document));
        await File.WriteAllTextAsync(Path.Combine(directory, "brief.html"), BriefRenderer.Html(document));
        await File.WriteAllTextAsync(Path.Combine(directory, "brief.csv"), BriefRenderer.Csv(document));
        foreach (var chart in document.Charts)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, chart.Name), chart.Svg);
            files.Add(chart.Name);
        }

        if (pdf.Available)
        {
            var (bytes, problem) = await pdf.PrintAsync(BriefRenderer.Html(document));
            if (bytes is not null)
            {
                await File.WriteAllBytesAsync(Path.Combine(directory, "brief.pdf"), bytes);
                files.Add("brief.pdf");
            }
            else
            {
                await context.Error.WriteLineAsync($"no brief.pdf: {problem}");
            }
        }

        var name = document.Masthead is { } head ? $"{head.Name} {head.Issue} — {document.Title}" : document.Title;
        await output.WriteLineAsync($"{name}: wrote {string.Join(", ", files)} to {Path.GetFullPath(directory)}");
        return 0;
    }

    private static async Task<int> FailAsync(TextWriter errors, string message)
    {
        await errors.WriteLineAsync(message);
        return VerbContext.Wrong;
    }

    /// <summary>One assessment verb's run: the queries over the store, the service's now, the instant read as of, the briefs' layout, the PDF printer.</summary>
    private sealed record AssessmentRun(AssessmentQueries Queries, DateTimeOffset Now, DateTimeOffset AsOf, BriefOptions Layout, BriefPdf Pdf)
    {
        public CaseFlow.Workflows.Calendar.WorkingCalendar? Calendar => Queries.Definition.Calendar;
    }
}
