using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Whether a submission sent again with a client key already used is the one that key recorded: the same submitter (position and
/// identity) and the same data in every field a submitter supplies. A resend of it answers the case; anything else reusing the key
/// is refused. Pure: it compares two plaintext payloads, the new command's and the one the case's first event records.
/// </summary>
public static class SubmissionMatch
{
    /// <summary>True when <paramref name="command"/> is the submission <paramref name="recorded"/> (a case's first event) records.</summary>
    /// <param name="command">The submission sent now.</param>
    /// <param name="recorded">The first event of the case its client key created.</param>
    /// <param name="definition">The definition the case was submitted under (it fills in a grid member's own grid).</param>
    public static bool Same(CaseCommand command, CaseEvent recorded, CompiledDefinition definition) =>
        SameSubmitter(command, recorded) && Differences(command, recorded, definition).Count == 0;

    /// <summary>True when the same position, authenticated as the same identity, sends the submission now as recorded it.</summary>
    public static bool SameSubmitter(CaseCommand command, CaseEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(recorded);
        return command.Actor == recorded.Actor && (command.Identity ?? "") == recorded.Identity;
    }

    /// <summary>The fields a submitter supplies (as callers name them) in which the new submission differs from the recorded one.</summary>
    public static IReadOnlyList<string> Differences(CaseCommand command, CaseEvent recorded, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(recorded);
        var now = CaseDecider.Submitted(command, definition);
        var then = recorded.Payload;
        var fields = new (string Field, bool Same)[]
        {
            ("clientKey", now.ClientKey == then.ClientKey),
            ("category", now.Category == then.Category),
            ("title", Text(now.Title) == Text(then.Title)),
            ("description", Text(now.Description) == Text(then.Description)),
            ("channel", now.Channel == then.Channel),
            ("priority", now.Priority == then.Priority),
            ("reporter.name", now.Reporter?.Name == then.Reporter?.Name),
            ("reporter.phone", now.Reporter?.Phone == then.Reporter?.Phone),
            ("reporter.idNumber", now.Reporter?.IdNumber == then.Reporter?.IdNumber),
            ("location", Text(now.Location) == Text(then.Location)),
            ("village", now.Village == then.Village),
            ("grid", now.Grid == then.Grid),
            ("countyCaseNumber", now.CountyCaseNumber == then.CountyCaseNumber),
            ("deadline", now.Deadline == then.Deadline),
        };
        return [.. fields.Where(f => !f.Same).Select(f => f.Field)];
    }

    /// <summary>An optional text left out and sent empty say the same: nothing.</summary>
    private static string Text(string? value) => value ?? "";
}
