using CaseFlow.Engine;
using CaseFlow.Engine.Telemetry;
using CaseFlow.Host.Configuration;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the service, when CaseFlow:Telemetry enables it: traces of every request and command (HTTP → decide → append →
/// publish, and across the bus through MassTransit's own instrumentation), CaseFlow's metrics and the gauges of
/// <see cref="CaseLoadSampler"/>, sent by OTLP when an endpoint is named. Off, nothing is recorded and nothing costs.
/// </summary>
public static class CaseFlowTelemetryExtensions
{
    /// <summary>MassTransit's activity source and meter (its diagnostic listener name).</summary>
    private const string MassTransit = "MassTransit";

    /// <summary>Adds OpenTelemetry as the settings ask; a bad setting stops the start naming it.</summary>
    public static IServiceCollection AddCaseFlowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        if (!options.IsOn)
        {
            return services;
        }

        services.AddSingleton<CaseLoadSampler>();
        services.AddHostedService(provider =>
        {
            var sampler = provider.GetRequiredService<CaseLoadSampler>();
            sampler.Register();
            return sampler;
        });
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: null, autoGenerateServiceInstanceId: false))
            .WithTracing(tracing => tracing
                .AddSource(CaseFlowTelemetry.Name, MassTransit)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)))
            .WithMetrics(metrics => metrics
                .AddMeter(CaseFlowTelemetry.Name, MassTransit)
                .AddAspNetCoreInstrumentation());
        services.ConfigureOpenTelemetryTracerProvider((provider, tracing) =>
            tracing.ConfigureResource(resource => resource.AddAttributes([new("service.instance.id", provider.GetRequiredService<EngineInstance>().Id)])));
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf, endpoint);
        }

        return services;
    }
}
