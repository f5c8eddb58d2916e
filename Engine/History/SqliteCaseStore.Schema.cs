using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>The file's schema: created when missing, and a file made by an earlier CaseFlow brought up to date.</summary>
public sealed partial class SqliteCaseStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
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
            snapshot TEXT NOT NULL,
            submitted_at TEXT NOT NULL DEFAULT '',
            overdue_from TEXT);
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
            actor_kind TEXT NOT NULL DEFAULT '',
            previous_hash TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL DEFAULT '',
            identity TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (case_id, sequence));
        CREATE TABLE IF NOT EXISTS inbox (
            message_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            processed_at TEXT NOT NULL DEFAULT '');
        """;

    private static readonly string[] AddedEventColumns = ["actor_kind", "previous_hash", "hash", "identity"];

    /// <inheritdoc />
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        KeepFileOwnerOnly();
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, Schema + TimersSchema + OutboxSchema + AccountsSchema + DisclosuresSchema + CaseKeysSchema + CalendarsSchema, cancellationToken);
        await MigrateAsync(connection, cancellationToken);
        await MigrateTimersAsync(connection, cancellationToken);
        await MigrateDefinitionsAsync(connection, cancellationToken);
        await MigrateRetentionAsync(connection, cancellationToken);
        await MigrateListingAsync(connection, cancellationToken);
    }

    /// <summary>
    /// The file holds histories, accounts and wrapped keys: it is created readable by the service's user alone (mode 0600; SQLite
    /// gives its -wal and -shm files the same mode), and a file an earlier CaseFlow left readable by others is narrowed to that.
    /// </summary>
    private void KeepFileOwnerOnly()
    {
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (OperatingSystem.IsWindows() || string.IsNullOrEmpty(path) || path == ":memory:" || path.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it at the same moment.
            }
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            if ((File.GetUnixFileMode(file) & ~OwnerOnly) != 0)
            {
                File.SetUnixFileMode(file, OwnerOnly);
            }
        }
    }

    /// <summary>Brings a file made by an earlier CaseFlow up to the current schema (columns added since are appended).</summary>
    private static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('events')";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var column in AddedEventColumns.Where(c => !columns.Contains(c)))
        {
            await ExecuteAsync(connection, null, $"ALTER TABLE events ADD COLUMN {column} TEXT NOT NULL DEFAULT ''", cancellationToken);
        }
    }
}
