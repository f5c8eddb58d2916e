namespace CaseFlow.Workflows.Versioning;

/// <summary>Collects changes and compares lists of things that have ids, field by field.</summary>
internal sealed class ChangeList
{
    private readonly List<DefinitionChange> _items = [];

    public IReadOnlyList<DefinitionChange> Items => _items;

    public void Add(string kind, string change, string subject, string detail = "") =>
        _items.Add(new DefinitionChange(kind, change, subject, detail));

    /// <summary>
    /// Reports items only in <paramref name="to"/> as added, only in <paramref name="from"/> as removed, and items in both whose
    /// <paramref name="differences"/> are not empty as changed. Ids are compared ordinally; order within the lists does not matter.
    /// </summary>
    public void Keyed<T>(
        string kind,
        IEnumerable<T> from,
        IEnumerable<T> to,
        Func<T, string> id,
        Func<T, string> describe,
        Func<T, T, IEnumerable<string?>> differences)
    {
        var before = Index(from, id);
        var after = Index(to, id);
        foreach (var (key, item) in after.Where(a => !before.ContainsKey(a.Key)))
        {
            Add(kind, ChangeActions.Added, key, describe(item));
        }

        foreach (var (key, item) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            Add(kind, ChangeActions.Removed, key, describe(item));
        }

        foreach (var (key, old) in before.Where(b => after.ContainsKey(b.Key)))
        {
            var changed = differences(old, after[key]).OfType<string>().ToList();
            if (changed.Count > 0)
            {
                Add(kind, ChangeActions.Changed, key, string.Join("; ", changed));
            }
        }
    }

    /// <summary>"what: old → new" when the values differ, else null.</summary>
    public static string? Field(string what, string? old, string? now) =>
        string.Equals(old, now, StringComparison.Ordinal) ? null : $"{what} {Show(old)} → {Show(now)}";

    /// <summary>"what: +a, -b" when the sets differ, else null.</summary>
    public static string? Set(string what, IEnumerable<string> old, IEnumerable<string> now)
    {
        var before = old.ToHashSet(StringComparer.Ordinal);
        var after = now.ToHashSet(StringComparer.Ordinal);
        var added = after.Where(a => !before.Contains(a)).Order(StringComparer.Ordinal).Select(a => "+" + a);
        var removed = before.Where(b => !after.Contains(b)).Order(StringComparer.Ordinal).Select(b => "-" + b);
        var parts = added.Concat(removed).ToList();
        return parts.Count == 0 ? null : $"{what} {string.Join(", ", parts)}";
    }

    /// <summary>"what: a, b → c" when the lists hold different values, whatever their order, else null.</summary>
    public static string? Unordered(string what, IReadOnlyList<string> old, IReadOnlyList<string> now) =>
        old.ToHashSet(StringComparer.Ordinal).SetEquals(now) ? null : $"{what} {Show(string.Join(", ", old))} → {Show(string.Join(", ", now))}";

    public static string Show(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value;

    // The first of two items with one id wins: a diff of an invalid definition must still say something rather than throw.
    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(id(item), item);
        }

        return index;
    }
}
