using MassTransit;

namespace CaseFlow.Bench.Peer;

/// <summary>The peer's saga instance: a case as a MassTransit saga holds it, one row per case, overwritten at each step.</summary>
public sealed class PeerCase : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public string PreviousState { get; set; } = "";

    public int Version { get; set; }

    public int Steps { get; set; }

    public string ClientKey { get; set; } = "";

    public string Category { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Location { get; set; }

    public string? Platform { get; set; }

    public string? LeadOffice { get; set; }

    public string? Result { get; set; }

    public string? Feedback { get; set; }

    public string? Rating { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? SignedForAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
