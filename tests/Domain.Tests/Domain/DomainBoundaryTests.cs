using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Domain.Tests.Domain;

/// <summary>
/// The domain is pure by construction: its project (Engine/Domain, CaseFlow.Domain) references no store, broker or web package,
/// and its code touches no file, network, console or process, and reads neither the wall clock nor the environment. This test project
/// references only the domain, so the checks that show they can fail run on assemblies at hand that do what the domain must not:
/// the tests' own, which read files and take a Microsoft.Extensions package, and NUnit's, which reads the clock.
/// </summary>
[TestFixture]
public sealed class DomainBoundaryTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(CaseDecider).Assembly;
    private static readonly System.Reflection.Assembly Tests = typeof(DomainBoundaryTests).Assembly;

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
    public void ForbiddenReferences_OfTheseTests_NamesTheirTimeTestingPackage() =>
        Assert.That(DomainBoundary.ForbiddenReferences(Tests), Does.Contain("Microsoft.Extensions.TimeProvider.Testing"));

    [Test]
    public void IoTypes_OfTheDomain_None() =>
        Assert.That(DomainBoundary.IoTypes(Domain), Is.Empty, "the domain does I/O");

    [Test]
    public void IoTypes_OfTheseTests_NamesTheFileTypesTheyRead() =>
        Assert.That(DomainBoundary.IoTypes(Tests), Is.SupersetOf(new[] { "System.IO.DirectoryInfo", "System.IO.File" }));

    [Test]
    public void AmbientReads_OfTheDomain_None() =>
        Assert.That(DomainBoundary.AmbientReads(Domain), Is.Empty, "the domain reads the wall clock or the environment; take them as values");

    [Test]
    public void AmbientReads_OfNUnit_NamesItsClockReads() =>
        Assert.That(DomainBoundary.AmbientReads(typeof(Assert).Assembly), Does.Contain("System.DateTime.get_UtcNow"), "NUnit times each test on the wall clock");
}
