using System.Text;

namespace CaseFlow.Workflows.Versioning;

/// <summary>Every difference between two definition versions, grouped by kind in a fixed order.</summary>
public sealed class DefinitionChanges
{
    internal DefinitionChanges(IEnumerable<DefinitionChange> items)
    {
        Items = items.OrderBy(c => Order(c.Kind)).ToList();
    }

    /// <summary>Every change, kinds in report order, each kind in the order found.</summary>
    public IReadOnlyList<DefinitionChange> Items { get; }

    /// <summary>True when the two versions declare the same township.</summary>
    public bool IsEmpty => Items.Count == 0;

    /// <summary>The changes grouped by kind, in report order.</summary>
    public IEnumerable<IGrouping<string, DefinitionChange>> ByKind => Items.GroupBy(c => c.Kind);

    /// <summary>The readable report: a heading per kind, then one line per change (<c>+</c> added, <c>-</c> removed, <c>~</c> changed).</summary>
    public string ToText()
    {
        if (IsEmpty)
        {
            return "No changes." + Environment.NewLine;
        }

        var text = new StringBuilder();
        foreach (var group in ByKind)
        {
            text.AppendLine(ChangeKinds.Heading(group.Key));
            foreach (var change in group)
            {
                text.Append("  ").Append(change.Sign).Append(' ').Append(change.Subject);
                text.AppendLine(change.Detail.Length == 0 ? "" : ": " + change.Detail);
            }
        }

        return text.ToString();
    }

    private static int Order(string kind)
    {
        var index = ChangeKinds.All.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }
}
