using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Tests.Domain;

/// <summary>
/// The domain is pure by construction: its project (Engine/Domain, CaseFlow.Domain) references no store, broker or web package,
/// and its code touches no file, network, console or process, and reads neither the wall clock nor the environment. The checks also run on the Engine assembly, which does
/// all of that, to show they can fail.
/// </summary>
[TestFixture]
public sealed class DomainBoundaryTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(CaseDecider).Assembly;
    private static readonly System.Reflection.Assembly Engine = typeof(CaseService).Assembly;

    [Test]
    public void Assembly_TheDecisionPath_IsTheDomainProject() =>
        Assert.Multiple(() =>
        {
            Assert.That(Domain.GetName().Name, Is.EqualTo("CaseFlow.Domain"));
            foreach (var type in new[]
            {
                typeof(CaseDecider), typeof(CaseEvolver), typeof(CaseState), typeof(CaseEffects), typeof(ICaseEffect),
                typeof(Permissions), typeof(SupervisionSchedule), typeof(EscalationLadder), typeof(CaseAssessor),
                typeof(CalendarSet), typeof(DeadlineRecomputation),
            })
            {
                Assert.That(type.Assembly, Is.SameAs(Domain), $"{type.Name} belongs in the domain");
            }
        });

    [Test]
    public void ForbiddenReferences_OfTheDomain_None() =>
        Assert.That(DomainBoundary.ForbiddenReferences(Domain), Is.Empty, "the domain references a store, broker or web package");

    [Test]
    public void ForbiddenReferences_OfTheEngine_NamesTheStoresAndTheBroker() =>
        Assert.That(DomainBoundary.ForbiddenReferences(Engine), Is.SupersetOf(new[] { "MassTransit", "Microsoft.Data.Sqlite", "Npgsql" }));

    [Test]
    public void IoTypes_OfTheDomain_None() =>
        Assert.That(DomainBoundary.IoTypes(Domain), Is.Empty, "the domain does I/O");

    [Test]
    public void IoTypes_OfTheEngine_NamesTheDatabaseTypes() =>
        Assert.That(DomainBoundary.IoTypes(Engine), Has.Some.StartsWith("Microsoft.Data.Sqlite."));

    [Test]
    public void AmbientReads_OfTheDomain_None() =>
        Assert.That(DomainBoundary.AmbientReads(Domain), Is.Empty, "the domain reads the wall clock or the environment; take them as values");

    [Test]
    public void AmbientReads_OfTheEngineTests_NamesTheirClockReads() =>
        Assert.That(DomainBoundary.AmbientReads(typeof(DomainBoundaryTests).Assembly), Does.Contain("System.DateTimeOffset.get_UtcNow"));
}
