namespace CaseFlow.Engine.History;

/// <summary>A place in the list of cases (newest update first, then by case id, descending), where the next page starts.</summary>
/// <param name="UpdatedAt">When the last case listed was last updated.</param>
/// <param name="CaseId">That case.</param>
public readonly record struct CaseListPosition(DateTimeOffset UpdatedAt, Guid CaseId)
{
    /// <summary>The position of a listed case.</summary>
    public static CaseListPosition Of(Cases.CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CaseListPosition(state.UpdatedAt, state.Id);
    }
}
