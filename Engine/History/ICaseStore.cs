namespace CaseFlow.Engine.History;

/// <summary>
/// A whole case store: the histories (<see cref="IEventStore"/>), the timers (<see cref="ITimerStore"/>), the outbox
/// (<see cref="IOutboxStore"/>), the lists (<see cref="ICaseQueries"/>) and the case numbers' counters (<see cref="ICaseNumberStore"/>) kept in one database, so that an append writes all of them in
/// one transaction. SQLite is the embedded implementation and PostgreSQL the scaled-out one; both also keep the definition versions
/// (<see cref="Definitions.IDefinitionStore"/>), accounts, case keys and disclosures. Depend on the narrowest of these a class needs.
/// </summary>
public interface ICaseStore : IEventStore, ITimerStore, IOutboxStore, ICaseQueries, ICaseNumberStore
{
    /// <summary>Creates or migrates the schema.</summary>
    Task InitialiseAsync(CancellationToken cancellationToken = default);
}

/// <summary>A case's head as stored beside its history: what its latest append said the history ends with.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Version">The sequence of its latest event.</param>
/// <param name="LastHash">The hash of its latest event.</param>
public sealed record CaseHead(Guid CaseId, long Version, string LastHash);

/// <summary>Another writer appended to the case first; reload and decide again.</summary>
public sealed class ConcurrencyConflictException(Guid caseId, long expectedVersion)
    : Exception($"case {caseId} is no longer at version {expectedVersion}: another command was applied first")
{
    /// <summary>The case.</summary>
    public Guid CaseId { get; } = caseId;
}

/// <summary>A new case reused a client key that already created a case.</summary>
public sealed class DuplicateClientKeyException(string clientKey)
    : Exception($"client key '{clientKey}' already created a case")
{
    /// <summary>The key.</summary>
    public string ClientKey { get; } = clientKey;
}
