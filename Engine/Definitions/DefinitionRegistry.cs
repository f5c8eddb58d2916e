using System.Collections.Concurrent;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Engine.Definitions;

/// <summary>
/// Every definition version cases run under: the current one new cases start on, and older ones, loaded from the store,
/// for the cases pinned to them. Publishing validates first; an invalid definition changes nothing.
/// </summary>
public sealed class DefinitionRegistry(IDefinitionStore store, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<int, CompiledDefinition> _versions = new();
    private readonly ConcurrentDictionary<(int Version, int Current), CompiledDefinition> _inherited = new();
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private volatile Published? _current;

    /// <summary>A registry on the system clock.</summary>
    public DefinitionRegistry(IDefinitionStore store)
        : this(store, TimeProvider.System)
    {
    }

    /// <summary>
    /// The working calendars, published apart from the definitions (in the same store when it keeps them); the first definition made
    /// current gives version 1 from its <c>calendar</c> section.
    /// </summary>
    public CalendarRegistry Calendars { get; } = new(store as ICalendarStore, time);

    /// <summary>The definition new cases start on.</summary>
    public CompiledDefinition Current => Require().Definition;

    /// <summary>The version number of <see cref="Current"/>.</summary>
    public int CurrentVersion => Require().Version;

    /// <summary>True once a version is current (published here, or read from the store by <see cref="LoadCurrentAsync"/>).</summary>
    public bool HasCurrent => _current is not null;

    /// <summary>The current version with its definition, read together so that a publication in between cannot mix them.</summary>
    public (int Version, CompiledDefinition Definition) GetCurrent()
    {
        var current = Require();
        return (current.Version, current.Definition);
    }

    /// <summary>
    /// Checks a draft as a publication would: every schema and meaning error with its JSON path, and an error at <c>$.id</c> when it
    /// declares another workflow set than the current one.
    /// </summary>
    public DraftCheck Check(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var loaded = DefinitionLoader.Parse(json);
        var errors = loaded.Errors.ToList();
        if (loaded.Definition is { } parsed && errors.Count == 0)
        {
            // The validator knows the catalogue; this engine must also implement every effect the definition uses, and no transition
            // may declare a trigger only the engine records.
            errors.AddRange(CaseEffects.Unimplemented(parsed).Concat(CaseTriggers.Misdeclared(parsed)).Select(p => new DefinitionError(p.Path, p.Message)));
        }

        if (loaded.Definition is { } draft && _current is { } current && errors.Count == 0 && draft.Id != current.Definition.Definition.Id)
        {
            errors.Add(new DefinitionError("$.id", $"this service runs the workflow set '{current.Definition.Definition.Id}'; a definition for '{draft.Id}' cannot be published into it (keep \"id\": \"{current.Definition.Definition.Id}\")"));
        }

        var compiled = errors.Count == 0 ? CompiledDefinition.From(loaded, "draft") : null;
        return new DraftCheck(compiled, errors, loaded.ContentHash);
    }

    /// <summary>Publishes definition text read from a file; returns its version number or throws <see cref="InvalidDefinitionException"/> with every error.</summary>
    public async Task<int> PublishAsync(string json, string source, CancellationToken cancellationToken = default) =>
        (await PublishAsync(json, PublicationOrigin.File(source, "caseflow"), cancellationToken)).Version.Number;

    /// <summary>
    /// Validates definition text, stores it (once per content hash) and makes it current; throws <see cref="InvalidDefinitionException"/>
    /// with every error when it is invalid, leaving the current version and the store as they were.
    /// </summary>
    public async Task<DefinitionPublication> PublishAsync(string json, PublicationOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(origin);
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            var check = Check(json);
            if (!check.IsValid)
            {
                throw new InvalidDefinitionException(origin.Source, check.Errors);
            }

            var compiled = check.Definition!;
            var publication = await store.PublishDefinitionAsync(
                new DefinitionDraft(compiled.Definition.Id, compiled.ContentHash, json, origin, time.GetUtcNow()), cancellationToken);
            var version = publication.Version.Number;
            _versions.TryAdd(version, compiled);
            _current = new Published(version, _versions[version]);
            await Calendars.SeedAsync(compiled.Definition.Calendar, version, cancellationToken);
            return publication;
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>Makes current whatever the store says is current (after a restart, or another instance's publication); false when nothing is published yet.</summary>
    public async Task<bool> LoadCurrentAsync(CancellationToken cancellationToken = default)
    {
        await _publishing.WaitAsync(cancellationToken);
        try
        {
            if (await store.ReadCurrentDefinitionAsync(cancellationToken) is not { } version)
            {
                return false;
            }

            if (_current?.Version != version)
            {
                _current = new Published(version, await GetAsync(version, cancellationToken));
            }

            await Calendars.SeedAsync(_current.Definition.Definition.Calendar, version, cancellationToken);
            return true;
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>The definition with this version number, loading it from the store when needed.</summary>
    public async Task<CompiledDefinition> GetAsync(int version, CancellationToken cancellationToken = default) =>
        await FindAsync(version, cancellationToken) ?? throw new InvalidOperationException($"definition version {version} is not in the store");

    /// <summary>
    /// The definition with this version number, or null when the store has no such version. A version published before
    /// definitions declared who may act takes the permissions the current version declares for the same steps, so that no case
    /// pinned to it is left unprotected.
    /// </summary>
    public async Task<CompiledDefinition?> FindAsync(int version, CancellationToken cancellationToken = default)
    {
        if (!_versions.TryGetValue(version, out var compiled))
        {
            // A stored version was validated when it was published: it is read as it was, not against today's rules.
            var text = await store.ReadDefinitionAsync(version, cancellationToken);
            if (text is null)
            {
                return null;
            }

            compiled = _versions.GetOrAdd(version, _ => Implemented(version, CompiledDefinition.Stored(text)));
        }

        return compiled.DeclaresPermissions || _current is not { } current || current.Version == version
            ? compiled
            : _inherited.GetOrAdd((version, current.Version), _ => compiled.InheritPermissions(current.Definition));
    }

    /// <summary>Every definition a case history was recorded under, by version: a migrated case names more than one.</summary>
    public async Task<IReadOnlyDictionary<int, CompiledDefinition>> ForHistoryAsync(IEnumerable<CaseEvent> history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        var definitions = new Dictionary<int, CompiledDefinition>();
        foreach (var version in history.Select(e => e.DefinitionVersion).Distinct())
        {
            definitions[version] = await GetAsync(version, cancellationToken);
        }

        return definitions;
    }

    /// <summary>A stored version as compiled, or a clear failure when it uses an effect this engine does not implement or declares a trigger only the engine records.</summary>
    private static CompiledDefinition Implemented(int version, CompiledDefinition compiled) =>
        CaseEffects.Unimplemented(compiled.Definition).Concat(CaseTriggers.Misdeclared(compiled.Definition)).ToList() is { Count: > 0 } missing
            ? throw new InvalidOperationException($"definition version {version} cannot run on this engine: {string.Join("; ", missing.Select(m => $"{m.Path}: {m.Message}"))}")
            : compiled;

    /// <summary>Every stored version, oldest first.</summary>
    public Task<IReadOnlyList<DefinitionVersionInfo>> ListAsync(CancellationToken cancellationToken = default) => store.ListDefinitionsAsync(cancellationToken);

    /// <summary>One stored version's particulars, or null.</summary>
    public async Task<DefinitionVersionInfo?> DescribeAsync(int version, CancellationToken cancellationToken = default) =>
        (await store.ListDefinitionsAsync(cancellationToken)).FirstOrDefault(v => v.Number == version);

    /// <summary>The text a stored version was published with, or null.</summary>
    public Task<string?> ReadTextAsync(int version, CancellationToken cancellationToken = default) => store.ReadDefinitionAsync(version, cancellationToken);

    /// <summary>The content hash last published from this source (a file path), or null.</summary>
    public Task<string?> LastPublishedFromAsync(string source, CancellationToken cancellationToken = default) => store.LastPublishedFromAsync(source, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _publishing.Dispose();
        Calendars.Dispose();
    }

    private Published Require() => _current ?? throw new InvalidOperationException("no definition has been published yet");

    private sealed record Published(int Version, CompiledDefinition Definition);
}

/// <summary>A draft checked as a publication would check it.</summary>
/// <param name="Definition">The compiled draft when it is valid.</param>
/// <param name="Errors">Every error, each with its JSON path; empty when valid.</param>
/// <param name="ContentHash">SHA-256 of the draft text.</param>
public sealed record DraftCheck(CompiledDefinition? Definition, IReadOnlyList<DefinitionError> Errors, string ContentHash)
{
    /// <summary>True when the draft could be published.</summary>
    public bool IsValid => Definition is not null;
}
