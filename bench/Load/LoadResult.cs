namespace CaseFlow.Bench.Load;

/// <summary>One end-to-end scenario: N cases around the loop, as fast as the system under test takes them.</summary>
internal sealed record LoadResult
{
    public required string Scenario { get; init; }

    public required string System { get; init; }

    public required string Transport { get; init; }

    public required string Store { get; init; }

    public required int Cases { get; init; }

    public required int Concurrency { get; init; }

    public required long Transitions { get; init; }

    public required double Seconds { get; init; }

    public double CasesPerSecond => Cases / Seconds;

    public double TransitionsPerSecond => Transitions / Seconds;

    /// <summary>Messages sent or published on the bus per command: the request, its reply and the events it caused.</summary>
    public required double MessagesPerCommand { get; init; }

    public required Percentiles SubmitToDispatchMs { get; init; }

    public required Percentiles SubmitToCloseMs { get; init; }

    public required Percentiles StepMs { get; init; }
}
