using System.Data.Common;
using System.Text.Json;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The <c>events</c> table's column map, once for every store: which column holds which field of a <see cref="CaseEvent"/>, how an
/// event is written to parameters and read back. Payload and effects are JSON in <see cref="StoreJson"/>'s shape; the time is
/// round-trip text, offset and every tick kept, as the hash chain saw it.
/// </summary>
internal static class EventColumns
{
    /// <summary>The columns, in the order <see cref="Read"/> reads them.</summary>
    public const string List = """
        case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
        actor_kind, previous_hash, hash, identity
        """;

    /// <summary>The insert of one event.</summary>
    public static SqlStatement Insert(CaseEvent e, SqlDialect dialect) => new($"""
        INSERT INTO events ({List})
        VALUES (@case, @sequence, @trigger, @from, @reached, @to, @supervision, @actor, @at, @version, @payload, @effects,
                @actorKind, @previousHash, @hash, @identity)
        """,
        ("@case", dialect.Id(e.CaseId)),
        ("@sequence", e.Sequence),
        ("@trigger", e.Trigger),
        ("@from", e.From),
        ("@reached", e.Reached),
        ("@to", e.To),
        ("@supervision", e.Supervision),
        ("@actor", e.Actor),
        ("@at", StoreTime.RoundTrip(e.At)),
        ("@version", e.DefinitionVersion),
        ("@payload", new JsonText(JsonSerializer.Serialize(e.Payload, StoreJson.Options))),
        ("@effects", new JsonText(JsonSerializer.Serialize(e.Effects, StoreJson.Options))),
        ("@actorKind", e.ActorKind),
        ("@previousHash", e.PreviousHash),
        ("@hash", e.Hash),
        ("@identity", e.Identity));

    /// <summary>The event on the reader's current row, selected as <see cref="List"/>.</summary>
    public static CaseEvent Read(DbDataReader reader, SqlDialect dialect) => new()
    {
        CaseId = dialect.ReadId(reader, 0),
        Sequence = reader.GetInt64(1),
        Trigger = reader.GetString(2),
        From = reader.GetString(3),
        Reached = reader.GetString(4),
        To = reader.GetString(5),
        Supervision = reader.IsDBNull(6) ? null : reader.GetString(6),
        Actor = reader.GetString(7),
        At = StoreTime.ParseRoundTrip(reader.GetString(8)),
        DefinitionVersion = reader.GetInt32(9),
        Payload = JsonSerializer.Deserialize<CasePayload>(reader.GetString(10), StoreJson.Options)!,
        Effects = JsonSerializer.Deserialize<List<string>>(reader.GetString(11), StoreJson.Options)!,
        ActorKind = reader.GetString(12),
        PreviousHash = reader.GetString(13),
        Hash = reader.GetString(14),
        Identity = reader.GetString(15),
    };
}
