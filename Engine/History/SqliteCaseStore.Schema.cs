using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>The file's schema: created when missing, and a file made by an earlier CaseFlow brought up to date by the numbered migrations.</summary>
public sealed partial class SqliteCaseStore
{
    /// <summary>The schema version this build migrates a file to.</summary>
    public static int SchemaVersion => MigrationRunner.Newest(SqliteMigrations.All);

    /// <inheritdoc />
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        KeepFileOwnerOnly();
        await using var connection = await OpenAsync(cancellationToken);

        // The journal mode belongs to the file and cannot change inside a transaction, so it is set before the migrations run.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await MigrationRunner.RunAsync(connection, Dialect, SqliteMigrations.All, $"'{new SqliteConnectionStringBuilder(connectionString).DataSource}'", cancellationToken);
        await RebuildAssessmentAsync(cancellationToken: cancellationToken);
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
}
