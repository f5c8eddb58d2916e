using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Conditions;

namespace CaseFlow.Engine.Cases;

/// <summary>The case fields guards read: the case as it is, overlaid with the command being decided.</summary>
internal sealed class CaseFacts(CaseState state, CasePayload payload, CompiledDefinition definition) : IFacts
{
    /// <summary>Fields a command's own data can set, so that only the command decides a guard over them.</summary>
    private static readonly HashSet<string> CommandFields = new(StringComparer.Ordinal)
    {
        "jurisdiction", "platform", "coHandlers", "platformsInvolved", "feedback", "rating", "extensionApproved",
    };

    /// <summary>True when a guard reads a field the command's data supplies.</summary>
    public static bool ReadsCommandData(Workflows.Model.Condition guard) =>
        (guard.Field is { } field && CommandFields.Contains(field))
        || (guard.All ?? []).Any(ReadsCommandData)
        || (guard.Any ?? []).Any(ReadsCommandData)
        || (guard.Not is { } not && ReadsCommandData(not));

    public object? Read(string field) => field switch
    {
        "jurisdiction" => payload.Jurisdiction ?? state.Jurisdiction,
        "category" => state.Category,
        "platform" => payload.Platform ?? state.Platform,
        "priority" => state.Priority,
        "channel" => state.Channel,
        "coHandlers" => (double)(payload.CoHandlers?.Count ?? state.CoHandlers.Count),
        "pendingCoHandlers" => (double)state.PendingCoHandlers,
        "platformsInvolved" => (double)PlatformsInvolved(),
        "returns" => (double)state.Returns,
        "reopens" => (double)state.Reopens,
        "extensions" => (double)state.Extensions,
        "feedback" => payload.Feedback ?? state.Feedback,
        "rating" => payload.Rating ?? state.Rating,
        "extensionApproved" => payload.Approved,
        "calledBack" => state.CalledBackAt is not null,
        "callbackOverdue" => state.CallbackOverdue,
        _ => null,
    };

    private int PlatformsInvolved()
    {
        var platform = payload.Platform ?? state.Platform;
        var offices = payload.CoHandlers ?? state.CoHandlers.Select(c => c.Office).ToList();
        return Routing.Router.PlatformsInvolved(definition, platform, offices).Count;
    }
}
