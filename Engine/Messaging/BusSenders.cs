using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// The positions each bus sender may act in (<c>CaseFlow:Bus:Senders</c>: broker users on RabbitMQ, in-process senders on the
/// in-memory bus), written as <see cref="SenderGrants"/> describes, and which of them a message acts in: the one its <c>Actor</c>
/// names, the only one when it names none, the sender's county position for a county 12345 message. Anything else is refused.
/// </summary>
/// <param name="grants">Each sender's name and the positions it may act in, as written.</param>
public sealed class BusSenders(IReadOnlyDictionary<string, IReadOnlyList<string>> grants)
{
    /// <summary>No sender at all: every command on the bus is refused.</summary>
    public static BusSenders None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Each sender's grants, as written.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Grants { get; } = grants;

    /// <summary>Every grant the organisation does not have: its sender, its index among the sender's grants, and what would be right.</summary>
    public IReadOnlyList<(string Sender, int Index, string Error)> Check(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<(string, int, string)>();
        foreach (var (sender, written) in Grants.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < written.Count; i++)
            {
                var (positions, error) = SenderGrants.Expand(written[i], definition);
                if (error is not null)
                {
                    errors.Add((sender, i, error));
                }
                else if (positions.Count == 0)
                {
                    errors.Add((sender, i, $"'{written[i]}' gives no position: the organisation declares none of that kind"));
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// The position a message acts in, or why it is refused: <paramref name="sender"/> is who the transport says sent it (null:
    /// <paramref name="missing"/> says why there is none), <paramref name="claimed"/> the actor its body names (empty: none),
    /// <paramref name="county"/> true for the county 12345 system's messages.
    /// </summary>
    public SenderDecision Decide(BusSender? sender, string? missing, string claimed, bool county, string message, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (sender is null)
        {
            return SenderDecision.Refuse($"{message} was refused: {missing ?? "the transport named no sender"}");
        }

        if (!Grants.TryGetValue(sender.Name, out var written))
        {
            return SenderDecision.Refuse($"{message} was refused: {sender.Describe()} is not a CaseFlow sender (CaseFlow:Bus:Senders maps "
                + $"{(Grants.Count == 0 ? "no sender" : Vocabulary.List(Grants.Keys.Order(StringComparer.Ordinal)))}); an operator maps it to the positions "
                + $"it may act in, e.g. CaseFlow:Bus:Senders:{sender.Name}:Positions:0=system:county-12345");
        }

        var held = written.SelectMany(w => SenderGrants.Expand(w, definition).Positions).Distinct().ToList();
        var may = $"{sender.Describe()} may act as {Vocabulary.List(written)}";
        if (county)
        {
            var counties = held.Where(p => p.Kind == ActorKinds.County).ToList();
            return counties.Count == 1
                ? SenderDecision.Act(counties[0].Id, sender.Identity)
                : SenderDecision.Refuse(counties.Count == 0
                    ? $"{message} is the county 12345 system's message and {sender.Describe()} holds no county position: {may}; the county's own broker user sends it"
                    : $"{message} cannot say which county {sender.Describe()} acts as ({Vocabulary.List(counties.Select(c => c.ToString()))}): map it to one");
        }

        if (claimed.Length == 0)
        {
            return held.Count == 1
                ? SenderDecision.Act(held[0].Id, sender.Identity)
                : SenderDecision.Refuse($"{message} names no actor and {may}: set actor to the position it acts in");
        }

        if (held.Any(p => p.Id == claimed))
        {
            return SenderDecision.Act(claimed, sender.Identity);
        }

        var why = claimed switch
        {
            Positions.Reporter => "the reporter acts through the link issued to them, never on the bus",
            Positions.TimerPump => "only CaseFlow's timer pump acts as the system",
            _ when Positions.Find(claimed, definition) is null => $"'{claimed}' is not a position of the organisation",
            _ => $"it may not act as '{claimed}'",
        };
        return SenderDecision.Refuse($"{message} from {sender.Describe()} claims actor '{claimed}': {why}; {may}");
    }
}

/// <summary>Which position a bus message acts in and the identity it records, or why it is refused.</summary>
/// <param name="Actor">The position's id, recorded as the command's actor; null when refused.</param>
/// <param name="Identity">The sender's identity (<see cref="BusSender.Identity"/>); null when refused.</param>
/// <param name="Refusal">What was wrong and what would be right; null when it may act.</param>
public sealed record SenderDecision(string? Actor, string? Identity, string? Refusal)
{
    /// <summary>The message acts in this position.</summary>
    public static SenderDecision Act(string actor, string identity) => new(actor, identity, null);

    /// <summary>The message is refused.</summary>
    public static SenderDecision Refuse(string reason) => new(null, null, reason);
}
