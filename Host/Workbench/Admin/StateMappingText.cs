namespace CaseFlow.Host.Workbench.Admin;

/// <summary>
/// A migration's state mapping as an administrator types it in a text box: one <c>old = new</c> per line (<c>handle.InProgress =
/// handle.Working</c>), blank lines ignored. What the states must be is the migration's own check; this only reads the lines.
/// </summary>
public static class StateMappingText
{
    /// <summary>The mapping, or the numbers of the lines that are not <c>old = new</c> or repeat an old state.</summary>
    public static (IReadOnlyDictionary<string, string> Mapping, IReadOnlyList<int> BadLines) Parse(string? text)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var bad = new List<int>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('=');
            if (parts.Length != 2 || parts[0].Trim() is not { Length: > 0 } from || parts[1].Trim() is not { Length: > 0 } to || !mapping.TryAdd(from, to))
            {
                bad.Add(i + 1);
            }
        }

        return (mapping, bad);
    }
}
