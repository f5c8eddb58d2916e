using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.History;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The parsed cases kept between readings of the projection: found only as read, bounded without displacing, trimmed to the store.</summary>
public class ProjectedCasesTests
{
    private static readonly Guid First = Guid.Parse("0195a3a4-0000-7000-8000-000000000001");
    private static readonly Guid Second = Guid.Parse("0195a3a4-0000-7000-8000-000000000002");
    private static readonly Guid Third = Guid.Parse("0195a3a4-0000-7000-8000-000000000003");

    [Test]
    public void Find_AtTheVersionAndCurrencyHeld_IsTheCaseAndOtherwiseNothing()
    {
        var held = new ProjectedCases(10);
        var current = Case(First, 4, facts: true);
        held.Put(current);

        Assert.Multiple(() =>
        {
            Assert.That(held.Find(First, 4, factsCurrent: true), Is.SameAs(current));
            Assert.That(held.Find(First, 4, factsCurrent: false), Is.Null, "the projection row went stale since");
            Assert.That(held.Find(First, 5, factsCurrent: true), Is.Null, "the case was appended to since");
            Assert.That(held.Find(Second, 4, factsCurrent: true), Is.Null);
        });
    }

    [Test]
    public void Put_WhenFull_ReplacesCasesHeldButAddsNoOther()
    {
        var held = new ProjectedCases(2);
        held.Put(Case(First, 1, facts: true));
        held.Put(Case(Second, 1, facts: true));
        held.Put(Case(Third, 1, facts: true));
        held.Put(Case(First, 2, facts: false));

        Assert.Multiple(() =>
        {
            Assert.That(held.Count, Is.EqualTo(2));
            Assert.That(held.Find(Third, 1, factsCurrent: true), Is.Null, "no room for a case not held");
            Assert.That(held.Find(First, 2, factsCurrent: false), Is.Not.Null, "a case held is replaced by its newer parse");
            Assert.That(held.Parsed, Is.EqualTo(4), "every parse is counted, held or not");
        });
    }

    [Test]
    public void KeepOnly_AfterAReadingOfEveryRow_DropsTheCasesNotFound()
    {
        var held = new ProjectedCases(10);
        held.Put(Case(First, 1, facts: true));
        held.Put(Case(Second, 1, facts: true));

        held.KeepOnly(new HashSet<Guid> { Second, Third });

        Assert.That((held.Find(First, 1, true), held.Find(Second, 1, true)?.State.Id), Is.EqualTo(((ProjectedCase?)null, (Guid?)Second)));
    }

    [Test]
    public void Put_WithNoCapacity_HoldsNothing()
    {
        var held = new ProjectedCases(0);
        held.Put(Case(First, 1, facts: true));

        Assert.That(held.Count, Is.Zero);
    }

    private static ProjectedCase Case(Guid id, long version, bool facts) =>
        new(StoredCase.Snapshot(id, $"key-{id}", version), facts ? AssessmentFacts.None with { Version = version } : null);
}
