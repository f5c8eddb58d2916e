using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Cases;

/// <summary>How many case states the engine keeps in memory between commands (configuration section CaseFlow:Engine).</summary>
public sealed class CaseStateCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Engine";

    /// <summary>The most cases whose latest state is kept (<see cref="CaseStateCache"/>); 0 reads and folds every case's history for every command.</summary>
    [Range(0, 10_000_000, ErrorMessage = "CaseFlow:Engine:StateCacheSize must be between 0 (no cache) and 10000000 cases, e.g. 10000")]
    public int StateCacheSize { get; set; } = CaseStateCache.DefaultCapacity;
}
