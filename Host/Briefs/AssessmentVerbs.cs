using System.Text.Json;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Startup;

namespace CaseFlow.Host.Briefs;

/// <summary>
/// The assessment verbs over the configured database: <c>assessment indicators|territorial|rebuild</c> and <c>brief weekly|monthly</c>.
/// Exit codes: 0 done, 2 the request was wrong (unknown platform, bad date, no definition in the database).
/// </summary>
public static class AssessmentVerbs
{
    private const string Usage = """
        usage:
          assessment indicators --from yyyy-MM-dd --to yyyy-MM-dd [--by township|platform|office|agency|village|grid|gridMember] [--as-of INSTANT] [--format csv|json]
          assessment territorial [--year yyyy] [--as-of INSTANT] [--format csv|json]
          assessment rebuild
          brief weekly --platform ID [--week yyyy-MM-dd] [--as-of INSTANT] [--out DIR]
          brief monthly [--month yyyy-MM] [--as-of INSTANT] [--out DIR]
        """;

    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--from", "--to", "--by", "--as-of", "--format", "--year", "--platform", "--week", "--month", "--out" };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Runs <c>assessment …</c> or <c>brief …</c>; configuration arguments (--CaseFlow:Database=…) pass through to the host.</summary>
    public static async Task<int> RunAsync(string verb, string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (what, flags, rest, problem) = Parse(args);
        if (problem is not null || what is null)
        {
            await errors.WriteLineAsync(problem ?? Usage);
            return 2;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(rest);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddCaseFlow(builder.Configuration);
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<ICaseStore>();
        var registry = host.Services.GetRequiredService<DefinitionRegistry>();
        await store.InitialiseAsync();
        if ((verb, what) == ("assessment", "rebuild") && store is IAssessmentProjection projection)
        {
            var rebuilt = await projection.RebuildAssessmentAsync(everyCase: true);
            await output.WriteLineAsync($"rebuilt the assessment projection of {rebuilt} cases from their histories");
            return 0;
        }

        if (!await registry.LoadCurrentAsync())
        {
            await errors.WriteLineAsync("the database holds no published definition yet: run the service or the demo on it first");
            return 2;
        }

        var queries = new AssessmentQueries(store, registry, host.Services.GetRequiredService<CaseFlow.Engine.Privacy.PersonalDataVault>());
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (asOf, asOfError) = PeriodText.AsOf(flags.GetValueOrDefault("--as-of"), now);
        var calendar = queries.Definition.Calendar;
        var maxCases = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.BriefOptions>>().Value.MaxCasesPerSection;
        return (verb, what) switch
        {
            _ when asOfError is not null => await FailAsync(errors, asOfError),
            ("assessment", "indicators") => await IndicatorsAsync(queries, flags, asOf, output, errors),
            ("assessment", "territorial") => await TerritorialAsync(queries, PeriodText.Year(flags.GetValueOrDefault("--year"), now, calendar), flags, asOf, output, errors),
            ("brief", "weekly") => await WeeklyAsync(queries, PeriodText.Week(flags.GetValueOrDefault("--week"), now, calendar), flags, asOf, maxCases, output, errors),
            ("brief", "monthly") => await MonthlyAsync(queries, PeriodText.Month(flags.GetValueOrDefault("--month"), now, calendar), flags, asOf, maxCases, output, errors),
            _ => await FailAsync(errors, Usage),
        };
    }

    private static async Task<int> IndicatorsAsync(AssessmentQueries queries, Dictionary<string, string> flags, DateTimeOffset asOf, TextWriter output, TextWriter errors)
    {
        var (period, error) = PeriodText.Range(flags.GetValueOrDefault("--from"), flags.GetValueOrDefault("--to"));
        var by = flags.GetValueOrDefault("--by") ?? Dimensions.Township;
        if ((error ?? AssessmentQueries.UnknownDimension(by)) is { } problem)
        {
            return await FailAsync(errors, problem);
        }

        var rows = await queries.IndicatorsAsync(period!, by, asOf);
        await output.WriteAsync(flags.GetValueOrDefault("--format") == "json" ? JsonSerializer.Serialize(rows, Json) + Environment.NewLine : AssessmentQueries.IndicatorCsv(rows));
        return 0;
    }

    private static async Task<int> TerritorialAsync(AssessmentQueries queries, (AssessmentPeriod? Period, string? Error) year, Dictionary<string, string> flags, DateTimeOffset asOf, TextWriter output, TextWriter errors)
    {
        if (year.Error is { } problem)
        {
            return await FailAsync(errors, problem);
        }

        var rows = await queries.TerritorialAsync(year.Period!, asOf);
        await output.WriteAsync(flags.GetValueOrDefault("--format") == "json" ? JsonSerializer.Serialize(rows, Json) + Environment.NewLine : AssessmentQueries.TerritorialCsv(rows, queries.Definition));
        return 0;
    }

    private static async Task<int> WeeklyAsync(AssessmentQueries queries, (AssessmentPeriod? Period, string? Error) week, Dictionary<string, string> flags, DateTimeOffset asOf, int maxCases, TextWriter output, TextWriter errors)
    {
        var platform = flags.GetValueOrDefault("--platform");
        if ((queries.UnknownPlatform(platform) ?? week.Error) is { } problem)
        {
            return await FailAsync(errors, problem);
        }

        return await WriteAsync(await queries.WeeklyAsync(platform!, week.Period!, asOf, maxCases), flags.GetValueOrDefault("--out"), output);
    }

    private static async Task<int> MonthlyAsync(AssessmentQueries queries, (AssessmentPeriod? Period, string? Error) month, Dictionary<string, string> flags, DateTimeOffset asOf, int maxCases, TextWriter output, TextWriter errors)
    {
        if (month.Error is { } problem)
        {
            return await FailAsync(errors, problem);
        }

        return await WriteAsync(await queries.MonthlyAsync(month.Period!, asOf, maxCases), flags.GetValueOrDefault("--out"), output);
    }

    /// <summary>Writes brief.md, brief.html, brief.csv and the charts into the directory; without one, prints the Markdown.</summary>
    private static async Task<int> WriteAsync(BriefDocument document, string? directory, TextWriter output)
    {
        if (directory is null)
        {
            await output.WriteAsync(BriefRenderer.Markdown(document));
            return 0;
        }

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

        await output.WriteLineAsync($"{document.Title}: wrote {string.Join(", ", files)} to {Path.GetFullPath(directory)}");
        return 0;
    }

    private static (string? What, Dictionary<string, string> Flags, string[] Configuration, string? Problem) Parse(string[] args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        string? what = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (Valued.Contains(args[i]))
            {
                if (i + 1 >= args.Length)
                {
                    return (null, flags, [], $"{args[i]} needs a value{Environment.NewLine}{Usage}");
                }

                flags[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
            }
            else if (what is null)
            {
                what = args[i];
            }
            else
            {
                return (null, flags, [], $"unexpected '{args[i]}'{Environment.NewLine}{Usage}");
            }
        }

        return (what, flags, [.. rest], null);
    }

    private static async Task<int> FailAsync(TextWriter errors, string message)
    {
        await errors.WriteLineAsync(message);
        return 2;
    }
}
