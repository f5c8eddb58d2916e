using System.Globalization;
using System.Net;
using System.Text;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Workbench.Diagrams;

/// <summary>
/// A workflow of the definition drawn as inline SVG, with no script and nothing fetched: states in rows by how far they lie from the
/// initial state, each transition an arrow labelled with its triggers, the state a case stands in marked by a thick double border and
/// a ● (never by colour alone), final states with a double outline. The SVG carries a title and a text description of every
/// transition for screen readers.
/// </summary>
public static class StateDiagram
{
    private const int Margin = 24;
    private const int NodeHeight = 44;
    private const int RowGap = 96;
    private const int ColumnGap = 36;
    private const int Side = 220;

    /// <summary>The workflow's diagram as an &lt;svg&gt; element, marking <paramref name="current"/> (a state id of the workflow) when given.</summary>
    /// <param name="workflow">The workflow to draw.</param>
    /// <param name="current">The state a case stands in, or null to mark none.</param>
    /// <param name="stateName">The name to show for a state id.</param>
    /// <param name="triggerLabel">The label to show for a trigger id.</param>
    public static string Render(WorkflowDefinition workflow, string? current, Func<string, string> stateName, Func<string, string> triggerLabel)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(triggerLabel);
        var edges = workflow.Transitions
            .GroupBy(t => (t.From, t.To))
            .Select(g => new Edge(g.Key.From, g.Key.To, string.Join(" / ", g.Select(t => triggerLabel(t.Trigger)).Distinct(StringComparer.Ordinal))))
            .ToList();
        var nodes = Place(workflow, stateName, state => edges.FirstOrDefault(e => e.From == state && e.To == state)?.Label ?? "");
        edges.RemoveAll(e => !nodes.ContainsKey(e.From) || !nodes.ContainsKey(e.To));
        var width = nodes.Values.Max(n => n.X + n.Width) + Margin + Side;
        var height = nodes.Values.Max(n => n.Y + NodeHeight) + Margin * 2;
        var id = "diagram-" + Slug(workflow.Id);
        var title = current is null ? workflow.Name : $"{workflow.Name} — ● {stateName(current)}";

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="state-diagram" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-size="14">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{Text(title)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="{id}-desc">{Text(string.Join("; ", edges.Select(e => $"{stateName(e.From)} → {stateName(e.To)}: {e.Label}")))}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#3d4b5c"/></marker></defs>""");
        AppendEdges(svg, edges, nodes, id);
        foreach (var node in nodes.Values)
        {
            AppendNode(svg, node, node.Id == current, workflow.States.First(s => s.Id == node.Id).Final);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Rows by breadth-first distance from the initial state (unreachable states last), in the order the workflow declares them.</summary>
    private static Dictionary<string, Node> Place(WorkflowDefinition workflow, Func<string, string> stateName, Func<string, string> loopLabel)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (workflow.States.Any(s => s.Id == workflow.Initial))
        {
            rank[workflow.Initial] = 0;
            queue.Enqueue(workflow.Initial);
        }

        while (queue.Count > 0)
        {
            var from = queue.Dequeue();
            foreach (var to in workflow.Transitions.Where(t => t.From == from).Select(t => t.To))
            {
                if (!rank.ContainsKey(to) && workflow.States.Any(s => s.Id == to))
                {
                    rank[to] = rank[from] + 1;
                    queue.Enqueue(to);
                }
            }
        }

        var unreachable = rank.Count == 0 ? 0 : rank.Values.Max() + 1;
        var rows = workflow.States.GroupBy(s => rank.TryGetValue(s.Id, out var r) ? r : unreachable).OrderBy(g => g.Key).ToList();
        var widths = workflow.States.ToDictionary(s => s.Id, s => Math.Max(96, TextWidth(stateName(s.Id)) + 36), StringComparer.Ordinal);

        // A state with a transition to itself needs room on its right for the loop and its label.
        var gaps = workflow.States.ToDictionary(
            s => s.Id,
            s => ColumnGap + workflow.Transitions.Where(t => t.From == s.Id && t.To == s.Id).Select(t => TextWidth(loopLabel(s.Id)) + 56).DefaultIfEmpty(0).Max(),
            StringComparer.Ordinal);
        var widest = rows.Max(r => r.Sum(s => widths[s.Id] + gaps[s.Id]));
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var rowWidth = row.Sum(s => widths[s.Id] + gaps[s.Id]);
            var x = Margin + (widest - rowWidth) / 2;
            foreach (var state in row)
            {
                nodes[state.Id] = new Node(state.Id, stateName(state.Id), x, Margin + index * (NodeHeight + RowGap), widths[state.Id], index);
                x += widths[state.Id] + gaps[state.Id];
            }
        }

        return nodes;
    }

    private static void AppendEdges(StringBuilder svg, List<Edge> edges, Dictionary<string, Node> nodes, string id)
    {
        var outgoing = edges.Where(e => e.From != e.To).GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var incoming = edges.Where(e => e.From != e.To).GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var bulge = 0;
        foreach (var edge in edges)
        {
            var (a, b) = (nodes[edge.From], nodes[edge.To]);
            string path;
            double labelX, labelY;
            if (a.Id == b.Id)
            {
                var (x, y) = (a.X + a.Width, a.Y);
                path = F($"M{x},{y + 10} C{x + 48},{y - 14} {x + 48},{y + NodeHeight + 14} {x},{y + NodeHeight - 10}");
                (labelX, labelY) = (x + 52 + TextWidth(edge.Label) / 2.0, y + NodeHeight / 2.0);
            }
            else if (b.Row > a.Row)
            {
                var x1 = Spread(a, outgoing[a.Id].IndexOf(edge), outgoing[a.Id].Count);
                var x2 = Spread(b, incoming[b.Id].IndexOf(edge), incoming[b.Id].Count);
                var (y1, y2) = (a.Y + NodeHeight, b.Y);
                var skip = (b.Row - a.Row - 1) * 40;
                path = F($"M{x1},{y1} C{x1 + skip},{y1 + RowGap / 2} {x2 + skip},{y2 - RowGap / 2} {x2},{y2 - 2}");
                (labelX, labelY) = ((x1 + x2) / 2.0 + skip * 0.75, (y1 + y2) / 2.0);
            }
            else if (b.Row == a.Row)
            {
                // Along the row: straight between facing sides, the two directions a little apart.
                var rightwards = b.X > a.X;
                var lift = rightwards ? -6 : 6;
                var (x1, x2) = rightwards ? (a.X + a.Width, b.X - 2) : (a.X, b.X + b.Width + 2);
                var y = a.Y + NodeHeight / 2 + lift;
                path = F($"M{x1},{y} L{x2},{y}");
                (labelX, labelY) = ((x1 + x2) / 2.0, y + lift * 2.2);
            }
            else
            {
                // Back to an earlier row (a return, a reopening): around the right-hand side, each a little wider.
                bulge += 26;
                var (x1, y1, x2, y2) = (a.X + a.Width, a.Y + NodeHeight / 2, b.X + b.Width, b.Y + NodeHeight / 2);
                var reach = Math.Max(x1, x2) + 40 + bulge % Side;
                path = F($"M{x1},{y1} C{reach},{y1} {reach},{y2} {x2 + 2},{y2}");
                (labelX, labelY) = (reach - 8, (y1 + y2) / 2.0);
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<path d="{path}" fill="none" stroke="#3d4b5c" stroke-width="1.4" marker-end="url(#{id}-arrow)"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelX:0.#}" y="{labelY:0.#}" font-size="12" fill="#1b1f24" stroke="#ffffff" stroke-width="4" paint-order="stroke" text-anchor="middle" dominant-baseline="middle">{Text(edge.Label)}</text>""");
        }
    }

    private static void AppendNode(StringBuilder svg, Node node, bool current, bool final)
    {
        var (fill, stroke, width) = current ? ("#ffd54f", "#7a2e00", 4) : ("#eef3f8", "#3d4b5c", 1.5);
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="state{(current ? " current" : "")}" data-state="{Text(node.Id)}"{(current ? " aria-current=\"step\"" : "")}>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{node.X}" y="{node.Y}" width="{node.Width}" height="{NodeHeight}" rx="10" fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>""");
        if (final || current)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{node.X + 4}" y="{node.Y + 4}" width="{node.Width - 8}" height="{NodeHeight - 8}" rx="7" fill="none" stroke="{stroke}" stroke-width="1.2"/>""");
        }

        var label = current ? "● " + node.Name : node.Name;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{node.X + node.Width / 2}" y="{node.Y + NodeHeight / 2}" text-anchor="middle" dominant-baseline="middle" fill="#1b1f24"{(current ? " font-weight=\"700\"" : "")}>{Text(label)}</text></g>""");
    }

    private static int Spread(Node node, int index, int count) => node.X + node.Width * (index + 1) / (count + 1);

    /// <summary>About how wide a label is at 14px: CJK characters a full em, others a little over half.</summary>
    private static int TextWidth(string text) => text.Sum(c => c > 0x2E80 ? 15 : 8);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Slug(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Node(string Id, string Name, int X, int Y, int Width, int Row);

    private sealed record Edge(string From, string To, string Label);
}
