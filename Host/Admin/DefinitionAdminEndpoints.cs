using System.Text.Json;
using System.Text;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Host.Admin;

/// <summary>HTTP for administering definitions: the current version, every version, validating and publishing a draft, diffs and diagrams.</summary>
internal static class DefinitionAdminEndpoints
{
    private const string Json = "application/json";

    public static void Map(RouteGroupBuilder admin)
    {
        var definitions = admin.MapGroup("/definitions");
        definitions.MapGet("/current", CurrentAsync)
            .WithName("GetCurrentDefinition")
            .WithSummary("The current definition version")
            .WithDescription("The version new cases are pinned to, with its categories and workflows.")
            .Produces<DefinitionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapGet("/versions", ListAsync)
            .WithName("ListDefinitionVersions")
            .WithSummary("Every definition version")
            .WithDescription("Every published version, oldest first, and which is current.")
            .Produces<DefinitionVersionList>();
        definitions.MapGet("/versions/{version:int}", VersionAsync)
            .WithName("GetDefinitionVersion")
            .WithSummary("A definition version")
            .WithDescription("One published version with its categories and workflows.")
            .Produces<DefinitionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapGet("/versions/{version:int}/content", ContentAsync)
            .WithName("GetDefinitionContent")
            .WithSummary("A definition version's content")
            .WithDescription("The version's workflows.json, byte for byte as published (its shape is workflows.schema.json).")
            .Produces<JsonElement>(StatusCodes.Status200OK, Json)
            .ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapGet("/versions/{version:int}/diagrams", DiagramsAsync)
            .WithName("GetDefinitionDiagrams")
            .WithSummary("A definition version's workflows drawn")
            .WithDescription("Every workflow of the version as Mermaid, in one Markdown document.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapGet("/versions/{version:int}/workflows/{workflow}/diagram", DiagramAsync)
            .WithName("GetDefinitionWorkflowDiagram")
            .WithSummary("A workflow of a definition version drawn")
            .WithDescription("One workflow of the version as Mermaid (format=mermaid, the default) or Graphviz DOT (format=dot).")
            .Produces<string>(StatusCodes.Status200OK, DiagramResults.MermaidType, DiagramResults.DotType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapPost("/validate", ValidateAsync).WithMetadata(DefinitionSizedBody.Instance)
            .WithName("ValidateDefinition")
            .WithSummary("Check a draft definition")
            .WithDescription("Checks a whole workflows.json (the body) without publishing it: 200 with what it would change from the current version, or 422 with every error under its JSON path.")
            .WithAcceptedBody<JsonElement>()
            .Produces<DefinitionValidation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        definitions.MapPost("/publish", PublishAsync).WithMetadata(DefinitionSizedBody.Instance)
            .WithName("PublishDefinition")
            .WithSummary("Publish a definition")
            .WithDescription("Publishes a whole workflows.json (the body) as the current version: 201 with the new version, 200 when that content was already stored, 422 with every error (nothing published; the current version keeps serving).")
            .WithAcceptedBody<JsonElement>()
            .Produces<DefinitionPublished>(StatusCodes.Status201Created)
            .Produces<DefinitionPublished>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        definitions.MapGet("/diff", DiffAsync)
            .WithName("DiffDefinitions")
            .WithSummary("Compare two definition versions")
            .WithDescription("What changed from version from= to version to=, as JSON (format=json, the default) or text (format=text).")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Produces<DefinitionChangesView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> CurrentAsync(DefinitionRegistry registry, CancellationToken cancellationToken) =>
        VersionAsync(registry.CurrentVersion, registry, cancellationToken);

    private static async Task<IResult> ListAsync(DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        var current = registry.CurrentVersion;
        var versions = await registry.ListAsync(cancellationToken);
        return Results.Ok(new DefinitionVersionList(current, [.. versions.Select(v => AdminResponses.Version(v, current))]));
    }

    private static async Task<IResult> VersionAsync(int version, DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        var info = await registry.DescribeAsync(version, cancellationToken);
        return info is null
            ? await UnknownVersionAsync(version, registry, cancellationToken)
            : Results.Ok(AdminResponses.Detail(info, registry.CurrentVersion, await registry.GetAsync(version, cancellationToken)));
    }

    private static async Task<IResult> ContentAsync(int version, DefinitionRegistry registry, CancellationToken cancellationToken) =>
        await registry.ReadTextAsync(version, cancellationToken) is { } text
            ? Results.Text(text, "application/json; charset=utf-8")
            : await UnknownVersionAsync(version, registry, cancellationToken);

    private static async Task<IResult> DiagramAsync(int version, string workflow, string? format, DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(version, cancellationToken) is not { } definition)
        {
            return await UnknownVersionAsync(version, registry, cancellationToken);
        }

        return definition.Workflows.TryGetValue(workflow, out var compiled)
            ? DiagramResults.Text(format, compiled.ToMermaid, compiled.ToDot)
            : Problems.NotFound($"version {version} has no workflow '{workflow}'; its workflows are: {string.Join(", ", definition.Workflows.Keys)}");
    }

    /// <summary>Every workflow of a version as Mermaid, in one Markdown document.</summary>
    private static async Task<IResult> DiagramsAsync(int version, DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(version, cancellationToken) is not { } definition)
        {
            return await UnknownVersionAsync(version, registry, cancellationToken);
        }

        var markdown = new StringBuilder($"# {definition.Definition.Name} — definition version {version}\n");
        foreach (var workflow in definition.Definition.Workflows)
        {
            markdown.Append($"\n## {workflow.Id} ({workflow.Name})\n\n```mermaid\n{definition.Workflows[workflow.Id].ToMermaid().TrimEnd()}\n```\n");
        }

        return Results.Text(markdown.ToString(), "text/markdown; charset=utf-8");
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, DefinitionRegistry registry)
    {
        if (await DraftAsync(request) is not { } draft)
        {
            return EmptyBody();
        }

        var review = await DraftPublishing.ReviewAsync(registry, draft, request.HttpContext.RequestAborted);
        var check = review.Check;
        if (!check.IsValid)
        {
            return AdminResponses.Invalid(check.Errors, $"{check.Errors.Count} error(s); nothing was published");
        }

        return Results.Ok(new DefinitionValidation(
            true, check.Definition!.Definition.Id, check.ContentHash, review.StoredAs, AdminResponses.Changes(review.CurrentVersion, null, review.ChangesFromCurrent!)));
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, DefinitionRegistry registry, ILoggerFactory logs)
    {
        if (await DraftAsync(request) is not { } draft)
        {
            return EmptyBody();
        }

        // The administrator recorded is the signed-in identity, never a name the request gives.
        var origin = new PublicationOrigin(PublicationOrigin.AdminApi, Caller.From(request.HttpContext.User)!.Identity);
        var result = await DraftPublishing.PublishAsync(registry, draft, origin, logs.CreateLogger(typeof(DefinitionAdminEndpoints)), request.HttpContext.RequestAborted);
        if (result.Publication is not { } publication)
        {
            return AdminResponses.Invalid(result.Errors, $"{result.Errors.Count} error(s); nothing was published and version {result.PreviousVersion} keeps serving");
        }

        var body = new DefinitionPublished(
            publication.Created,
            publication.BecameCurrent,
            result.Outcome,
            AdminResponses.Version(publication.Version, registry.CurrentVersion),
            AdminResponses.Changes(result.PreviousVersion, publication.Version.Number, result.ChangesFromPrevious!));
        return publication.Created ? Results.Created($"{AdminResponses.Definitions}/versions/{publication.Version.Number}", body) : Results.Ok(body);
    }

    private static async Task<IResult> DiffAsync(int? from, int? to, string? format, DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return Problems.BadRequest("name the two versions to compare: /admin/definitions/diff?from=1&to=2");
        }

        var older = await registry.FindAsync(from.Value, cancellationToken);
        var newer = await registry.FindAsync(to.Value, cancellationToken);
        if (older is null || newer is null)
        {
            return await UnknownVersionAsync(older is null ? from.Value : to.Value, registry, cancellationToken);
        }

        var changes = DefinitionDiff.Compare(older.Definition, newer.Definition);
        return (format ?? "json").ToLowerInvariant() switch
        {
            "json" => Results.Ok(AdminResponses.Changes(from, to, changes)),
            "text" => Results.Text($"Changes from version {from} to {to}\n{changes.ToText()}", "text/plain; charset=utf-8"),
            _ => Problems.BadRequest($"format '{format}' is not supported; use json or text"),
        };
    }

    private static async Task<string?> DraftAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static IResult EmptyBody() => Problems.BadRequest("send the draft definition (the whole workflows.json) as the request body");

    private static async Task<IResult> UnknownVersionAsync(int version, DefinitionRegistry registry, CancellationToken cancellationToken)
    {
        var versions = await registry.ListAsync(cancellationToken);
        return Problems.NotFound($"there is no definition version {version}; versions are: {string.Join(", ", versions.Select(v => v.Number))}");
    }
}
