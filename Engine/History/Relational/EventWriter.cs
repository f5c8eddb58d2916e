using CaseFlow.Engine.Assessment;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Writes one append inside a transaction the caller owns: the case row first (the optimistic lock: of two writers at the same
/// version exactly one writes it, the other waits for its row lock or finds its version moved), then the inbox mark, events, timers,
/// outbox and the assessment projection in one round trip where the provider batches. It never commits, so several appends can share
/// one transaction. The statements are made by <see cref="Prepare"/> on the appending caller's thread (the JSON serialised, the
/// projection folded when the facts it starts from are known), so that the one drain writing appends only runs them.
/// </summary>
internal sealed class EventWriter(SqlDialect dialect)
{
    /// <summary>
    /// The statements <paramref name="append"/> writes. <paramref name="previousFacts"/> are the case's assessment facts at the
    /// expected version when the caller knows them (<see cref="AssessmentFacts.None"/> for a new case); when null they are read in the
    /// transaction, and the projection is left alone when they are not current there.
    /// </summary>
    public PreparedAppend Prepare(CaseAppend append, AssessmentFacts? previousFacts)
    {
        var resulting = append.Resulting;
        var statements = new List<SqlStatement>(4 + append.Events.Count + (append.Timers?.Count ?? 0) + (append.Outbox?.Count ?? 0));
        if (append.MessageId is { } messageId)
        {
            statements.Add(InboxColumns.Insert(messageId, resulting.Id, resulting.UpdatedAt, dialect));
        }

        foreach (var e in append.Events)
        {
            statements.Add(EventColumns.Insert(e, dialect));
        }

        statements.AddRange(TimerColumns.Replace(resulting.Id, append.Timers, dialect));
        foreach (var entry in append.Outbox ?? [])
        {
            statements.Add(OutboxColumns.Insert(entry, dialect));
        }

        AssessmentFacts? facts = null;
        if (previousFacts is not null)
        {
            facts = previousFacts.Then(append.Events);
            statements.Add(AssessmentColumns.Write(resulting.Id, facts, dialect));
        }

        return new PreparedAppend(append, CaseRowColumns.Write(resulting, append.ExpectedVersion, dialect), statements) { Facts = facts };
    }

    /// <summary>Writes <paramref name="prepared"/>; throws <see cref="ConcurrencyConflictException"/> or <see cref="DuplicateClientKeyException"/> when it may not.</summary>
    public async Task WriteAsync(StatementRunner runner, PreparedAppend prepared, CancellationToken cancellationToken)
    {
        var append = prepared.Append;
        var resulting = append.Resulting;
        if (await runner.ExecuteAsync(prepared.Row, cancellationToken) != 1)
        {
            if (append.ExpectedVersion == 0 && await runner.ScalarAsync(CaseRowColumns.ClientKeyTaken(resulting, dialect), cancellationToken) is not null)
            {
                throw new DuplicateClientKeyException(resulting.ClientKey);
            }

            throw new ConcurrencyConflictException(resulting.Id, append.ExpectedVersion);
        }

        var statements = prepared.Statements;
        if (prepared.Facts is null && append.ExpectedVersion > 0
            && await AssessmentColumns.CurrentAsync(runner, resulting.Id, append.ExpectedVersion, dialect, cancellationToken) is { } previous)
        {
            prepared.Facts = previous.Then(append.Events);
            statements = [.. statements, AssessmentColumns.Write(resulting.Id, prepared.Facts, dialect)];
        }

        var affected = await runner.ExecuteAsync(statements, cancellationToken);

        // Another writer applied this message since the caller checked the inbox: a conflict, after which the caller finds it processed.
        if (append.MessageId is not null && affected[0] == 0)
        {
            throw new ConcurrencyConflictException(resulting.Id, append.ExpectedVersion);
        }
    }
}

/// <summary>
/// An append made ready for the committer: the case row's write (run first, the optimistic lock), the rest in order, and the
/// assessment facts it writes for the case (null when it writes none), set by the drain when it had to read them.
/// </summary>
internal sealed class PreparedAppend(CaseAppend append, SqlStatement row, IReadOnlyList<SqlStatement> statements)
{
    public CaseAppend Append { get; } = append;

    public SqlStatement Row { get; } = row;

    public IReadOnlyList<SqlStatement> Statements { get; } = statements;

    public AssessmentFacts? Facts { get; set; }
}
