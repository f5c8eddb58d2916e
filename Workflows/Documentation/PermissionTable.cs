using System.Text;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Documentation;

/// <summary>
/// Who may do what, as a definition declares it, written as a Markdown table: one row per command and the roles that may send it,
/// with the states it is sent from. docs/administrators.md carries the table for the shipped workflows.json, and a test keeps it true.
/// </summary>
public static class PermissionTable
{
    /// <summary>The marker lines the administrators' page's table sits between.</summary>
    public const string Begin = "<!-- permissions:begin (generated from workflows.json; run `caseflow permissions` to refresh) -->";

    /// <summary>The marker line after the administrators' page's table.</summary>
    public const string End = "<!-- permissions:end -->";

    /// <summary>The table for a definition.</summary>
    public static string Markdown(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.AppendLine("| workflow | command | from | who may send it |");
        text.AppendLine("| --- | --- | --- | --- |");
        text.AppendLine($"| {definition.EntryWorkflow} | Submit (a new case) | — | {Roles(definition.SubmittedBy)} |");
        foreach (var workflow in definition.Workflows)
        {
            var rows = workflow.Transitions
                .GroupBy(t => (t.Trigger, By: string.Join(",", t.By)))
                .Select(g => (g.Key.Trigger, g.First().By, From: g.Select(t => t.From).Distinct(StringComparer.Ordinal).ToList()));
            foreach (var (trigger, by, from) in rows)
            {
                text.AppendLine($"| {workflow.Id} | {trigger} | {string.Join(", ", from)} | {Roles(by)} |");
            }
        }

        text.AppendLine();
        text.AppendLine("Roles: " + string.Join("; ", Catalogue.Roles.Select(r => $"**{r.Key}** — {r.Value}")) + ".");
        return text.ToString();
    }

    private static string Roles(IReadOnlyList<string> roles) => roles.Count == 0 ? "nobody" : string.Join(", ", roles);
}
