using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// The positions a definition's organisation declares, and how a written position (<c>office:demolition-office</c>) is read.
/// The timer pump (<c>system</c>) and the reporter are positions no account or broker user may hold: the engine gives them.
/// </summary>
public static class Positions
{
    private static readonly ConditionalWeakTable<CompiledDefinition, FrozenDictionary<string, Position>> Declarations = new();
    private static readonly Position TimerPumpPosition = new(ActorKinds.System, TimerPump);
    private static readonly Position ReporterPosition = new(ActorKinds.Reporter, Reporter);

    /// <summary>The actor CaseFlow's own timer pump acts as.</summary>
    public const string TimerPump = "system";

    /// <summary>The actor a reporter acts as, through the link issued to them.</summary>
    public const string Reporter = "reporter";

    /// <summary>The kinds a written position may start with.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = [ActorKinds.CommandRoom, ActorKinds.Leader, ActorKinds.Office, ActorKinds.GridMember, "system"];

    /// <summary>The position an actor id names under the definition, or null when it names none.</summary>
    public static Position? Find(string actor, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrEmpty(actor))
        {
            return null;
        }

        if (Declarations.GetValue(definition, DeclaredById).TryGetValue(actor, out var declared))
        {
            return declared;
        }

        return actor switch
        {
            TimerPump => TimerPumpPosition,
            Reporter => ReporterPosition,
            _ => null,
        };
    }

    /// <summary>
    /// Each declared actor's position, when one id is declared twice the first of: the command room, an office, a leader, a grid
    /// member, a system. Built once per definition (positions are immutable, so one instance serves every command).
    /// </summary>
    private static FrozenDictionary<string, Position> DeclaredById(CompiledDefinition definition)
    {
        var organisation = definition.Definition.Organisation;
        var byId = new Dictionary<string, Position>(StringComparer.Ordinal);
        byId.TryAdd(organisation.CommandRoom.Id, new Position(ActorKinds.CommandRoom, organisation.CommandRoom.Id));
        foreach (var office in organisation.Offices)
        {
            byId.TryAdd(office.Id, new Position(ActorKinds.Office, office.Id));
        }

        foreach (var leader in organisation.Leaders)
        {
            byId.TryAdd(leader.Id, new Position(ActorKinds.Leader, leader.Id));
        }

        foreach (var grid in organisation.Grids)
        {
            byId.TryAdd(grid.Member.Id, new Position(ActorKinds.GridMember, grid.Member.Id));
        }

        foreach (var system in organisation.Systems)
        {
            byId.TryAdd(system.Id, new Position(system.Role == "county" ? ActorKinds.County : ActorKinds.IntakeSystem, system.Id));
        }

        return byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads a written position (<c>kind:id</c>; <c>commandRoom</c> alone for the command room) that an account, a token or a broker
    /// user may hold, or says what is wrong with it.
    /// </summary>
    public static (Position? Position, string? Error) Parse(string written, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = (written ?? "").Trim();
        var organisation = definition.Definition.Organisation;
        if (text == ActorKinds.CommandRoom)
        {
            text = $"{ActorKinds.CommandRoom}:{organisation.CommandRoom.Id}";
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? "" : text[..colon];
        var id = colon < 0 ? "" : text[(colon + 1)..];
        if (colon < 0 || !Prefixes.Contains(prefix) || id.Length == 0)
        {
            return (null, $"'{written}' is not a position; write kind:id with kind one of {Vocabulary.List(Prefixes)}, e.g. office:{(organisation.Offices.Count > 0 ? organisation.Offices[0].Id : "an-office")} or commandRoom");
        }

        var found = Find(id, definition);
        if (found is null || found.Kind is ActorKinds.System or ActorKinds.Reporter || Position.Prefix(found.Kind) != prefix)
        {
            return (null, $"'{written}' names no {prefix} of the organisation; declared: {Vocabulary.List(Declared(definition).Where(p => Position.Prefix(p.Kind) == prefix).Select(p => p.ToString()))}");
        }

        return (found, null);
    }

    /// <summary>Every position the organisation declares that an identity may hold.</summary>
    public static IEnumerable<Position> Declared(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        yield return new Position(ActorKinds.CommandRoom, organisation.CommandRoom.Id);
        foreach (var leader in organisation.Leaders)
        {
            yield return new Position(ActorKinds.Leader, leader.Id);
        }

        foreach (var office in organisation.Offices)
        {
            yield return new Position(ActorKinds.Office, office.Id);
        }

        foreach (var grid in organisation.Grids)
        {
            yield return new Position(ActorKinds.GridMember, grid.Member.Id);
        }

        foreach (var system in organisation.Systems)
        {
            yield return new Position(system.Role == "county" ? ActorKinds.County : ActorKinds.IntakeSystem, system.Id);
        }
    }
}
