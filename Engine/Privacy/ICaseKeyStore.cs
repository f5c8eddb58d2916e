namespace CaseFlow.Engine.Privacy;

/// <summary>Where cases' wrapped data keys are kept, beside their histories, and the record of their erasures.</summary>
public interface ICaseKeyStore
{
    /// <summary>Stores a new case's key; a case that already has one keeps it (false then).</summary>
    Task<bool> AddKeyAsync(CaseKey key, CancellationToken cancellationToken = default);

    /// <summary>The keys of these cases that have one (erased ones included, without their key).</summary>
    Task<IReadOnlyDictionary<Guid, CaseKey>> ReadKeysAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default);

    /// <summary>Destroys a case's key, recording the erasure; false when the case has no key or it was erased already.</summary>
    Task<bool> EraseKeyAsync(Erasure erasure, CancellationToken cancellationToken = default);

    /// <summary>Erasures recorded at or after <paramref name="since"/> and before <paramref name="until"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Erasure>> ListErasuresAsync(DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> unerased keys wrapped with another master key than <paramref name="masterKeyId"/>.</summary>
    Task<IReadOnlyList<CaseKey>> ReadKeysNotWrappedWithAsync(string masterKeyId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Replaces a key's wrapping if it is still wrapped with <paramref name="previousMasterKeyId"/> and not erased; true when it was replaced.</summary>
    Task<bool> RewrapKeyAsync(Guid caseId, string previousMasterKeyId, string masterKeyId, byte[] wrapped, CancellationToken cancellationToken = default);

    /// <summary>The master keys some unerased case key is still wrapped with.</summary>
    Task<IReadOnlySet<string>> MasterKeysInUseAsync(CancellationToken cancellationToken = default);
}
