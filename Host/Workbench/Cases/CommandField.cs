namespace CaseFlow.Host.Workbench.Cases;

/// <summary>One field a trigger takes: its name on the form (the command contract's, as the engine's field problems name it), the payload property it fills, and that property's type.</summary>
/// <param name="Name">The form field, e.g. <c>message</c> for FeedBack.</param>
/// <param name="Payload">The payload property it fills, e.g. <c>note</c>; the engine's bounds name some problems by it.</param>
/// <param name="Type">The payload property's type, nullable unwrapped (string, bool, int, Guid, DateTimeOffset, a list of strings).</param>
public sealed record CommandField(string Name, string Payload, Type Type)
{
    /// <summary>True when an engine problem about <paramref name="field"/> belongs next to this field.</summary>
    public bool Owns(string field) => field == Name || field == Payload;
}
