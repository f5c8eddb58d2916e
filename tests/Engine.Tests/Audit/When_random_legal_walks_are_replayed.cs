using System.Text.Json;
using CaseFlow.Engine.Audit;
using FsCheck;
using FsCheck.Fluent;

namespace CaseFlow.Engine.Tests.Audit;

[TestFixture]
public sealed class When_random_legal_walks_are_replayed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Test]
    public void Should_reproduce_the_state_of_every_walk_without_divergence()
    {
        var definition = WorkflowsFile.Definition;
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var (history, state) = RandomWalks.Walk(seed, maxSteps: 40, definition);
            var report = CaseReplayer.Replay(state.Id, history, definition, state);
            return report.IsFaithful
                && JsonSerializer.Serialize(report.State, Json) == JsonSerializer.Serialize(state, Json)
                && report.Steps.Count == history.Count;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }

    [Test]
    public void Should_cover_the_whole_closed_loop_across_the_walks()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var calledBack = 0;
        for (var seed = 0; seed < 2000; seed++)
        {
            var (history, _) = RandomWalks.Walk(seed, maxSteps: 40, WorkflowsFile.Definition);
            reached.UnionWith(history.Select(e => e.Reached));
            calledBack += history.Count(e => e.Trigger == "RecordCallback");
        }

        Assert.That(calledBack, Is.Positive, "closed walks end with the callback survey");

        string[] landmarks =
        [
            "receive.Invalid", "dispatch.JointHandling", "dispatch.Returned", "dispatch.CountyResolved", "handle.Extended",
            "supervise.EscalatedToMainLeader", "feedback.Disputed", "assess.Closed",
        ];
        Assert.That(landmarks.Except(reached), Is.Empty, "the random walks should exercise every part of the loop, or the property proves little");
    }
}
