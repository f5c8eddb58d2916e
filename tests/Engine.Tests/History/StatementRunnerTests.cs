using CaseFlow.Engine.History.Relational;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// The committer's statement runner on a real SQLite connection: one command per SQL text run again with new values, in whatever
/// transaction is current, each value (nulls included) bound afresh.
/// </summary>
public class StatementRunnerTests
{
    private static readonly SqliteDialect Dialect = new();

    private TemporaryDatabase _file = null!;
    private StatementRunner _runner = null!;

    [SetUp]
    public async Task Open()
    {
        _file = new TemporaryDatabase();
        var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        await connection.OpenAsync();
        _runner = new StatementRunner(connection, Dialect);
        await _runner.ExecuteAsync(new SqlStatement("CREATE TABLE t (a TEXT NOT NULL PRIMARY KEY, b INTEGER)"), CancellationToken.None);
    }

    [TearDown]
    public async Task Close()
    {
        await _runner.DisposeAsync();
        _file.Dispose();
    }

    [Test]
    public async Task ExecuteAsync_TheSameSqlWithNewValues_WritesEachRowWithItsOwnValues()
    {
        foreach (var (a, b) in new (string, object?)[] { ("one", 1L), ("two", null), ("three", 3L) })
        {
            Assert.That(await _runner.ExecuteAsync(Insert(a, b), CancellationToken.None), Is.EqualTo(1));
        }

        Assert.That(await RowsAsync(), Is.EqualTo(new[] { "one=1", "three=3", "two=" }));
    }

    [Test]
    public async Task ExecuteAsync_InOneTransactionAfterAnother_RunsInTheCurrentOne()
    {
        await using (var first = await _runner.Connection.BeginTransactionAsync())
        {
            _runner.Transaction = first;
            await _runner.ExecuteAsync(Insert("kept", 1L), CancellationToken.None);
            await first.CommitAsync();
        }

        await using (var second = await _runner.Connection.BeginTransactionAsync())
        {
            _runner.Transaction = second;
            await _runner.ExecuteAsync(Insert("undone", 2L), CancellationToken.None);
            await second.RollbackAsync();
        }

        _runner.Transaction = null;
        Assert.That(await RowsAsync(), Is.EqualTo(new[] { "kept=1" }));
    }

    [Test]
    public async Task ExecuteAsync_AListOfStatements_ReturnsEachOnesRowsAffected()
    {
        await _runner.ExecuteAsync(Insert("a", 1L), CancellationToken.None);

        var affected = await _runner.ExecuteAsync(
            [Insert("b", 2L), new SqlStatement("UPDATE t SET b = b + 10 WHERE b >= @from", ("@from", 1L)), new SqlStatement("DELETE FROM t WHERE a = @a", ("@a", "none"))],
            CancellationToken.None);

        Assert.That(affected, Is.EqualTo(new[] { 1, 2, 0 }));
    }

    [Test]
    public async Task ScalarAsync_NoRowOrANull_IsNull()
    {
        await _runner.ExecuteAsync(Insert("empty", null), CancellationToken.None);
        var select = (string a) => new SqlStatement("SELECT b FROM t WHERE a = @a", ("@a", a));

        Assert.Multiple(async () =>
        {
            Assert.That(await _runner.ScalarAsync(select("missing"), CancellationToken.None), Is.Null);
            Assert.That(await _runner.ScalarAsync(select("empty"), CancellationToken.None), Is.Null);
        });
    }

    private static SqlStatement Insert(string a, object? b) => new("INSERT INTO t (a, b) VALUES (@a, @b)", ("@a", a), ("@b", b));

    private async Task<List<string>> RowsAsync()
    {
        await using var command = _runner.Connection.CreateCommand();
        command.CommandText = "SELECT a, b FROM t ORDER BY a";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)}={(reader.IsDBNull(1) ? "" : reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        return rows;
    }
}
