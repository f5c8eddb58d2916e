using System.Security.Cryptography;
using System.Text.Json;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>
/// The per-case hash chain: each event's hash covers its canonical content and the previous event's hash, so that editing,
/// deleting, inserting or reordering any stored event breaks every hash after it.
/// </summary>
public static class EventChain
{
    /// <summary>The previous hash of a case's first event.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>Links new events onto a chain that ends in <paramref name="previousHash"/> (null for a new case).</summary>
    public static IReadOnlyList<CaseEvent> Seal(IReadOnlyList<CaseEvent> events, string? previousHash)
    {
        ArgumentNullException.ThrowIfNull(events);
        var sealedEvents = new List<CaseEvent>(events.Count);
        var previous = previousHash ?? Genesis;
        foreach (var e in events)
        {
            var linked = e with { PreviousHash = previous };
            linked = linked with { Hash = Compute(linked) };
            sealedEvents.Add(linked);
            previous = linked.Hash;
        }

        return sealedEvents;
    }

    /// <summary>The hash an event should carry: SHA-256 (lower-case hex) of its canonical JSON, which includes its previous hash.</summary>
    public static string Compute(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Convert.ToHexStringLower(SHA256.HashData(Canonical(e)));
    }

    /// <summary>
    /// The canonical bytes: every field but the hash itself, in a fixed order, times in UTC with full precision, nulls omitted (and an
    /// empty identity, so that events recorded before identities were keep their hashes).
    /// </summary>
    public static byte[] Canonical(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var canonical = new
        {
            caseId = e.CaseId,
            sequence = e.Sequence,
            trigger = e.Trigger,
            from = e.From,
            reached = e.Reached,
            to = e.To,
            supervision = e.Supervision,
            actor = e.Actor,
            identity = e.Identity.Length == 0 ? null : e.Identity,
            actorKind = e.ActorKind,
            at = e.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            definitionVersion = e.DefinitionVersion,
            payload = e.Payload,
            effects = e.Effects,
            previousHash = e.PreviousHash,
        };
        return JsonSerializer.SerializeToUtf8Bytes(canonical, StoreJson.Options);
    }
}
