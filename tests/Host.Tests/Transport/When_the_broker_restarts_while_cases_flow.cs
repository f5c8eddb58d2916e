using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Engine.History;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>A bounded flood of submissions with the broker's app stopped and started in the middle: every confirmed message becomes exactly one case.</summary>
[TestFixture]
public sealed class When_the_broker_restarts_while_cases_flow
{
    private const int Flood = 300;
    private const int RestartAfter = 100;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(240);

    [Test]
    public async Task Should_reconnect_and_lose_no_confirmed_message()
    {
        using var broker = RabbitMqBroker.CreateVirtualHost();
        var database = CaseFlowFactory.NewDatabasePath();
        try
        {
            await using var factory = new CaseFlowFactory(database, broker.Settings());
            factory.CreateClient().Dispose();
            await using var amqp = await RawAmqp.ConnectAsync(broker.VirtualHost);

            var clock = Stopwatch.StartNew();
            Task? restart = null;
            var failedAttempts = 0;
            for (var i = 0; i < Flood; i++)
            {
                if (i == RestartAfter)
                {
                    restart = Task.Run(RestartBroker);
                }

                failedAttempts += await amqp.PublishUntilConfirmedAsync("caseflow-commands", RawAmqp.Envelope("CaseFlow.Contracts.Commands:SubmitCase", Submission(i)), Bound);
            }

            await restart!;
            var store = factory.Services.GetRequiredService<ICaseStore>();
            var cases = await WaitForCasesAsync(store, clock);
            var keys = cases.Select(c => c.ClientKey).Where(k => k.StartsWith("flood-", StringComparison.Ordinal)).ToList();
            TestContext.Out.WriteLine($"broker restart flood: {Flood} confirmed submissions, {failedAttempts} publish attempts retried, {keys.Count} cases, {keys.Distinct().Count()} distinct, {clock.Elapsed.TotalSeconds:F1} s");

            Assert.Multiple(() =>
            {
                Assert.That(keys, Has.Count.EqualTo(Flood), "every confirmed submission is a case, once");
                Assert.That(keys.Distinct().Count(), Is.EqualTo(Flood));
                Assert.That(cases.All(c => c.Position == "receive.Submitted"), Is.True);
            });
        }
        finally
        {
            EnsureBrokerRunning();
            CaseFlowFactory.DeleteDatabase(database);
        }
    }

    private static JsonObject Submission(int i) => new()
    {
        ["clientKey"] = $"flood-{i:D4}",
        ["actor"] = $"grid-member-{i % 9 + 1}",
        ["category"] = "sanitation",
        ["channel"] = "grid",
        ["description"] = $"垃圾清运不及时（{i}）",
        ["grid"] = $"grid-{i % 9 + 1}",
    };

    private static void RestartBroker()
    {
        RabbitMqBroker.Ctl("stop_app");
        Thread.Sleep(TimeSpan.FromSeconds(2));
        EnsureBrokerRunning();
    }

    private static void EnsureBrokerRunning()
    {
        RabbitMqBroker.Ctl("start_app");
        RabbitMqBroker.Ctl("await_startup --timeout 60");
    }

    private static async Task<IReadOnlyList<Engine.Cases.CaseState>> WaitForCasesAsync(ICaseStore store, Stopwatch clock)
    {
        while (true)
        {
            var cases = await store.ListAsync(limit: 10_000);
            if (cases.Count >= Flood || clock.Elapsed > Bound)
            {
                return cases;
            }

            await Task.Delay(250);
        }
    }
}
