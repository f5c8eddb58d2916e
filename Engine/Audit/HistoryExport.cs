using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>Exports histories for auditors as JSON or CSV, with personal data masked unless it is explicitly included.</summary>
public static class HistoryExport
{
    private static readonly JsonSerializerOptions Indented = new(StoreJson.Options) { WriteIndented = true };

    private static readonly string[] Columns =
    [
        "caseId", "sequence", "at", "actor", "actorKind", "trigger", "from", "to", "supervision", "effects", "reason", "note", "result",
        "rating", "reporterName", "reporterPhone", "reporterIdNumber", "definitionVersion", "hash",
        "calledAt", "reached",
    ];

    /// <summary>The events as a JSON array, each event whole.</summary>
    public static string ToJson(IEnumerable<CaseEvent> events, bool includePersonalData)
    {
        ArgumentNullException.ThrowIfNull(events);
        var shown = events.Select(e => includePersonalData ? e : PersonalData.Mask(e));
        return JsonSerializer.Serialize(shown, Indented);
    }

    /// <summary>The events as CSV (RFC 4180), one row per event, with a header row.</summary>
    public static string ToCsv(IEnumerable<CaseEvent> events, bool includePersonalData)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var raw in events)
        {
            var e = includePersonalData ? raw : PersonalData.Mask(raw);
            var p = e.Payload;
            string?[] row =
            [
                e.CaseId.ToString(), e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.ToString("O", CultureInfo.InvariantCulture), e.Actor, e.ActorKind,
                e.Trigger, e.From, e.To, e.Supervision, string.Join(';', e.Effects), p.Reason, p.Note, p.Result, p.Rating,
                p.Reporter?.Name, p.Reporter?.Phone, p.Reporter?.IdNumber, e.DefinitionVersion.ToString(CultureInfo.InvariantCulture), e.Hash,
                p.CalledAt?.ToString("O", CultureInfo.InvariantCulture), p.Reached is { } reached ? (reached ? "true" : "false") : null,
            ];
            csv.Append(Export.Csv.Row(row)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The events of a period, across all cases: those recorded at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyList<CaseEvent>> PeriodAsync(ICaseStore store, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = new List<CaseEvent>();
        await foreach (var e in store.ReadAllAsync(cancellationToken))
        {
            if (e.At >= from && e.At < to)
            {
                events.Add(e);
            }
        }

        return events.OrderBy(e => e.At).ThenBy(e => e.CaseId).ThenBy(e => e.Sequence).ToList();
    }
}
