using System.Net.Http.Json;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>Two instances of the service on one PostgreSQL database (CaseFlow:Store=Postgres): a case started on one goes on on the other.</summary>
[TestFixture]
public sealed class When_instances_share_a_postgresql_store
{
    [Test]
    public async Task Should_see_and_continue_each_others_cases()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["CaseFlow:Store"] = "Postgres",
            ["CaseFlow:Postgres:ConnectionString"] = database.ConnectionString,
        };
        var unusedFile = CaseFlowFactory.NewDatabasePath();

        // Instances sharing a store share the token signing key (kept beside the unused file path, as CaseFlowFactory does).
        await using var first = new CaseFlowFactory(unusedFile, settings);
        await using var second = new CaseFlowFactory(unusedFile, settings);
        using var one = first.CreateClient();
        using var two = second.CreateClient();

        var id = await Http.CaseApi.SubmitAsync(one, "shared-store-1", "food-safety");
        await Http.CaseApi.AcceptAsync(two, id, "Register", new { actor = "command-room" });
        await Http.CaseApi.AcceptAsync(one, id, "Triage", new { actor = "command-room" });
        var again = await one.PostAsJsonAsync("/cases", Http.CaseApi.Submission("shared-store-1", "food-safety"));
        var seen = await Http.CaseApi.GetAsync(two, id);

        Assert.Multiple(() =>
        {
            Assert.That(Http.CaseApi.Position(seen), Is.EqualTo("dispatch.AwaitingDispatch"));
            Assert.That(seen["history"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That((int)again.StatusCode, Is.EqualTo(200), "the client key made its case through the other instance");
            Assert.That(File.Exists(unusedFile), Is.False, "no SQLite file was made");
        });
        File.Delete(CaseFlowFactory.SigningKeyFileOf(unusedFile));
    }
}
