namespace CaseFlow.Engine.Definitions;

/// <summary>
/// Durable definition versions: each distinct content stored once under a number, every publication that made a version current,
/// and so which version is current, surviving restarts. Both case stores implement it, on their relational base, in the same
/// database as the cases.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Stores a definition's text under its content hash (once) and returns its version number, without making it current.</summary>
    Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the content as a new version when its hash is new, then makes that version current (recording the publication) unless
    /// it already is, all in one transaction.
    /// </summary>
    Task<DefinitionPublication> PublishDefinitionAsync(DefinitionDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The text of a stored definition version, or null.</summary>
    Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default);

    /// <summary>Every stored version, oldest first.</summary>
    Task<IReadOnlyList<DefinitionVersionInfo>> ListDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The current version's number, or null when nothing has been published yet.</summary>
    Task<int?> ReadCurrentDefinitionAsync(CancellationToken cancellationToken = default);

    /// <summary>The content hash of what was last published from this source (a file path), or null.</summary>
    Task<string?> LastPublishedFromAsync(string source, CancellationToken cancellationToken = default);
}
