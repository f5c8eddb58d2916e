using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Health;

/// <summary>
/// Wires the probes: <c>/health/live</c> (the process serves requests; no I/O) and <c>/health/ready</c> (store, bus, outbox backlog,
/// timer lag, working calendar), both anonymous because probes cannot sign in.
/// </summary>
public static class CaseFlowHealthExtensions
{
    /// <summary>The tag of CaseFlow's readiness checks; MassTransit's own "masstransit-bus" check is read through <see cref="BusCheck"/> instead.</summary>
    private const string Ready = "caseflow-ready";

    /// <summary>What probes send; MapHealthChecks alone would answer any method, and another method is a 405 like elsewhere.</summary>
    private static readonly HttpMethodMetadata ProbeMethods = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Adds the checks and their validated settings (CaseFlow:Health).</summary>
    public static IServiceCollection AddCaseFlowHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>()
            .Bind(configuration.GetSection(HealthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<HealthTransitions>();

        // ASP.NET Core logs every degraded or unhealthy check at every probe (Warning, Error); HealthTransitions says it once per change.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.None));

        // Without the store or the bus the service cannot take commands: unready. The rest are warnings: it still works, late.
        services.AddHealthChecks()
            .AddCheck<StoreCheck>("store", HealthStatus.Unhealthy, [Ready])
            .AddCheck<BusCheck>("bus", HealthStatus.Unhealthy, [Ready])
            .AddCheck<OutboxBacklogCheck>("outbox", HealthStatus.Degraded, [Ready])
            .AddCheck<TimerLagCheck>("timers", HealthStatus.Degraded, [Ready])
            .AddCheck<CalendarCheck>("calendar", HealthStatus.Degraded, [Ready]);
        return services;
    }

    /// <summary>
    /// Maps the probes. Ready answers 200 for Healthy and Degraded (the instance still takes commands and should stay in rotation) and
    /// 503 for Unhealthy; live answers 200 whenever the process serves requests and is exempt from the rate limit (it does no work a
    /// flood could multiply, and a refused liveness probe would have the instance restarted).
    /// </summary>
    public static WebApplication MapCaseFlowHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponse.WriteLiveAsync,
        }).WithMetadata(ProbeMethods).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(Ready),
            ResponseWriter = HealthResponse.WriteReadyAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(ProbeMethods).AllowAnonymous();
        return app;
    }
}
