namespace CaseFlow.Host.Tests.Startup;

[TestFixture]
public sealed class When_the_service_restarts_mid_case
{
    [Test]
    public async Task Should_continue_the_case_where_it_stopped()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            Guid id;
            await using (var first = new CaseFlowFactory(database))
            {
                using var client = first.CreateClient();
                id = await Http.CaseApi.SubmitAsync(client, "restart-1", "food-safety");
                await Http.CaseApi.AcceptAsync(client, id, "Register", new { actor = "command-room" });
                await Http.CaseApi.AcceptAsync(client, id, "Triage", new { actor = "command-room" });
                await Http.CaseApi.AcceptAsync(client, id, "Dispatch", new { actor = "command-room" });
                await Http.CaseApi.AcceptAsync(client, id, "Assign", new { actor = "deputy-head-economy" });
                await Http.CaseApi.AcceptAsync(client, id, "SignFor", new { actor = "food-safety-office" });
            }

            await using var second = new CaseFlowFactory(database);
            using var again = second.CreateClient();
            var resumed = await Http.CaseApi.GetAsync(again, id);
            Assert.Multiple(() =>
            {
                Assert.That(Http.CaseApi.Position(resumed), Is.EqualTo("handle.Accepted"));
                Assert.That(resumed["history"]!.AsArray(), Has.Count.EqualTo(6));
                Assert.That(resumed["case"]!["supervision"]!.GetValue<string>(), Is.EqualTo("OnTrack"));
            });

            await Http.CaseApi.AcceptAsync(again, id, "Complete", new { actor = "food-safety-office", result = "已责令整改" });
            await Http.CaseApi.AcceptAsync(again, id, "FeedBack", new { actor = "command-room", note = "已整改" });
            await Http.CaseApi.AcceptAsync(again, id, "RecordFeedback", new { actor = "command-room", outcome = "confirmed" });
            var closed = await Http.CaseApi.AcceptAsync(again, id, "Rate", new { actor = "command-room", rating = "basicallySatisfied" });
            Assert.Multiple(() =>
            {
                Assert.That(Http.CaseApi.Position(closed), Is.EqualTo("assess.Closed"));
                Assert.That(closed["case"]!["rating"]!.GetValue<string>(), Is.EqualTo("basicallySatisfied"));
                Assert.That(closed["case"]!["definitionVersion"]!.GetValue<int>(), Is.EqualTo(1), "the same definition is not registered twice");
            });
        }
        finally
        {
            CaseFlowFactory.DeleteDatabase(database);
        }
    }
}
