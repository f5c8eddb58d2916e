using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>
/// A run of cases in the store's order that one verification worker reads: from <see cref="From"/> (the first case when null) up to
/// <see cref="Until"/> (the last when null), covering the stored heads [<see cref="FirstHead"/>, <see cref="EndHead"/>).
/// </summary>
internal sealed record CaseRange(Guid? From, Guid? Until, int FirstHead, int EndHead)
{
    /// <summary>
    /// The heads, in the store's order, cut every <paramref name="casesPerRange"/> cases; the first range is open below and the last
    /// above, so that events of a case with no stored head fall in one of them too.
    /// </summary>
    public static IReadOnlyList<CaseRange> Split(IReadOnlyList<CaseHead> heads, int casesPerRange)
    {
        var count = Math.Max(1, (heads.Count + casesPerRange - 1) / casesPerRange);
        var ranges = new List<CaseRange>(count);
        for (var i = 0; i < count; i++)
        {
            var first = i * casesPerRange;
            var end = Math.Min(heads.Count, first + casesPerRange);
            ranges.Add(new CaseRange(i == 0 ? null : heads[first].CaseId, i == count - 1 ? null : heads[end].CaseId, first, end));
        }

        return ranges;
    }
}
