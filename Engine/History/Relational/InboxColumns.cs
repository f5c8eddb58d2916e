namespace CaseFlow.Engine.History.Relational;

/// <summary>The <c>inbox</c> table's column map: each applied message id once, with its case and when it was recorded.</summary>
internal static class InboxColumns
{
    /// <summary>Within an append: marks the message applied; no row affected means another writer applied it first.</summary>
    public static SqlStatement Insert(Guid messageId, Guid caseId, DateTimeOffset at, SqlDialect dialect) => new(
        "INSERT INTO inbox (message_id, case_id, processed_at) VALUES (@message, @case, @at) ON CONFLICT DO NOTHING",
        ("@message", dialect.Id(messageId)), ("@case", dialect.Id(caseId)), ("@at", StoreTime.Instant(at)));
}
