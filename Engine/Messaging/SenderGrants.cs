using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Messaging;

/// <summary>
/// How a position a bus sender may act in is written in <c>CaseFlow:Bus:Senders</c>: a position as accounts write it
/// (<c>office:demolition-office</c>, <c>leader:armed-forces-head</c>, <c>gridMember:grid-member-1</c>, <c>commandRoom</c>,
/// <c>system:county-12345</c>), every position of one kind of person (<c>office:*</c>, <c>leader:*</c>, <c>gridMember:*</c>), or
/// <c>*</c> for every person's position (the command room, leaders, offices, grid members) — for a gateway relaying people's commands.
/// A system is never given by a wildcard: each connects as its own sender and is named. The timer pump and the reporter are no
/// sender's: CaseFlow fires the one itself, the other acts through the link issued to them.
/// </summary>
public static class SenderGrants
{
    /// <summary>Every person's position.</summary>
    public const string Everyone = "*";

    private static readonly string[] PeopleKinds = [ActorKinds.CommandRoom, ActorKinds.Leader, ActorKinds.Office, ActorKinds.GridMember];

    /// <summary>What is wrong with how a grant is written, before any organisation is known; null when it is well formed.</summary>
    public static string? CheckWriting(string? written)
    {
        var text = (written ?? "").Trim();
        if (text.Length == 0)
        {
            return "is empty; write a position (kind:id, e.g. system:county-12345 or office:demolition-office), office:* or *";
        }

        if (text == Everyone || text == ActorKinds.CommandRoom)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? text : text[..colon];
        var id = colon < 0 ? "" : text[(colon + 1)..];
        if (kind is Positions.Reporter || id == Positions.Reporter)
        {
            return $"'{written}' names the reporter, whom no bus sender may act as: a reporter acts through the link issued to them";
        }

        if (id == Positions.TimerPump || (kind == Positions.TimerPump && id.Length == 0))
        {
            return $"'{written}' names CaseFlow's timer pump, whom no bus sender may act as: only CaseFlow fires its timers";
        }

        if (kind == "system" && id == "*")
        {
            return $"'{written}' would let one sender act as every system; name each system (system:county-12345): each connects as a broker user of its own";
        }

        if (colon < 0 || id.Length == 0 || !Positions.Prefixes.Contains(kind))
        {
            return $"'{written}' is not a position; write kind:id with kind one of {Vocabulary.List(Positions.Prefixes)} (e.g. system:county-12345), "
                + $"kind:* for every {string.Join(", ", PeopleKinds.Skip(1))} or * for every person's position";
        }

        return null;
    }

    /// <summary>The positions a grant gives under the definition's organisation, or what is wrong with it.</summary>
    public static (IReadOnlyList<Position> Positions, string? Error) Expand(string written, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (CheckWriting(written) is { } wrong)
        {
            return ([], wrong);
        }

        var text = written.Trim();
        if (text == Everyone)
        {
            return (Positions.Declared(definition).Where(p => PeopleKinds.Contains(p.Kind)).ToList(), null);
        }

        if (text.EndsWith(":*", StringComparison.Ordinal))
        {
            var kind = text[..^2];
            return (Positions.Declared(definition).Where(p => p.Kind == kind).ToList(), null);
        }

        var (position, error) = Positions.Parse(text, definition);
        return position is null ? ([], error) : ([position], null);
    }
}
