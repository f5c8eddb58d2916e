using CaseFlow.Engine.Definitions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Health;

/// <summary>
/// The working calendar new deadlines are computed on declares this year and the next, in its own time zone: a deadline in a year
/// without its holidays counts the working week only and is provisional. Read from what this instance holds (no I/O).
/// </summary>
internal sealed class CalendarCheck(DefinitionRegistry definitions, TimeProvider time, IOptions<HealthOptions> options) : BoundedCheck(options)
{
    protected override string Subject => "the working calendar";

    protected override Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        if (!definitions.HasCurrent)
        {
            return Task.FromResult(HealthCheckResult.Degraded("no definition is current yet, so no working calendar is; the service publishes one at start"));
        }

        var (version, calendar) = definitions.Calendars.Current.ForNewDeadlines(definitions.Current);
        if (calendar is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy("the definition counts no deadline in working time, so it needs no working calendar"));
        }

        var name = version is { } v ? $"calendar version {v}" : "the definition's calendar";
        var year = calendar.Local(time.GetUtcNow()).Year;
        var undeclared = new[] { year, year + 1 }.Where(y => !calendar.Declares(y)).ToList();
        return Task.FromResult(undeclared.Count == 0
            ? HealthCheckResult.Healthy($"{name} ({calendar.TimeZone.Id}) declares {year} and {year + 1}")
            : HealthCheckResult.Degraded($"{name} ({calendar.TimeZone.Id}) declares no holidays for {string.Join(" and ", undeclared)}: deadlines there count the working week only; publish a calendar declaring {year} and {year + 1} (POST /admin/calendar/publish or the publish-calendar verb)"));
    }
}
