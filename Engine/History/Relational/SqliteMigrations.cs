using System.Data.Common;
using System.Text.Json;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The SQLite schema as numbered migrations, with PostgreSQL's numbers and meanings. Files made before the numbers existed have no
/// <c>schema_version</c> table, and may be of any earlier shape: so each step creates what is missing and adds the columns a file
/// lacks (as CaseFlow did on every start before), and such a file is brought up through all of them once, keeping every row.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly SqliteDialect Dialect = new();

    public static readonly Migration[] All =
    [
        new(1, "cases, events, inbox, timers, outbox and definition versions", """
            CREATE TABLE IF NOT EXISTS definitions (
                version INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                content TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS cases (
                case_id TEXT PRIMARY KEY,
                client_key TEXT NOT NULL UNIQUE,
                version INTEGER NOT NULL,
                workflow TEXT NOT NULL,
                state TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                snapshot TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS events (
                case_id TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                trigger TEXT NOT NULL,
                from_position TEXT NOT NULL,
                reached TEXT NOT NULL,
                to_position TEXT NOT NULL,
                supervision TEXT,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                definition_version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                effects TEXT NOT NULL,
                PRIMARY KEY (case_id, sequence));
            CREATE TABLE IF NOT EXISTS inbox (
                message_id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS timers (
                case_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                due_at TEXT NOT NULL,
                set_at_version INTEGER NOT NULL,
                PRIMARY KEY (case_id, kind));
            CREATE INDEX IF NOT EXISTS timers_by_due ON timers (due_at);
            CREATE TABLE IF NOT EXISTS outbox (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id TEXT NOT NULL UNIQUE,
                case_id TEXT NOT NULL,
                message_type TEXT NOT NULL,
                body TEXT NOT NULL,
                available_at TEXT NOT NULL,
                claimed_by TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                sent_at TEXT);
            CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (available_at) WHERE sent_at IS NULL;
            """, async (connection, transaction, cancellationToken) =>
            {
                await AddMissingColumnsAsync(connection, transaction, "events",
                    [("actor_kind", "TEXT NOT NULL DEFAULT ''"), ("previous_hash", "TEXT NOT NULL DEFAULT ''"), ("hash", "TEXT NOT NULL DEFAULT ''")], cancellationToken);
                await AddMissingColumnsAsync(connection, transaction, "timers", [("claimed_by", "TEXT"), ("claimed_until", "TEXT")], cancellationToken);
                await AddMissingColumnsAsync(connection, transaction, "definitions",
                    [("set_id", "TEXT NOT NULL DEFAULT ''"), ("published_at", "TEXT"), ("source", "TEXT NOT NULL DEFAULT ''"), ("published_by", "TEXT NOT NULL DEFAULT ''")],
                    cancellationToken);
                await ExecuteAsync(connection, transaction, """
                    CREATE TABLE IF NOT EXISTS definition_publications (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        version INTEGER NOT NULL REFERENCES definitions (version),
                        published_at TEXT NOT NULL,
                        source TEXT NOT NULL,
                        actor TEXT NOT NULL);
                    """, cancellationToken);
            }),
        new(2, "the authenticated identity behind each event", "", (connection, transaction, cancellationToken) =>
            AddMissingColumnsAsync(connection, transaction, "events", [("identity", "TEXT NOT NULL DEFAULT ''")], cancellationToken)),
        new(3, "local accounts, and the disclosures of personal data to auditors", """
            CREATE TABLE IF NOT EXISTS accounts (
                user_name TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                positions TEXT NOT NULL,
                roles TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                changed_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS disclosures (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                auditor TEXT NOT NULL,
                what TEXT NOT NULL,
                case_id TEXT,
                period_from TEXT,
                period_to TEXT,
                reason TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS disclosures_by_time ON disclosures (at);
            """),
        new(4, "the time each inbox entry was recorded (entries already there dated at the migration), and indexes for pruning and paging", "",
            async (connection, transaction, cancellationToken) =>
            {
                await AddMissingColumnsAsync(connection, transaction, "inbox", [("processed_at", "TEXT NOT NULL DEFAULT ''")], cancellationToken);
                await using (var date = new SqlStatement("UPDATE inbox SET processed_at = @now WHERE processed_at = ''", ("@now", StoreTime.Instant(DateTimeOffset.UtcNow)))
                    .Command(connection, transaction, Dialect))
                {
                    await date.ExecuteNonQueryAsync(cancellationToken);
                }

                await ExecuteAsync(connection, transaction, """
                    CREATE INDEX IF NOT EXISTS inbox_by_time ON inbox (processed_at);
                    CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
                    CREATE INDEX IF NOT EXISTS cases_by_update ON cases (updated_at, case_id);
                    """, cancellationToken);
            }),
        new(5, "cases' wrapped data keys for their personal data, and erasures", """
            CREATE TABLE IF NOT EXISTS case_keys (
                case_id TEXT PRIMARY KEY,
                master_key_id TEXT NOT NULL,
                wrapped_key BLOB,
                created_at TEXT NOT NULL,
                erased_at TEXT,
                erased_by TEXT,
                erasure_reason TEXT);
            CREATE INDEX IF NOT EXISTS case_keys_by_erasure ON case_keys (erased_at) WHERE erased_at IS NOT NULL;
            """),
        new(6, "when each case was submitted and from when it is overdue, beside its snapshot, for filtered lists", "",
            async (connection, transaction, cancellationToken) =>
            {
                if (await AddMissingColumnsAsync(connection, transaction, "cases", [("submitted_at", "TEXT NOT NULL DEFAULT ''"), ("overdue_from", "TEXT")], cancellationToken))
                {
                    await FillListingColumnsAsync(connection, transaction, cancellationToken);
                }

                await ExecuteAsync(connection, transaction, """
                    CREATE INDEX IF NOT EXISTS cases_by_submission ON cases (submitted_at);
                    CREATE INDEX IF NOT EXISTS cases_by_overdue ON cases (overdue_from) WHERE overdue_from IS NOT NULL;
                    """, cancellationToken);
            }),
        new(7, "working-calendar versions, published apart from the definitions", """
            CREATE TABLE IF NOT EXISTS calendars (
                version INTEGER PRIMARY KEY,
                content_hash TEXT NOT NULL,
                content TEXT NOT NULL,
                published_at TEXT NOT NULL,
                source TEXT NOT NULL,
                published_by TEXT NOT NULL);
            """),
        new(8, "the assessment's projection: what each case's history folds to for the indicators and briefs (filled from the histories at start-up)", """
            CREATE TABLE IF NOT EXISTS case_assessment (
                case_id TEXT PRIMARY KEY,
                version INTEGER NOT NULL,
                derivation INTEGER NOT NULL,
                facts TEXT NOT NULL);
            """),
        new(9, "attachments: kept beside the file, not in it (PostgreSQL's migration 9 keeps them in its database); nothing changes, so that one number is one change on both", ""),
        new(10, "case numbers: each township code's counter per day, and the cases found by their number", """
            CREATE TABLE IF NOT EXISTS case_numbers (
                code TEXT NOT NULL,
                day TEXT NOT NULL,
                last INTEGER NOT NULL,
                PRIMARY KEY (code, day));
            CREATE INDEX IF NOT EXISTS cases_by_number ON cases (json_extract(snapshot, '$.number'));
            """),
    ];

    /// <summary>Adds those of the columns the table lacks (a file made before them); true when it added any.</summary>
    private static async Task<bool> AddMissingColumnsAsync(
        DbConnection connection, DbTransaction transaction, string table, (string Name, string Declaration)[] columns, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var info = new SqlStatement($"SELECT name FROM pragma_table_info('{table}')").Command(connection, transaction, Dialect))
        {
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetString(0));
            }
        }

        var missing = columns.Where(c => !present.Contains(c.Name)).ToList();
        foreach (var (name, declaration) in missing)
        {
            await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {name} {declaration}", cancellationToken);
        }

        return missing.Count > 0;
    }

    /// <summary>Fills the listing columns of every case row from its snapshot, as an append would have written them.</summary>
    private static async Task FillListingColumnsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, CaseState State)>();
        await using (var read = new SqlStatement("SELECT case_id, snapshot FROM cases").Command(connection, transaction, Dialect))
        {
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), JsonSerializer.Deserialize<CaseState>(reader.GetString(1), StoreJson.Options)!));
            }
        }

        foreach (var (caseId, state) in rows)
        {
            var (submittedAt, overdueFrom) = CaseRowColumns.Listing(state);
            await using var update = new SqlStatement(
                "UPDATE cases SET submitted_at = @submitted, overdue_from = @overdue WHERE case_id = @id",
                ("@submitted", submittedAt), ("@overdue", overdueFrom), ("@id", caseId)).Command(connection, transaction, Dialect);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqlStatement(sql).Command(connection, transaction, Dialect);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
