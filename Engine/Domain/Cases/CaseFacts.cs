using System.Collections.Frozen;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Conditions;

namespace CaseFlow.Engine.Cases;

/// <summary>The case fields guards read: the case as it is, overlaid with the command being decided.</summary>
/// <param name="state">The case.</param>
/// <param name="payload">The command's data (empty when only the case is read).</param>
/// <param name="definition">The case's definition.</param>
public sealed class CaseFacts(CaseState state, CasePayload payload, CompiledDefinition definition) : IFacts
{
    private readonly CaseState _state = state;
    private readonly CasePayload _payload = payload;
    private readonly CompiledDefinition _definition = definition;

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

    /// <summary>How each catalogue field is read: the one place a guard's field gets its meaning.</summary>
    private static readonly FrozenDictionary<string, Func<CaseFacts, object?>> Readers = new Dictionary<string, Func<CaseFacts, object?>>(StringComparer.Ordinal)
    {
        ["jurisdiction"] = f => f._payload.Jurisdiction ?? f._state.Jurisdiction,
        ["category"] = f => f._state.Category,
        ["platform"] = f => f._payload.Platform ?? f._state.Platform,
        ["priority"] = f => f._state.Priority,
        ["channel"] = f => f._state.Channel,
        ["coHandlers"] = f => (double)(f._payload.CoHandlers?.Count ?? f._state.CoHandlers.Count),
        ["pendingCoHandlers"] = f => (double)f._state.PendingCoHandlers,
        ["platformsInvolved"] = f => (double)f.PlatformsInvolved(),
        ["returns"] = f => (double)f._state.Returns,
        ["reopens"] = f => (double)f._state.Reopens,
        ["extensions"] = f => (double)f._state.Extensions,
        ["escalations"] = f => (double)f._state.Escalations,
        ["feedback"] = f => f._payload.Feedback ?? f._state.Feedback,
        ["rating"] = f => f._payload.Rating ?? f._state.Rating,
        ["extensionApproved"] = f => f._payload.Approved,
        ["calledBack"] = f => f._state.CalledBackAt is not null,
        ["callbackOverdue"] = f => f._state.CallbackOverdue,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The fields this class reads.</summary>
    public static IEnumerable<string> Fields => Readers.Keys;

    /// <summary>What is wrong between the fields read here and a catalogue of fields: fields without a reader, and readers of no catalogued field.</summary>
    public static IReadOnlyList<string> Mismatches(IEnumerable<string> read, IEnumerable<string> catalogue)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(catalogue);
        var readers = read.ToHashSet(StringComparer.Ordinal);
        var named = catalogue.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. named.Where(n => !readers.Contains(n)).Order(StringComparer.Ordinal)
                .Select(n => $"the catalogue names field '{n}' but the engine does not read it for guards (add its reader to {nameof(CaseFacts)})"),
            .. readers.Where(n => !named.Contains(n)).Order(StringComparer.Ordinal)
                .Select(n => $"the engine reads field '{n}' for guards but the catalogue does not name it (add it to Catalogue.Fields with its kind, or remove the reader)"),
        ];
    }

    /// <summary>Throws with every mismatch when the fields read here and the catalogue disagree; called at start-up so that no guard reads a field that is always empty.</summary>
    public static void EnsureMatchesCatalogue()
    {
        if (Mismatches(Fields, Workflows.Catalogue.Fields.Keys) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"the engine's guard fields do not match the catalogue: {string.Join("; ", problems)}");
        }
    }

    /// <inheritdoc/>
    public object? Read(string field) => Readers.TryGetValue(field, out var read) ? read(this) : null;

    private int PlatformsInvolved()
    {
        var platform = _payload.Platform ?? _state.Platform;
        var offices = _payload.CoHandlers ?? _state.CoHandlers.Select(c => c.Office).ToList();
        return Routing.Router.PlatformsInvolved(_definition, platform, offices).Count;
    }
}
