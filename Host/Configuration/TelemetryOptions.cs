namespace CaseFlow.Host.Configuration;

/// <summary>Traces and metrics (configuration section CaseFlow:Telemetry): off unless enabled or an OTLP endpoint is named.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Telemetry";

    /// <summary>Record traces and metrics even with no exporter named (for an exporter added in code, as the tests add theirs).</summary>
    public bool Enabled { get; set; }

    /// <summary>The OpenTelemetry collector traces and metrics are sent to, e.g. http://127.0.0.1:4317 (gRPC) or http://127.0.0.1:4318 (HTTP).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>How they are sent: <c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service name the telemetry carries (several instances share it; each adds its own instance id).</summary>
    public string ServiceName { get; set; } = "caseflow";

    /// <summary>True when anything is recorded.</summary>
    public bool IsOn => Enabled || OtlpEndpoint is not null;

    /// <summary>What is wrong with the settings, or null.</summary>
    public string? Problem() =>
        OtlpProtocol is not ("grpc" or "http/protobuf") ? $"{Section}:OtlpProtocol must be grpc or http/protobuf, not '{OtlpProtocol}'"
        : OtlpEndpoint is { IsAbsoluteUri: false } || OtlpEndpoint is { Scheme: not ("http" or "https") } ? $"{Section}:OtlpEndpoint must be an http(s) address such as http://127.0.0.1:4317, not '{OtlpEndpoint}'"
        : string.IsNullOrWhiteSpace(ServiceName) || ServiceName.Length > 100 ? $"{Section}:ServiceName must be 1 to 100 characters, e.g. caseflow"
        : null;
}
