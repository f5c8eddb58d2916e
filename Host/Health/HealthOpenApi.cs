using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Host.Health;

/// <summary>
/// The two probes in the OpenAPI document. They are health-check endpoints, not route handlers, so the document would not see
/// them: described here, beside them, with the body <see cref="HealthResponse"/> writes.
/// </summary>
internal sealed class HealthOpenApi : IOpenApiDocumentTransformer
{
    private const string Report = "HealthReport";
    private const string Entry = "HealthCheckEntry";
    private const string Json = "application/json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Entry] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One check's reading.",
            Required = new HashSet<string> { "status", "description", "durationMs" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = Status("The check's status."),
                ["description"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What was found and, when it is not healthy, what would be right; never a connection string, host, path or case content." },
                ["durationMs"] = new OpenApiSchema { Type = JsonSchemaType.Number, Description = "How long the check took, in milliseconds." },
            },
        };
        document.Components.Schemas[Report] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The overall status and, for readiness, each check (store, bus, outbox, timers, calendar) by name.",
            Required = new HashSet<string> { "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = Status("Healthy, Degraded (still serving: look at why) or Unhealthy (take the instance out of rotation)."),
                ["checks"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchemaReference(Entry, document) },
            },
        };

        document.Paths ??= [];
        document.Paths["/health/live"] = Probe(
            document,
            "live",
            "Liveness: the process serves HTTP",
            "200 whenever the process answers HTTP; reads nothing (no database, no broker), so an outage never gets the instance restarted. Not rate limited.",
            ready: false);
        document.Paths["/health/ready"] = Probe(
            document,
            "ready",
            "Readiness: the store, the bus, the outbox, the timers and the calendar",
            "Runs every check, each bounded by CaseFlow:Health:CheckTimeout. 200 when Healthy or Degraded (the instance takes commands), 503 when Unhealthy (the store or the bus is down).",
            ready: true);
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Probe(OpenApiDocument document, string name, string summary, string description, bool ready)
    {
        OpenApiOperation Operation(string method)
        {
            var responses = new OpenApiResponses { ["200"] = Answer(document, "The status" + (ready ? " and every check" : "") + ".") };
            if (ready)
            {
                responses["503"] = Answer(document, "Unhealthy: the same body, saying which check failed.");
                responses["429"] = new OpenApiResponse
                {
                    Description = "Too many requests from this address: wait as Retry-After says.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) } },
                };
            }

            return new OpenApiOperation
            {
                OperationId = $"health{char.ToUpperInvariant(name[0])}{name[1..]}{(method == "HEAD" ? "Head" : "")}",
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                Responses = responses,
            };
        }

        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = Operation("GET"), [HttpMethod.Head] = Operation("HEAD") },
        };
    }

    private static OpenApiResponse Answer(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = new OpenApiSchemaReference(Report, document) } },
    };

    private static OpenApiSchema Status(string description) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = [JsonValue.Create("Healthy"), JsonValue.Create("Degraded"), JsonValue.Create("Unhealthy")],
    };
}
