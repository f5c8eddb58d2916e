namespace CaseFlow.Engine.Audit;

/// <summary>One disclosure of reporters' personal data to an auditor: who saw it, when, what they saw and why they said they needed it.</summary>
public sealed record Disclosure
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>When the data was disclosed.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The auditor's authenticated identity.</summary>
    public required string Auditor { get; init; }

    /// <summary>What was disclosed, e.g. <c>export</c>, <c>replay</c>, <c>as-of</c>.</summary>
    public required string What { get; init; }

    /// <summary>The case disclosed, when one case was.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>The start of the exported period, when a period was.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The end of the exported period, when a period was.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Why the auditor asked, in their words.</summary>
    public required string Reason { get; init; }

    /// <summary>Its running number in the record, set when the record is read (null on a disclosure about to be recorded).</summary>
    public long? Seq { get; init; }
}
