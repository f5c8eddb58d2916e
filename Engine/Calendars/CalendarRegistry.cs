using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// The working calendar as reference data of its own: versions published by administrators (validated first; an invalid calendar
/// changes nothing), kept in the store beside the definitions, the latest current for every running case. Until one is published
/// the definition's <c>calendar</c> section is stored as version 1. Without a store (tests, tools) versions are kept in memory.
/// </summary>
public sealed class CalendarRegistry(ICalendarStore? store, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<StoredCalendar> _memory = [];
    private volatile Loaded _loaded = Loaded.Empty;

    /// <summary>The calendars as now published: every version, the latest current.</summary>
    public CalendarSet Current => _loaded.Set;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<CalendarVersionInfo> Versions => _loaded.Stored.Select(c => c.Info).ToList();

    /// <summary>The current version's particulars, or null before any calendar is published.</summary>
    public CalendarVersionInfo? CurrentInfo => _loaded.Stored.Count == 0 ? null : _loaded.Stored[^1].Info;

    /// <summary>The declaration of a version, or null when there is no such version.</summary>
    public CalendarDefinition? Declaration(int version) => _loaded.Declarations.GetValueOrDefault(version);

    /// <summary>The text a version was published with, or null.</summary>
    public string? Text(int version) => _loaded.Stored.FirstOrDefault(c => c.Info.Number == version)?.Content;

    /// <summary>Checks calendar text as a publication would: every error with its JSON path.</summary>
    public static CalendarLoadResult Check(string json) => CalendarLoader.Parse(json);

    /// <summary>
    /// Validates calendar text, stores it as the next version and makes it current (the current content again changes nothing);
    /// throws <see cref="InvalidCalendarException"/> with every error when it is invalid, leaving everything as it was.
    /// </summary>
    public async Task<CalendarPublication> PublishAsync(string json, PublicationOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        var check = Check(json);
        if (!check.IsValid)
        {
            throw new InvalidCalendarException(origin.Source, check.Errors);
        }

        return await StoreAsync(new CalendarDraft(check.ContentHash, json, origin, time.GetUtcNow()), onlyIfNone: false, cancellationToken);
    }

    /// <summary>Stores the definition's calendar as version 1 when no calendar version exists yet; loads the stored versions either way.</summary>
    public async Task SeedAsync(CalendarDefinition? calendar, int definitionVersion, CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken);
        if (calendar is null || _loaded.Stored.Count > 0)
        {
            return;
        }

        var text = CalendarLoader.Text(calendar);
        var origin = new PublicationOrigin($"definition version {definitionVersion}", "caseflow");
        await StoreAsync(new CalendarDraft(DefinitionLoader.ContentHash(text), text, origin, time.GetUtcNow()), onlyIfNone: true, cancellationToken);
    }

    /// <summary>Makes sure a version a case recorded is known here, reading the store again when another instance published it.</summary>
    public async Task EnsureAsync(int? version, CancellationToken cancellationToken = default)
    {
        if (version is { } v && Current.Find(v) is null)
        {
            await LoadAsync(cancellationToken);
        }
    }

    /// <summary>Reads the stored versions again (another instance may have published one).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        if (store is null)
        {
            return;
        }

        var stored = await store.ReadCalendarsAsync(cancellationToken);
        if (stored.Count != _loaded.Stored.Count || (stored.Count > 0 && stored[^1].Info.ContentHash != _loaded.Stored[^1].Info.ContentHash))
        {
            _loaded = Loaded.From(stored);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<CalendarPublication> StoreAsync(CalendarDraft draft, bool onlyIfNone, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (store is not null)
            {
                var publication = await store.PublishCalendarAsync(draft, onlyIfNone, cancellationToken);
                _loaded = Loaded.From(await store.ReadCalendarsAsync(cancellationToken));
                return publication;
            }

            if (_memory.Count > 0 && (onlyIfNone || _memory[^1].Info.ContentHash == draft.ContentHash))
            {
                return new CalendarPublication(_memory[^1].Info, false);
            }

            var info = new CalendarVersionInfo(_memory.Count + 1, draft.ContentHash, draft.At, draft.Origin.Source, draft.Origin.Actor);
            _memory.Add(new StoredCalendar(info, draft.Content));
            _loaded = Loaded.From(_memory.ToList());
            return new CalendarPublication(info, true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Loaded(IReadOnlyList<StoredCalendar> Stored, IReadOnlyDictionary<int, CalendarDefinition> Declarations, CalendarSet Set)
    {
        public static Loaded Empty { get; } = new([], new Dictionary<int, CalendarDefinition>(), CalendarSet.None);

        public static Loaded From(IReadOnlyList<StoredCalendar> stored)
        {
            // A stored version was validated when it was published: it is read as it was, not against today's rules.
            var declarations = stored.ToDictionary(c => c.Info.Number, c => CalendarLoader.Parse(c.Content).Calendar
                ?? throw new InvalidOperationException($"calendar version {c.Info.Number} in the store cannot be read as a calendar"));
            var calendars = declarations.ToDictionary(d => d.Key, d => new WorkingCalendar(d.Value));
            return new Loaded(stored, declarations, new CalendarSet(calendars, stored.Count == 0 ? null : stored[^1].Info.Number));
        }
    }
}

/// <summary>Thrown when calendar text that must be valid is not; carries every error with its JSON path.</summary>
public sealed class InvalidCalendarException(string source, IReadOnlyList<DefinitionError> errors)
    : Exception($"{source} is not a valid working calendar ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => "  " + e))}")
{
    /// <summary>Every error found.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
