namespace CaseFlow.Engine.History;

/// <summary>
/// Hands out the daily sequences of case numbers (<see cref="Cases.CaseNumbers"/>): one counter per township code and day, kept in
/// the store's database so that every instance sharing it counts on the same one.
/// </summary>
public interface ICaseNumberStore
{
    /// <summary>
    /// The next sequence of <paramref name="code"/> on <paramref name="day"/> (1 for the day's first), taken at once in one atomic
    /// statement: no two calls, from any instance on the same database, ever get the same one. A sequence taken by a submission that
    /// is then not recorded is not given again (the day's numbers may have a gap; they never repeat).
    /// </summary>
    Task<long> NextCaseNumberAsync(string code, DateOnly day, CancellationToken cancellationToken = default);
}
