using System.Collections.Concurrent;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Engine.Definitions;

/// <summary>
/// Every definition version cases run under: the current one new cases start on, and older ones, loaded from the store,
/// for the cases pinned to them.
/// </summary>
public sealed class DefinitionRegistry(ICaseStore store)
{
    private readonly ConcurrentDictionary<int, CompiledDefinition> _versions = new();
    private volatile Published? _current;

    /// <summary>The definition new cases start on.</summary>
    public CompiledDefinition Current => (_current ?? throw new InvalidOperationException("no definition has been published yet")).Definition;

    /// <summary>The version number of <see cref="Current"/>.</summary>
    public int CurrentVersion => (_current ?? throw new InvalidOperationException("no definition has been published yet")).Version;

    /// <summary>Validates and compiles definition text, stores it (once per content hash) and makes it current; throws <see cref="InvalidDefinitionException"/> with every error when it is invalid.</summary>
    public async Task<int> PublishAsync(string json, string source, CancellationToken cancellationToken = default)
    {
        var compiled = CompiledDefinition.From(DefinitionLoader.Parse(json), source);
        var version = await store.RegisterDefinitionAsync(compiled.ContentHash, json, cancellationToken);
        _versions[version] = compiled;
        _current = new Published(version, compiled);
        return version;
    }

    /// <summary>The definition with this version number, loading it from the store when needed.</summary>
    public async Task<CompiledDefinition> GetAsync(int version, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue(version, out var compiled))
        {
            return compiled;
        }

        var text = await store.ReadDefinitionAsync(version, cancellationToken)
            ?? throw new InvalidOperationException($"definition version {version} is not in the store");
        return _versions.GetOrAdd(version, _ => CompiledDefinition.Parse(text));
    }

    private sealed record Published(int Version, CompiledDefinition Definition);
}
