using System.Data.Common;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// Writes one append inside a transaction the caller owns: the case row first (the optimistic lock: of two writers at the same
/// version exactly one writes it, the other waits for its row lock or finds its version moved), then the inbox mark, events, timers
/// and outbox in one round trip where the provider batches. It never commits, so several appends can share one transaction.
/// </summary>
internal sealed class EventWriter(SqlDialect dialect)
{
    /// <summary>Writes <paramref name="append"/>; throws <see cref="ConcurrencyConflictException"/> or <see cref="DuplicateClientKeyException"/> when it may not.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CaseAppend append, CancellationToken cancellationToken)
    {
        var resulting = append.Resulting;
        await using (var write = CaseRowColumns.Write(resulting, append.ExpectedVersion, dialect).Command(connection, transaction, dialect))
        {
            if (await write.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                await using var taken = CaseRowColumns.ClientKeyTaken(resulting, dialect).Command(connection, transaction, dialect);
                if (append.ExpectedVersion == 0 && await taken.ExecuteScalarAsync(cancellationToken) is not (null or DBNull))
                {
                    throw new DuplicateClientKeyException(resulting.ClientKey);
                }

                throw new ConcurrencyConflictException(resulting.Id, append.ExpectedVersion);
            }
        }

        var statements = new List<SqlStatement>();
        if (append.MessageId is { } messageId)
        {
            statements.Add(InboxColumns.Insert(messageId, resulting.Id, resulting.UpdatedAt, dialect));
        }

        statements.AddRange(append.Events.Select(e => EventColumns.Insert(e, dialect)));
        statements.AddRange(TimerColumns.Replace(resulting.Id, append.Timers, dialect));
        statements.AddRange((append.Outbox ?? []).Select(o => OutboxColumns.Insert(o, dialect)));
        statements.AddRange(await AssessmentColumns.NextAsync(connection, transaction, append, dialect, cancellationToken));
        var affected = await SqlStatement.ExecuteAsync(connection, transaction, dialect, statements, cancellationToken);

        // Another writer applied this message since the caller checked the inbox: a conflict, after which the caller finds it processed.
        if (append.MessageId is not null && affected[0] == 0)
        {
            throw new ConcurrencyConflictException(resulting.Id, append.ExpectedVersion);
        }
    }
}
