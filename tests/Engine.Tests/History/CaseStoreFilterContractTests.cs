using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Filtered lists, on each kind of store: every filter lets through exactly the cases it names (instants compared to the tick,
/// across offsets), counts agree with the lists, pages of a filtered list resume where the last ended, and a store made before
/// the listing columns fills them from its snapshots when opened.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreFilterContractTests(string kind) : CaseStoreFixture(kind)
{
    [TestCaseSource(typeof(FilteredCases), nameof(FilteredCases.Filters))]
    public async Task ListPageAsync_Filter_ListsExactlyTheCasesItLetsThroughNewestFirst(CaseFilter filter, string[] expected)
    {
        await StoreAsync(FilteredCases.All());

        var listed = await Store.ListPageAsync(filter, null, 100);

        Assert.That(listed.Select(c => c.ClientKey), Is.EqualTo(expected));
    }

    [TestCaseSource(typeof(FilteredCases), nameof(FilteredCases.Filters))]
    public async Task CountAsync_Filter_CountsTheCasesItLetsThrough(CaseFilter filter, string[] expected)
    {
        await StoreAsync(FilteredCases.All());

        Assert.That(await Store.CountAsync(filter), Is.EqualTo(expected.Length));
    }

    [Test]
    public async Task ListPageAsync_FilteredPageAfterPage_ListsEachMatchingCaseOnceAndFillsEveryPageButTheLast()
    {
        await StoreAsync(FilteredCases.All());
        var notOverdue = new CaseFilter { Overdue = false, Now = FilteredCases.Now };

        var pages = new List<IReadOnlyList<CaseState>>();
        CaseListPosition? after = null;
        do
        {
            pages.Add(await Store.ListPageAsync(notOverdue, after, 4));
            after = pages[^1].Count == 4 ? CaseListPosition.Of(pages[^1][^1]) : null;
        }
        while (after is not null);

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 4, 2 }), "the overdue cases between them do not leave a page short");
            Assert.That(pages.SelectMany(p => p).Select(c => c.ClientKey), Is.EqualTo(new[] { "h", "g", "f", "e", "d", "a" }));
        });
    }

    [Test]
    public async Task AppendAsync_CaseChanges_ItsListingFollowsTheLatestSnapshot()
    {
        var assigned = FilteredCases.All().Single(c => c.ClientKey == "c");
        await Store.AppendAsync(assigned, 0, [StoredCase.Submitted(assigned.Id, assigned.ClientKey)]);
        var overdueBefore = await Store.CountAsync(new CaseFilter { Overdue = true, Now = FilteredCases.Now });

        // Signed for: no sign-for deadline any more, a handling deadline a working day on, under supervision.
        var signedFor = assigned with
        {
            Version = 2, Workflow = "handle", State = "Accepted", SignForDeadline = null, Supervision = "OnTrack",
            HandlingDeadline = FilteredCases.Now.AddDays(1),
        };
        await Store.AppendAsync(signedFor, 1, [StoredCase.Busy(assigned.Id, 2)]);

        Assert.Multiple(async () =>
        {
            Assert.That(overdueBefore, Is.EqualTo(1));
            Assert.That(await Store.CountAsync(new CaseFilter { Overdue = true, Now = FilteredCases.Now }), Is.Zero);
            Assert.That(await Store.CountAsync(new CaseFilter { Overdue = true, Now = FilteredCases.Now.AddDays(1) }), Is.EqualTo(1));
            Assert.That(await Store.CountAsync(new CaseFilter { States = ["handle.Accepted"] }), Is.EqualTo(1));
        });
    }

    [Test]
    public void ListPageAsync_OverdueWithoutAnInstant_Throws()
    {
        Assert.That(() => Store.ListPageAsync(new CaseFilter { Overdue = true }, null, 10), Throws.ArgumentException.With.Message.Contains("Now"));
    }

    [Test]
    public async Task InitialiseAsync_StoreFromBeforeTheListingColumns_FillsThemAsAppendsWould()
    {
        await StoreAsync(FilteredCases.All());
        var written = await ListingColumnsAsync();

        await RemoveListingColumnsAsync();
        var reopened = Subject.Reopen();
        await reopened.InitialiseAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await ListingColumnsAsync(), Is.EqualTo(written), "to the tick, from snapshots written in several offsets");
            Assert.That(written.Values.Count(c => c.OverdueFrom is not null), Is.EqualTo(4), "a, b, c and g can become overdue");
            Assert.That(
                (await reopened.ListPageAsync(new CaseFilter { Overdue = true, Now = FilteredCases.Now }, null, 10)).Select(c => c.ClientKey),
                Is.EqualTo(new[] { "c", "b" }));
        });
    }

    private async Task StoreAsync(IEnumerable<CaseState> cases)
    {
        foreach (var c in cases)
        {
            await Store.AppendAsync(c, 0, [StoredCase.Submitted(c.Id, c.ClientKey)]);
        }
    }

    /// <summary>Each case's listing columns as the row holds them, by client key.</summary>
    private async Task<Dictionary<string, (string SubmittedAt, string? OverdueFrom)>> ListingColumnsAsync()
    {
        const string Sql = "SELECT client_key, submitted_at, overdue_from FROM cases";
        var columns = new Dictionary<string, (string, string?)>();
        if (Kind == StoreUnderTest.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Subject.SqliteFile};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }
        else
        {
            await using var source = NpgsqlDataSource.Create(Subject.PostgresConnectionString);
            await using var command = source.CreateCommand(Sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        return columns;
    }

    /// <summary>Takes the cases table back to its shape before the listing columns (SQLite: a file of that age; PostgreSQL: schema version 5).</summary>
    private async Task RemoveListingColumnsAsync()
    {
        const string Drop = """
            DROP INDEX cases_by_submission; DROP INDEX cases_by_overdue;
            ALTER TABLE cases DROP COLUMN submitted_at;
            ALTER TABLE cases DROP COLUMN overdue_from;
            """;
        if (Kind == StoreUnderTest.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Subject.SqliteFile};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // A file of that age predates numbered migrations too.
            command.CommandText = Drop + "DROP TABLE schema_version;";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var source = NpgsqlDataSource.Create(Subject.PostgresConnectionString);
            await using var command = source.CreateCommand(Drop + "DROP TABLE calendars; DROP TABLE case_assessment; DROP TABLE attachments; DROP TABLE attachment_uploads; DROP TABLE case_numbers; DROP INDEX cases_by_number; DELETE FROM schema_version WHERE version >= 6;");
            await command.ExecuteNonQueryAsync();
        }
    }
}
