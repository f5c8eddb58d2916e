using System.Text.Json;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Tests.History;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseFlow.Engine.Tests.Assessment;

/// <summary>
/// The assessment's projection (kept by every append, rebuilt from the histories) against the replay of every history: random
/// townships played through the real case service on each store, assessed both ways at several instants, case by case and as the
/// indicators and briefs they make.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public sealed class When_random_histories_are_assessed_from_the_projection(string kind) : CaseStoreFixture(kind)
{
    private const int Steps = 600;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Should_assess_every_case_as_its_replay_does(int seed)
    {
        var township = await RandomTownship.PlayAsync(Store, seed, Steps);
        Assert.That(township.Accepted, Is.GreaterThan(Steps / 4), "the play should record a good share of its commands");

        var records = await new CaseRecordReader(Store, township.Definitions).ReadAtAsync(township.Now);
        Assert.That(records.Where(r => r.Facts is null || r.History.Count > 0), Is.Empty, "every case should be read from its projection, not its history");

        foreach (var asOf in Instants(township))
        {
            await AssertSameAsync(township, asOf);
        }
    }

    [Test]
    public async Task Should_play_histories_that_reach_every_part_of_the_assessment()
    {
        var township = await RandomTownship.PlayAsync(Store, seed: 7, steps: 1500);
        var (_, assessed) = await township.AssessAsync(township.Now);
        TestContext.Out.WriteLine($"{assessed.Count} cases: {assessed.Count(c => c.Closed)} closed, {assessed.Count(c => c.Discarded)} discarded, " +
            $"{assessed.Count(c => c.Completions > 0)} completed, {assessed.Count(c => c.Overdue)} overdue, {assessed.Count(c => c.OverdueNow)} overdue now, " +
            $"{assessed.Sum(c => c.Returns)} returns, {assessed.Sum(c => c.Reopens)} reopens, {assessed.Count(c => c.LeadersReached.Count > 0)} escalated, " +
            $"{assessed.Count(c => c.EscalatedToCounty)} to the county, {assessed.Count(c => c.CrossPlatform)} cross-platform, " +
            $"{assessed.Count(c => c.CalledBackAt is not null)} called back, {assessed.Count(c => c.CallbackLate)} callbacks late");
        Assert.Multiple(() =>
        {
            Assert.That(assessed.Count(c => c.Closed), Is.Positive, "closed");
            Assert.That(assessed.Count(c => c.Discarded), Is.Positive, "discarded");
            Assert.That(assessed.Count(c => c.Overdue), Is.Positive, "overdue");
            Assert.That(assessed.Sum(c => c.Returns), Is.Positive, "returns");
            Assert.That(assessed.Count(c => c.LeadersReached.Count > 0), Is.Positive, "escalated up the ladder");
            Assert.That(assessed.Count(c => c.EscalatedToCounty), Is.Positive, "escalated to the county");
            Assert.That(assessed.Count(c => c.CrossPlatform), Is.Positive, "co-handled across platforms");
            Assert.That(assessed.Count(c => c.CalledBackAt is not null), Is.Positive, "called back");
        });
        await AssertSameAsync(township, township.Now);
    }

    [TestCase(4)]
    public async Task Should_make_the_same_indicators_and_briefs(int seed)
    {
        var township = await RandomTownship.PlayAsync(Store, seed, Steps);
        var definition = township.Definitions.Current;
        var reader = new CaseRecordReader(Store, township.Definitions);
        foreach (var asOf in Instants(township))
        {
            var replayed = await reader.ReadAllAsync();
            var projected = await reader.ReadAtAsync(asOf);
            Assert.That(projected.Select(r => r.State.Id), Is.EqualTo(replayed.Select(r => r.State.Id)), "the cases should come in the replay's order");

            var month = AssessmentPeriod.Month(2025, 3);
            var week = AssessmentPeriod.Week(new DateOnly(2025, 3, 10));
            Assert.That(Json(Briefs.Monthly(projected, month, definition, asOf)), Is.EqualTo(Json(Briefs.Monthly(replayed, month, definition, asOf))), $"monthly brief at {asOf:O}");
            foreach (var platform in definition.Definition.Organisation.Platforms)
            {
                Assert.That(Json(Briefs.Weekly(projected, platform.Id, week, definition, asOf)), Is.EqualTo(Json(Briefs.Weekly(replayed, platform.Id, week, definition, asOf))), $"{platform.Id}'s weekly brief at {asOf:O}");
            }

            foreach (var dimension in Dimensions.All)
            {
                Assert.That(
                    Json(IndicatorReport.By(dimension, IndicatorReport.Received(projected, month, definition, asOf), definition)),
                    Is.EqualTo(Json(IndicatorReport.By(dimension, IndicatorReport.Received(replayed, month, definition, asOf), definition))),
                    $"indicators by {dimension} at {asOf:O}");
            }

            var year = IndicatorReport.Received(projected, AssessmentPeriod.Year(2025), definition, asOf);
            Assert.That(Json(TerritorialAssessment.Rank(year, definition)),
                Is.EqualTo(Json(TerritorialAssessment.Rank(IndicatorReport.Received(replayed, AssessmentPeriod.Year(2025), definition, asOf), definition))));
        }
    }

    [TestCase(8)]
    public async Task Should_assess_every_case_as_its_replay_does_when_the_store_keeps_no_recent_facts(int seed)
    {
        // Every append then reads the facts it folds onto inside its transaction, as when the case was last appended elsewhere.
        var store = Subject.Reopen(recentFacts: 0);
        await store.InitialiseAsync();
        var township = await RandomTownship.PlayAsync(store, seed, Steps);

        var records = await new CaseRecordReader(Store, township.Definitions).ReadAtAsync(township.Now);
        Assert.That(records.Where(r => r.Facts is null || r.History.Count > 0), Is.Empty, "every case should be read from its projection, not its history");
        await AssertSameAsync(township, township.Now);
    }

    [TestCase(9)]
    public async Task Should_parse_again_only_the_cases_whose_rows_changed_since_the_last_reading(int seed)
    {
        var township = await RandomTownship.PlayAsync(Store, seed, Steps);
        var projected = ((RelationalCaseStore)Store).Projected;
        var reader = new CaseRecordReader(Store, township.Definitions);
        var cases = (await reader.ReadAtAsync(township.Now)).Count;
        var parsed = projected.Parsed;

        await reader.ReadAtAsync(township.Now);
        var parsedAgain = projected.Parsed - parsed;

        // One projection made stale (of an older derivation), one case removed from the store behind the reader's back.
        await ExecuteAsync($"UPDATE case_assessment SET derivation = {AssessmentFacts.Derivation - 1} WHERE case_id = (SELECT case_id FROM cases ORDER BY case_id LIMIT 1)");
        await ExecuteAsync("DELETE FROM cases WHERE case_id = (SELECT case_id FROM cases ORDER BY case_id DESC LIMIT 1)");
        parsed = projected.Parsed;
        var afterChanges = await reader.ReadAtAsync(township.Now);

        Assert.Multiple(() =>
        {
            Assert.That(parsedAgain, Is.Zero, "nothing changed between the first two readings");
            Assert.That(projected.Parsed - parsed, Is.EqualTo(1), "only the case whose projection went stale");
            Assert.That(afterChanges, Has.Count.EqualTo(cases - 1));
            Assert.That(projected.Count, Is.EqualTo(cases - 1), "the removed case is no longer held");
        });
        await ExecuteAsync("DELETE FROM events WHERE case_id NOT IN (SELECT case_id FROM cases)");
        await AssertSameAsync(township, township.Now);
    }

    [TestCase(5)]
    public async Task Should_assess_as_the_replay_after_every_projection_is_rebuilt(int seed)
    {
        var township = await RandomTownship.PlayAsync(Store, seed, Steps);
        var cases = (await new CaseRecordReader(Store, township.Definitions).ReadAllAsync()).Count;

        Assert.That(await Projection.RebuildAssessmentAsync(everyCase: true), Is.EqualTo(cases));

        await AssertSameAsync(township, township.Now);
        Assert.That(await Projection.RebuildAssessmentAsync(), Is.Zero, "after a rebuild no projection should be stale");
    }

    [TestCase(6)]
    public async Task Should_read_cases_without_a_current_projection_from_their_history_until_rebuilt_at_start_up(int seed)
    {
        var township = await RandomTownship.PlayAsync(Store, seed, Steps);
        var cases = (await new CaseRecordReader(Store, township.Definitions).ReadAllAsync()).Count;
        Assert.That(cases, Is.GreaterThan(6));

        // One projection lost, one left a version behind, the rest of an older derivation (as after a change to what is folded).
        await ExecuteAsync("DELETE FROM case_assessment WHERE case_id = (SELECT case_id FROM case_assessment ORDER BY case_id LIMIT 1)");
        await ExecuteAsync("UPDATE case_assessment SET version = version - 1 WHERE case_id = (SELECT case_id FROM case_assessment ORDER BY case_id DESC LIMIT 1)");
        await ExecuteAsync($"UPDATE case_assessment SET derivation = {AssessmentFacts.Derivation - 1} WHERE version % 2 = 0");

        var reader = new CaseRecordReader(Store, township.Definitions);
        var stale = (await reader.ReadAtAsync(township.Now)).Count(r => r.Facts is null);
        Assert.That(stale, Is.GreaterThanOrEqualTo(2), "the lost and the behind projection should not be read");
        await AssertSameAsync(township, township.Now);

        await Subject.Reopen().InitialiseAsync();

        Assert.That((await reader.ReadAtAsync(township.Now)).Where(r => r.Facts is null), Is.Empty, "start-up should rebuild every stale projection");
        await AssertSameAsync(township, township.Now);
    }

    private IAssessmentProjection Projection => (IAssessmentProjection)Store;

    /// <summary>At the end of the play, long after it, and at instants inside it (cases with later events are then read from their history).</summary>
    private static IEnumerable<DateTimeOffset> Instants(RandomTownship township)
    {
        var span = township.Now - RandomTownship.Begins;
        return [township.Now, township.Now.AddDays(40), RandomTownship.Begins + span / 2, RandomTownship.Begins + span / 5];
    }

    private static async Task AssertSameAsync(RandomTownship township, DateTimeOffset asOf)
    {
        var (replayed, projected) = await township.AssessAsync(asOf);
        Assert.That(projected.Select(c => c.Case.Id), Is.EqualTo(replayed.Select(c => c.Case.Id)), $"the same cases at {asOf:O}");
        for (var i = 0; i < replayed.Count; i++)
        {
            Assert.That(Json(projected[i]), Is.EqualTo(Json(replayed[i])), $"case {replayed[i].Case.Id} ({replayed[i].Position}) assessed at {asOf:O}");
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private async Task ExecuteAsync(string sql)
    {
        if (Kind == StoreUnderTest.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={Subject.SqliteFile}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
            return;
        }

        await using var source = NpgsqlDataSource.Create(Subject.PostgresConnectionString);
        await using var pg = source.CreateCommand(sql);
        await pg.ExecuteNonQueryAsync();
    }
}
