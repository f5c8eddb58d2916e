namespace CaseFlow.Engine.History;

/// <summary>A place in the store's order of every event (case by case, then by sequence), where a paged read resumes.</summary>
/// <param name="CaseId">The case of the last event read.</param>
/// <param name="Sequence">Its sequence.</param>
public readonly record struct EventPosition(Guid CaseId, long Sequence)
{
    /// <summary>The position of an event.</summary>
    public static EventPosition Of(Cases.CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventPosition(e.CaseId, e.Sequence);
    }
}
