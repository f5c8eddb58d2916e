using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Host.Audit;

/// <summary>The formats a history is exported in (json, the default, or csv), and the writing of one: the API's export, the verb and the workbench use it.</summary>
internal static class HistoryDownload
{
    /// <summary>The format asked for, lower-cased (json when none is), or null when it is neither json nor csv.</summary>
    public static string? Format(string? asked) => (asked ?? "json").ToLowerInvariant() is var kind && kind is "json" or "csv" ? kind : null;

    /// <summary>The content type of an export in <paramref name="format"/>.</summary>
    public static string ContentType(string format) => format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";

    /// <summary>
    /// Writes the events in <paramref name="format"/> as they come; returns how many it wrote. A CSV row carries its case's number,
    /// read from <paramref name="store"/> when the export does not hold the case's submission.
    /// </summary>
    public static Task<long> WriteAsync(
        TextWriter writer, IAsyncEnumerable<CaseEvent> events, string format, bool includePersonalData, IEventStore store, CancellationToken cancellationToken = default) =>
        format == "csv"
            ? HistoryExport.WriteCsvAsync(writer, events, includePersonalData, async (id, ct) => (await store.ReadSnapshotAsync(id, ct))?.Number, cancellationToken)
            : HistoryExport.WriteJsonAsync(writer, events, includePersonalData, cancellationToken);
}
