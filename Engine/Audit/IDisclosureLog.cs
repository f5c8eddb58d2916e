namespace CaseFlow.Engine.Audit;

/// <summary>The durable record of every disclosure of personal data, in the same store as the cases; both stores implement it.</summary>
public interface IDisclosureLog
{
    /// <summary>Records a disclosure (before the data is handed over).</summary>
    Task RecordDisclosureAsync(Disclosure disclosure, CancellationToken cancellationToken = default);

    /// <summary>
    /// The disclosures made in [since, until), oldest first (ties in record order), each with its <see cref="Disclosure.Seq"/>: at most
    /// <paramref name="limit"/> of those after <paramref name="after"/> (from the first when null).
    /// </summary>
    Task<IReadOnlyList<Disclosure>> ListDisclosuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, DisclosurePosition? after = null, CancellationToken cancellationToken = default);
}
