using System.Globalization;

namespace CaseFlow.Engine.History;

/// <summary>
/// How a relational store commits appends: with group commit on, appends that arrive while another commit is under way are written
/// together, each in a savepoint of its own, and committed in one transaction (one flush to disk for many commands); each caller
/// still returns only once its own events are committed.
/// </summary>
public sealed record GroupCommitSettings
{
    /// <summary>The most appends one batch may hold.</summary>
    public const int MaxBatchLimit = 10_000;

    /// <summary>Group commit on, at most 256 appends a batch.</summary>
    public static GroupCommitSettings Default { get; } = new();

    /// <summary>Whether concurrent appends share one transaction (true) or each commits alone (false).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The most appends one transaction carries, from 1 to <see cref="MaxBatchLimit"/>.</summary>
    public int MaxBatch { get; init; } = 256;

    /// <summary>What is wrong with these settings, naming each by its property, or null when they can work.</summary>
    public string? Problem => MaxBatch is < 1 or > MaxBatchLimit
        ? string.Create(CultureInfo.InvariantCulture, $"MaxBatch must be between 1 and {MaxBatchLimit} appends (it is {MaxBatch}); 256 suits most services")
        : null;
}
