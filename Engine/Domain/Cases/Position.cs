namespace CaseFlow.Engine.Cases;

/// <summary>A place in the township's organisation an identity may act in: the command room, an office, a leader, a grid member or a system.</summary>
/// <param name="Kind">What kind of place (see <see cref="ActorKinds"/>).</param>
/// <param name="Id">The organisation's id for it, recorded as the actor of what is done in it.</param>
public sealed record Position(string Kind, string Id)
{
    /// <summary>The position as written in accounts, tokens and configuration: <c>kind:id</c>, e.g. <c>office:demolition-office</c>.</summary>
    public override string ToString() => $"{Prefix(Kind)}:{Id}";

    /// <summary>The prefix a kind is written with; systems (the county, intake systems) are all written <c>system:</c>.</summary>
    internal static string Prefix(string kind) => kind is ActorKinds.County or ActorKinds.IntakeSystem ? "system" : kind;
}
