using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Host.Privacy;

/// <summary>
/// Erasing a case's personal data, for the endpoint and the verb alike: the case must exist, the reason must be given, and the
/// outcome says what happened — erased now, erased before (when and by whom), or nothing sealed to erase.
/// </summary>
internal static class Erasures
{
    /// <summary>Why the reason will not do, or null.</summary>
    public static string? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Erasure.MaximumReasonLength || reason.Any(char.IsControl)
            ? $"reason is required: why the personal data is erased (a lawful request, the end of the retention period …), 1 to {Erasure.MaximumReasonLength} characters on one line; it is recorded"
            : Engine.Input.InputCharacters.Problem("reason", reason, Engine.Input.TextKind.FreeText);

    /// <summary>Erases a case's key, or says why not.</summary>
    public static async Task<ErasureOutcome> EraseAsync(ICaseStore store, PersonalDataVault vault, Guid caseId, string by, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await store.ReadSnapshotAsync(caseId, cancellationToken) is null)
        {
            return new ErasureOutcome(ErasureStatus.NoCase, null, $"there is no case {caseId}");
        }

        var erasure = new Erasure { CaseId = caseId, At = at, By = by, Reason = reason.Trim() };
        if (await vault.EraseAsync(erasure, cancellationToken))
        {
            return new ErasureOutcome(ErasureStatus.Erased, erasure, $"case {caseId}'s personal data is erased: its key is destroyed, its history and hashes are unchanged");
        }

        var keys = await vault.Keys.ReadKeysAsync([caseId], cancellationToken);
        return keys.TryGetValue(caseId, out var key) && key.Erasure is { } earlier
            ? new ErasureOutcome(ErasureStatus.AlreadyErased, earlier, $"case {caseId}'s personal data was already erased at {earlier.At:O} by {earlier.By}")
            : new ErasureOutcome(ErasureStatus.NothingSealed, null,
                $"case {caseId} holds no sealed personal data: none was given, or it was recorded before CaseFlow sealed personal data (such values stay covered by their hashes and cannot be erased without breaking the chain)");
    }
}

/// <summary>What an erasure did.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Erasure">The erasure made now or earlier.</param>
/// <param name="Message">What happened, for people.</param>
internal sealed record ErasureOutcome(ErasureStatus Status, Erasure? Erasure, string Message);

/// <summary>The outcomes of an erasure.</summary>
internal enum ErasureStatus
{
    /// <summary>The key was destroyed now.</summary>
    Erased,

    /// <summary>An earlier erasure destroyed it.</summary>
    AlreadyErased,

    /// <summary>The case has no sealed personal data.</summary>
    NothingSealed,

    /// <summary>There is no such case.</summary>
    NoCase,
}
