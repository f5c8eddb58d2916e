using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>Who acted, by kind, as the organisation declares them: every event records it for auditors.</summary>
public static class ActorKinds
{
    /// <summary>The command room.</summary>
    public const string CommandRoom = "commandRoom";

    /// <summary>A grid member.</summary>
    public const string GridMember = "gridMember";

    /// <summary>An office, station or dispatched agency.</summary>
    public const string Office = "office";

    /// <summary>A township leader.</summary>
    public const string Leader = "leader";

    /// <summary>The county 12345 system.</summary>
    public const string County = "county";

    /// <summary>The person who reported the case.</summary>
    public const string Reporter = "reporter";

    /// <summary>CaseFlow itself (timers).</summary>
    public const string System = "system";

    /// <summary>An administrator of the definitions (who moves running cases to another definition version).</summary>
    public const string Administrator = "administrator";

    /// <summary>Another township system (hotline, grid app, food-safety platform) acting under its own name.</summary>
    public const string External = "external";

    /// <summary>The kind of the named actor under a definition's organisation.</summary>
    public static string Classify(string actor, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        if (actor == organisation.CommandRoom.Id)
        {
            return CommandRoom;
        }

        if (organisation.Grids.Any(g => g.Member.Id == actor))
        {
            return GridMember;
        }

        if (definition.Office(actor) is not null)
        {
            return Office;
        }

        if (organisation.Leaders.Any(l => l.Id == actor))
        {
            return Leader;
        }

        return actor switch
        {
            _ when actor.StartsWith("county", StringComparison.Ordinal) => County,
            _ when actor.StartsWith("reporter", StringComparison.Ordinal) => Reporter,
            _ when actor.StartsWith("system", StringComparison.Ordinal) => System,
            _ => External,
        };
    }
}
