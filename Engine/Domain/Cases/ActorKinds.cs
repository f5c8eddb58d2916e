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

    /// <summary>A township system that submits cases under its own name (平安通, 食安通, the hotline …).</summary>
    public const string IntakeSystem = "intakeSystem";

    /// <summary>The person who reported the case, acting through the link issued to them.</summary>
    public const string Reporter = "reporter";

    /// <summary>CaseFlow itself (timers).</summary>
    public const string System = "system";

    /// <summary>An administrator of the definitions (who moves running cases to another definition version).</summary>
    public const string Administrator = "administrator";

    /// <summary>A name the organisation does not declare: such an actor may do nothing.</summary>
    public const string Unknown = "unknown";

    /// <summary>The kind of the named actor under a definition's organisation; <see cref="Unknown"/> for a name it does not declare.</summary>
    public static string Classify(string actor, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Positions.Find(actor, definition)?.Kind ?? Unknown;
    }
}
