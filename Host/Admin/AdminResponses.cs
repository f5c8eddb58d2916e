using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Validation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Host.Admin;

/// <summary>The JSON shapes and problem responses of the admin API.</summary>
internal static class AdminResponses
{
    public const string Definitions = "/admin/definitions";

    public static object Version(DefinitionVersionInfo info, int current) => new
    {
        version = info.Number,
        current = info.Number == current,
        workflowSetId = info.WorkflowSetId,
        contentHash = info.ContentHash,
        publishedAt = info.PublishedAt,
        source = info.Source,
        publishedBy = info.PublishedBy,
        links = new
        {
            self = $"{Definitions}/versions/{info.Number}",
            content = $"{Definitions}/versions/{info.Number}/content",
            diagrams = $"{Definitions}/versions/{info.Number}/diagrams",
        },
    };

    public static object Detail(DefinitionVersionInfo info, int current, CompiledDefinition definition) => new
    {
        version = info.Number,
        current = info.Number == current,
        workflowSetId = info.WorkflowSetId,
        name = definition.Definition.Name,
        contentHash = info.ContentHash,
        publishedAt = info.PublishedAt,
        source = info.Source,
        publishedBy = info.PublishedBy,
        categories = definition.Definition.Categories.Select(c => new
        {
            c.Id,
            c.Name,
            c.Platform,
            c.LeadOffice,
            c.Jurisdiction,
            deadline = DefinitionDiff.Describe(c.Deadline),
        }),
        workflows = definition.Definition.Workflows.Select(w => new
        {
            w.Id,
            w.Name,
            w.Initial,
            w.RunsBeside,
            states = w.States.Select(s => s.Id),
            w.Triggers,
            diagram = $"{Definitions}/versions/{info.Number}/workflows/{w.Id}/diagram?format=mermaid",
        }),
    };

    public static object Changes(int? from, int? to, DefinitionChanges changes) => new
    {
        from,
        to,
        count = changes.Items.Count,
        changes = changes.Items.Select(c => new { c.Kind, c.Change, c.Subject, c.Detail, c.Line }),
        byKind = changes.ByKind.ToDictionary(g => g.Key, g => g.Select(c => c.Line).ToArray()),
        text = changes.ToText(),
    };

    /// <summary>422 listing every error under its JSON path.</summary>
    public static IResult Invalid(IReadOnlyList<DefinitionError> errors, string detail, string title = "The definition is not valid") =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: detail,
            title: title,
            statusCode: StatusCodes.Status422UnprocessableEntity);
}
