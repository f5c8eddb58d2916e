namespace CaseFlow.Bench.Limits;

/// <summary>How fast the bare plumbing moves the same number of messages: published (or sent) and consumed, end to end.</summary>
internal sealed record LimitResult(string Name, string Transport, long Messages, double Seconds)
{
    public double MessagesPerSecond => Messages / Seconds;
}
