using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.Tests.History;

/// <summary>A fresh SQLite file path in the temp folder, deleted (with its WAL files) on dispose.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"caseflow-tests-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
