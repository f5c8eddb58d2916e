using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Host.Health;

/// <summary>
/// The body of /health/live and /health/ready: the overall status and, for ready, each check's status and a sentence saying what is
/// wrong and what would be right. Every sentence is CaseFlow's own (counts, durations, years, queue and check names, exception type
/// names), never a connection string, host, file path, exception message or anything from a case, so anonymous probes may read it.
/// </summary>
internal static class HealthResponse
{
    /// <summary>
    /// Indented, and with only what JSON itself requires escaped, so a person reading a probe's answer (or its log) reads the
    /// descriptions as written; the body is served as application/json, never inside HTML.
    /// </summary>
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes readiness as JSON, logging any change of state on the way.</summary>
    public static Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.RequestServices.GetRequiredService<HealthTransitions>().Record(report);
        return WriteAsync(context, report);
    }

    /// <summary>Writes liveness (no checks) as JSON; it says nothing about readiness, so it changes no recorded state.</summary>
    public static Task WriteLiveAsync(HttpContext context, HealthReport report) => WriteAsync(context, report);

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, Indented);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        if (report.Entries.Count > 0)
        {
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description);
                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
