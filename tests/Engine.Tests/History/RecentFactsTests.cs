using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The store's recent assessment facts: found only at the version they stand for, never replaced by older ones, bounded.</summary>
public class RecentFactsTests
{
    private static readonly Guid First = Guid.Parse("0195a3a4-0000-7000-8000-000000000001");
    private static readonly Guid Second = Guid.Parse("0195a3a4-0000-7000-8000-000000000002");
    private static readonly Guid Third = Guid.Parse("0195a3a4-0000-7000-8000-000000000003");

    [Test]
    public void Find_AtTheVersionHeld_IsTheFactsAndAtAnyOtherNothing()
    {
        var recent = new RecentFacts(10);
        var facts = At(4);
        recent.Put(First, facts);

        Assert.Multiple(() =>
        {
            Assert.That(recent.Find(First, 4), Is.SameAs(facts));
            Assert.That(recent.Find(First, 3), Is.Null, "an append expecting an earlier version");
            Assert.That(recent.Find(First, 5), Is.Null, "an append expecting a version appended elsewhere");
            Assert.That(recent.Find(Second, 4), Is.Null);
        });
    }

    [Test]
    public void Put_AnOlderVersionAfterANewer_KeepsTheNewer()
    {
        var recent = new RecentFacts(10);
        recent.Put(First, At(5));
        recent.Put(First, At(3));

        Assert.That((recent.Find(First, 5)?.Version, recent.Find(First, 3)), Is.EqualTo(((long?)5, (AssessmentFacts?)null)));
    }

    [Test]
    public void Put_PastTheCapacity_DropsTheCaseHeldLongest()
    {
        var recent = new RecentFacts(2);
        recent.Put(First, At(1));
        recent.Put(Second, At(1));
        recent.Put(First, At(2));
        recent.Put(Third, At(1));

        Assert.Multiple(() =>
        {
            Assert.That(recent.Find(First, 2), Is.Null, "held longest, though updated since");
            Assert.That(recent.Find(Second, 1), Is.Not.Null);
            Assert.That(recent.Find(Third, 1), Is.Not.Null);
        });
    }

    [Test]
    public void Put_WithNoCapacity_HoldsNothing()
    {
        var recent = new RecentFacts(0);
        recent.Put(First, At(1));

        Assert.That(recent.Find(First, 1), Is.Null);
    }

    [Test]
    public void New_ANegativeCapacity_IsRefused() =>
        Assert.That(() => new RecentFacts(-1), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("0 or more"));

    private static AssessmentFacts At(long version) => AssessmentFacts.None with { Version = version };
}
