using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Validation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Host.Admin;

/// <summary>The JSON shapes and problem responses of the admin API.</summary>
internal static class AdminResponses
{
    public const string Definitions = "/admin/definitions";

    public static DefinitionVersionView Version(DefinitionVersionInfo info, int current) => new(
        info.Number,
        info.Number == current,
        info.WorkflowSetId,
        info.ContentHash,
        info.PublishedAt,
        info.Source,
        info.PublishedBy,
        new DefinitionVersionLinks($"{Definitions}/versions/{info.Number}", $"{Definitions}/versions/{info.Number}/content", $"{Definitions}/versions/{info.Number}/diagrams"));

    public static DefinitionDetail Detail(DefinitionVersionInfo info, int current, CompiledDefinition definition) => new(
        info.Number,
        info.Number == current,
        info.WorkflowSetId,
        definition.Definition.Name,
        info.ContentHash,
        info.PublishedAt,
        info.Source,
        info.PublishedBy,
        [.. definition.Definition.Categories.Select(c => new DefinitionCategory(c.Id, c.Name, c.Platform, c.LeadOffice, c.Jurisdiction, DefinitionDiff.Describe(c.Deadline)))],
        [.. definition.Definition.Workflows.Select(w => new DefinitionWorkflow(
            w.Id, w.Name, w.Initial, w.RunsBeside, [.. w.States.Select(s => s.Id)], w.Triggers, $"{Definitions}/versions/{info.Number}/workflows/{w.Id}/diagram?format=mermaid"))]);

    public static DefinitionChangesView Changes(int? from, int? to, DefinitionChanges changes) => new(
        from,
        to,
        changes.Items.Count,
        [.. changes.Items.Select(c => new DefinitionChangeView(c.Kind, c.Change, c.Subject, c.Detail, c.Line))],
        changes.ByKind.ToDictionary(g => g.Key, g => g.Select(c => c.Line).ToArray()),
        changes.ToText());

    /// <summary>422 listing every error under its JSON path.</summary>
    public static IResult Invalid(IReadOnlyList<DefinitionError> errors, string detail, string title = "The definition is not valid") =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: detail,
            title: title,
            statusCode: StatusCodes.Status422UnprocessableEntity);
}
