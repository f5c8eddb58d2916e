using System.Collections.Concurrent;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The cases the assessment last read from the projection, parsed, each kept with the case version and the projection's currency it
/// was read at, so that the next reading of every case parses only what changed since: the indicators, the briefs and the 督办 board
/// each read every case, and parsing the snapshots and facts is most of that cost. An entry is used only while the row still has its
/// version and currency (a snapshot is never rewritten at the same version, and the facts of one version are always the same facts);
/// a reading that went through every row drops the cases it no longer found. Bounded by a count: once full, cases not yet held are
/// parsed on every reading rather than displacing others (a reading in order would otherwise displace each entry before its next
/// use); 0 keeps nothing. Safe for concurrent use.
/// </summary>
internal sealed class ProjectedCases(int capacity)
{
    private readonly ConcurrentDictionary<Guid, ProjectedCase> _held = new();
    private long _parsed;

    /// <summary>The most cases held.</summary>
    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "the capacity is 0 or more cases");

    /// <summary>The cases held now.</summary>
    public int Count => _held.Count;

    /// <summary>Cases parsed from their rows so far (held or not).</summary>
    public long Parsed => Interlocked.Read(ref _parsed);

    /// <summary>The case as parsed before, when its row still has <paramref name="version"/> and its facts are (or are not) current as then.</summary>
    public ProjectedCase? Find(Guid caseId, long version, bool factsCurrent) =>
        _held.TryGetValue(caseId, out var held) && held.State.Version == version && held.Facts is not null == factsCurrent ? held : null;

    /// <summary>Holds a case as parsed now (counted), replacing what was held for it; a new case only while there is room.</summary>
    public void Put(ProjectedCase parsed)
    {
        Interlocked.Increment(ref _parsed);
        if (_held.ContainsKey(parsed.State.Id) || _held.Count < Capacity)
        {
            _held[parsed.State.Id] = parsed;
        }
    }

    /// <summary>After a reading of every row: drops the cases it did not find (removed from the store since).</summary>
    public void KeepOnly(IReadOnlySet<Guid> found)
    {
        foreach (var id in _held.Keys)
        {
            if (!found.Contains(id))
            {
                _held.TryRemove(id, out _);
            }
        }
    }
}
