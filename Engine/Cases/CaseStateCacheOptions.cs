using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Cases;

/// <summary>How many cases the engine keeps in memory: states between commands, parsed cases between assessments (configuration section CaseFlow:Engine).</summary>
public sealed class CaseStateCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Engine";

    /// <summary>The most cases whose latest state is kept (<see cref="CaseStateCache"/>); 0 reads and folds every case's history for every command.</summary>
    [Range(0, 10_000_000, ErrorMessage = "CaseFlow:Engine:StateCacheSize must be between 0 (no cache) and 10000000 cases, e.g. 10000")]
    public int StateCacheSize { get; set; } = CaseStateCache.DefaultCapacity;

    /// <summary>The assessment cache's capacity when none is configured: the cases of a county-sized store, about 1.5 KB each.</summary>
    public const int DefaultAssessmentCacheSize = 100_000;

    /// <summary>
    /// The most cases the store keeps parsed between readings of the assessment's projection (indicators, briefs, the 督办 board),
    /// so that each reading parses only the cases changed since; 0 parses every case at every reading.
    /// </summary>
    [Range(0, 10_000_000, ErrorMessage = "CaseFlow:Engine:AssessmentCacheSize must be between 0 (no cache) and 10000000 cases, e.g. 100000")]
    public int AssessmentCacheSize { get; set; } = DefaultAssessmentCacheSize;
}
