using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>
/// Exports histories for auditors as JSON or CSV, with personal data masked unless it is explicitly included, written event by event
/// as they are read, so that an export of any size takes the memory of one event.
/// </summary>
public static class HistoryExport
{
    private static readonly JsonSerializerOptions Indented = new(StoreJson.Options) { WriteIndented = true };

    private static readonly string[] Columns =
    [
        "caseId", "sequence", "at", "actor", "actorKind", "trigger", "from", "to", "supervision", "effects", "reason", "note", "result",
        "rating", "reporterName", "reporterPhone", "reporterIdNumber", "definitionVersion", "hash",
        "calledAt", "reached", "statedCalledAt", "caseNumber",
    ];

    /// <summary>The events as a JSON array, each event whole.</summary>
    public static string ToJson(IEnumerable<CaseEvent> events, bool includePersonalData)
    {
        ArgumentNullException.ThrowIfNull(events);
        var shown = events.Select(e => includePersonalData ? e : PersonalData.Mask(e));
        return JsonSerializer.Serialize(shown, Indented);
    }

    /// <summary>
    /// The events as CSV (RFC 4180), one row per event, with a header row; a case's number is given on its rows from its submission on
    /// (the events given must hold the submission for its number to be known).
    /// </summary>
    public static string ToCsv(IEnumerable<CaseEvent> events, bool includePersonalData)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new StringBuilder().Append(CsvHeader);
        (Guid Case, string? Number) current = default;
        foreach (var e in events)
        {
            current = e.CaseId == current.Case && e.Payload.Number is null ? current : (e.CaseId, e.Payload.Number);
            csv.Append(CsvRow(e, includePersonalData, current.Number));
        }

        return csv.ToString();
    }

    /// <summary>Writes the events as a JSON array (each event whole) as they come; returns how many it wrote.</summary>
    public static async Task<long> WriteJsonAsync(TextWriter output, IAsyncEnumerable<CaseEvent> events, bool includePersonalData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        await output.WriteAsync("[");
        var count = 0L;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            await output.WriteAsync(count == 0 ? "\n" : ",\n");
            await output.WriteAsync(JsonSerializer.Serialize(includePersonalData ? e : PersonalData.Mask(e), Indented));
            await FlushNowAndThenAsync(output, ++count, cancellationToken);
        }

        await output.WriteAsync("\n]\n");
        await output.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Writes the events as CSV (RFC 4180, a header row first) as they come; returns how many it wrote. Each row carries its case's
    /// number: the one its submission records, else (a period or page that starts after the submission) the one
    /// <paramref name="numberOf"/> finds for the case, asked once per case.
    /// </summary>
    public static async Task<long> WriteCsvAsync(
        TextWriter output, IAsyncEnumerable<CaseEvent> events, bool includePersonalData, Func<Guid, CancellationToken, Task<string?>>? numberOf = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        await output.WriteAsync(CsvHeader);
        var count = 0L;
        (Guid Case, string? Number) current = default;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            if (e.CaseId != current.Case || count == 0)
            {
                // The submission records the number (or that there is none); a later event asks for it.
                current = (e.CaseId, e.Sequence == 1 || numberOf is null ? e.Payload.Number : await numberOf(e.CaseId, cancellationToken));
            }

            await output.WriteAsync(CsvRow(e, includePersonalData, current.Number));
            await FlushNowAndThenAsync(output, ++count, cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Where a page of at most <paramref name="limit"/> events after <paramref name="after"/> ends (the position of its last event, or
    /// null when it is empty), and whether events follow it; read before the page is written, so that its next link can lead it.
    /// </summary>
    public static async Task<(EventPosition? Last, bool More)> PageEndAsync(ICaseStore store, ExportScope scope, EventPosition? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        EventPosition? last = null;
        var count = 0;
        await foreach (var e in scope.ReadAsync(store, after, cancellationToken))
        {
            if (count == limit)
            {
                return (last, true);
            }

            last = EventPosition.Of(e);
            count++;
        }

        return (last, false);
    }

    /// <summary>The events of a page: those in scope after <paramref name="after"/> up to and including <paramref name="last"/>.</summary>
    public static async IAsyncEnumerable<CaseEvent> PageAsync(
        ICaseStore store, ExportScope scope, EventPosition? after, EventPosition last, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await foreach (var e in scope.ReadAsync(store, after, cancellationToken))
        {
            yield return e;
            if (EventPosition.Of(e) == last)
            {
                yield break;
            }
        }
    }

    private static string CsvHeader => string.Join(',', Columns) + "\r\n";

    private static string CsvRow(CaseEvent raw, bool includePersonalData, string? caseNumber)
    {
        var e = includePersonalData ? raw : PersonalData.Mask(raw);
        var p = e.Payload;
        string?[] row =
        [
            e.CaseId.ToString(), e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.ToString("O", CultureInfo.InvariantCulture), e.Actor, e.ActorKind,
            e.Trigger, e.From, e.To, e.Supervision, string.Join(';', e.Effects), p.Reason, p.Note, p.Result, p.Rating,
            p.Reporter?.Name, p.Reporter?.Phone, p.Reporter?.IdNumber, e.DefinitionVersion.ToString(CultureInfo.InvariantCulture), e.Hash,
            p.CalledAt?.ToString("O", CultureInfo.InvariantCulture), p.Reached is { } reached ? (reached ? "true" : "false") : null,
            p.StatedCalledAt?.ToString("O", CultureInfo.InvariantCulture), caseNumber,
        ];
        return Export.Csv.Row(row) + "\r\n";
    }

    // Every hundred events: the reader sees the export arrive, and the writer's buffer stays small.
    private static Task FlushNowAndThenAsync(TextWriter output, long count, CancellationToken cancellationToken) =>
        count % 100 == 0 ? output.FlushAsync(cancellationToken) : Task.CompletedTask;
}
