using CaseFlow.Engine.Attachments;

namespace CaseFlow.Engine.Cases;

// Attachments: the uploads a command names, taken from staging for it and given back unless its event is recorded.
public sealed partial class CaseService
{
    /// <summary>
    /// Runs a command with the attachments it names resolved: each must be an upload staged for the command's identity, taken for this
    /// command alone, and becomes the record (name, type, size, SHA-256) its event carries. Whoever may fire the trigger may attach to
    /// it; the decision is the trigger's. Unless the command's own event is recorded, the uploads go back to staging.
    /// </summary>
    private async Task<CommandOutcome> WithAttachmentsAsync(
        CaseCommand command, Func<CaseCommand, AttachmentClaim?, Task<CommandOutcome>> run, CancellationToken cancellationToken)
    {
        // The records an event carries come only from uploads: a payload's own list is never taken as given.
        var bare = command with { Payload = command.Payload with { Attachments = null } };
        if (command.Attachments is not { Count: > 0 } ids)
        {
            return await run(bare, null);
        }

        var (claim, problem) = await _attachments.ClaimAsync(ids, command.Identity ?? "", cancellationToken);
        if (problem is not null)
        {
            // A message delivered again finds its uploads taken by its first delivery, whose answer it gets.
            if (await AlreadyAppliedAsync(command, cancellationToken) is { } applied)
            {
                return applied;
            }

            return await RejectAsync(bare, Decision.Reject($"'{Safe(command.Trigger)}' names attachments it cannot record: {problem.Message}", [problem]), cancellationToken);
        }

        var recorded = false;
        try
        {
            var outcome = await run(bare with { Payload = bare.Payload with { Attachments = claim!.Records } }, claim);
            recorded = outcome.Status == CommandStatus.Accepted;
            return outcome;
        }
        finally
        {
            if (!recorded)
            {
                await _attachments.ReleaseAsync(claim!, CancellationToken.None);
            }
        }
    }
}
