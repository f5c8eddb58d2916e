using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The callback survey's (回访) part in deciding a command: the call is recorded with when it was made and whether it reached the
/// reporter, by someone of the township calling, never before the case closed or in the future; only the timer pump flags a case.
/// </summary>
internal static class CallbackRules
{
    /// <summary>Adds the problems with a callback's data: whether it reached the reporter, when, and a rating only when reached.</summary>
    public static void CheckPayload(CasePayload payload, List<FieldProblem> problems)
    {
        if (payload.Reached is null)
        {
            problems.Add(new("reached", "reached is required: whether the call reached the reporter (true or false)"));
        }

        if (payload.CalledAt is null)
        {
            problems.Add(new("calledAt", "calledAt is required: when the call was made"));
        }

        if (payload.Rating is { } rating && !Vocabulary.Ratings.Contains(rating))
        {
            problems.Add(new("rating", $"'{rating}' is not a rating; use one of: {Vocabulary.List(Vocabulary.Ratings)}, or omit it"));
        }

        if (payload.Reached == false && payload.Rating is not null)
        {
            problems.Add(new("rating", "a call that did not reach the reporter cannot carry the reporter's rating; omit it"));
        }
    }

    /// <summary>Why a callback command is refused, or null; other commands are never refused here.</summary>
    public static string? Refusal(CaseState state, CaseCommand command, CasePayload payload, CompiledDefinition definition, DateTimeOffset now)
    {
        switch (command.Trigger)
        {
            case Triggers.RecordCallback:
                if (payload.CalledAt > now)
                {
                    return $"the call is dated {payload.CalledAt:O}, later than now ({now:O}); record a call once it has been made";
                }

                return payload.CalledAt < state.ClosedAt
                    ? $"the call is dated {payload.CalledAt:O}, before the case closed ({state.ClosedAt:O}); a callback follows the closing"
                    : null;
            default:
                return null;
        }
    }
}
