using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>
/// The per-case hash chain: each event's hash covers its canonical content and the previous event's hash, so that editing,
/// deleting, inserting or reordering any stored event breaks every hash after it.
/// </summary>
public static class EventChain
{
    /// <summary>How the canonical form is written: no validation, the serialiser's own escaping.</summary>
    internal static readonly JsonWriterOptions Writer = new() { SkipValidation = true };

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
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, e);
        return HashOf(buffer);
    }

    /// <summary>
    /// The canonical form of a stored row, written from the bytes the store holds: the same bytes as <see cref="Canonical"/> of the event
    /// read from the row whenever the stored payload and effects JSON is the serialiser's own (as the store writes it). The fields,
    /// their order and their omissions are those of <see cref="Write(ArrayBufferWriter{byte}, CaseEvent)"/>, here from UTF-8 bytes.
    /// </summary>
    internal static void Write(Utf8JsonWriter json, scoped in StoredRow row)
    {
        json.WriteStartObject();
        json.WriteString("caseId"u8, row.CaseId);
        json.WriteNumber("sequence"u8, row.Sequence);
        json.WriteString("trigger"u8, row.Trigger);
        json.WriteString("from"u8, row.From);
        json.WriteString("reached"u8, row.Reached);
        json.WriteString("to"u8, row.To);
        if (row.HasSupervision)
        {
            json.WriteString("supervision"u8, row.Supervision);
        }

        json.WriteString("actor"u8, row.Actor);
        if (!row.Identity.IsEmpty)
        {
            json.WriteString("identity"u8, row.Identity);
        }

        json.WriteString("actorKind"u8, row.ActorKind);
        Span<byte> utc = stackalloc byte[40];
        StoredAt(row.At).UtcDateTime.TryFormat(utc, out var written, "O", CultureInfo.InvariantCulture);
        json.WriteString("at"u8, utc[..written]);
        json.WriteNumber("definitionVersion"u8, row.DefinitionVersion);
        json.WritePropertyName("payload"u8);
        json.WriteRawValue(row.PayloadJson, skipInputValidation: true);
        json.WritePropertyName("effects"u8);
        json.WriteRawValue(row.EffectsJson, skipInputValidation: true);
        json.WriteString("previousHash"u8, row.PreviousHash);
        json.WriteEndObject();
    }

    /// <summary>A stored time: the round-trip text the store writes, read exactly; any other text the way it was always read.</summary>
    private static DateTimeOffset StoredAt(ReadOnlySpan<byte> utf8)
    {
        Span<char> text = utf8.Length <= 64 ? stackalloc char[64] : new char[utf8.Length];
        text = text[..Encoding.UTF8.GetChars(utf8, text)];
        return DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The canonical bytes: every field but the hash itself, in a fixed order, times in UTC with full precision, nulls omitted (and an
    /// empty identity, so that events recorded before identities were keep their hashes).
    /// </summary>
    public static byte[] Canonical(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, e);
        return buffer.WrittenSpan.ToArray();
    }

    // The one definition of the canonical form: a JSON object in the store's JSON shape (web defaults, nulls left out, the serialiser's
    // escaping), written field by field rather than through an anonymous object, the bytes unchanged.
    private static void Write(ArrayBufferWriter<byte> buffer, CaseEvent e)
    {
        using var json = new Utf8JsonWriter(buffer, Writer);
        WriteHead(json, e.CaseId, e.Sequence, e.Trigger, e.From, e.Reached, e.To, e.Supervision, e.Actor, e.Identity, e.ActorKind, e.At, e.DefinitionVersion);
        json.WritePropertyName("payload");
        JsonSerializer.Serialize(json, e.Payload, StoreJson.Options);
        json.WritePropertyName("effects");
        JsonSerializer.Serialize(json, e.Effects, StoreJson.Options);
        WriteTail(json, e.PreviousHash);
    }

    private static void WriteHead(
        Utf8JsonWriter json, Guid caseId, long sequence, string? trigger, string? from, string? reached, string? to, string? supervision,
        string? actor, string identity, string? actorKind, DateTimeOffset at, int definitionVersion)
    {
        json.WriteStartObject();
        json.WriteString("caseId", caseId);
        json.WriteNumber("sequence", sequence);
        Optional(json, "trigger", trigger);
        Optional(json, "from", from);
        Optional(json, "reached", reached);
        Optional(json, "to", to);
        Optional(json, "supervision", supervision);
        Optional(json, "actor", actor);
        Optional(json, "identity", identity.Length == 0 ? null : identity);
        Optional(json, "actorKind", actorKind);
        Span<char> utc = stackalloc char[40];
        at.UtcDateTime.TryFormat(utc, out var written, "O", CultureInfo.InvariantCulture);
        json.WriteString("at", utc[..written]);
        json.WriteNumber("definitionVersion", definitionVersion);
    }

    private static void WriteTail(Utf8JsonWriter json, string? previousHash)
    {
        Optional(json, "previousHash", previousHash);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string HashOf(ArrayBufferWriter<byte> buffer)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }
}
