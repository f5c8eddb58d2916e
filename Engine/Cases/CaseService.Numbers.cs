namespace CaseFlow.Engine.Cases;

// Numbers: the case number a new case is recorded with.
public sealed partial class CaseService
{
    /// <summary>
    /// The number a submission accepted at <paramref name="at"/> is recorded with: <paramref name="taken"/> when an earlier attempt of
    /// the same submission took one that still fits (same code, same day), else the next of the day from the store; null when the
    /// township declares no code.
    /// </summary>
    private async Task<string?> NumberAsync(Workflows.Compilation.CompiledDefinition definition, DateTimeOffset at, string? taken, CancellationToken cancellationToken)
    {
        if (CaseNumbers.Code(definition) is not { } code)
        {
            return null;
        }

        var day = CaseNumbers.Day(at, _definitions.Calendars.Current.ForNewDeadlines(definition).Calendar);
        if (taken is not null && taken.StartsWith(CaseNumbers.Prefix(code, day), StringComparison.Ordinal))
        {
            return taken;
        }

        return CaseNumbers.Format(code, day, await _store.NextCaseNumberAsync(code, day, cancellationToken));
    }
}
