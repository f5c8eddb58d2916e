using CaseFlow.Engine.Cases;
using CaseFlow.Workflows;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>The fields guards read against the catalogue: no field a definition may name without its reader, nor the reverse.</summary>
[TestFixture]
public sealed class CaseFactsTests
{
    [Test]
    public void Mismatches_TheEngineAgainstTheCatalogue_None() =>
        Assert.Multiple(() =>
        {
            Assert.That(CaseFacts.Mismatches(CaseFacts.Fields, Catalogue.Fields.Keys), Is.Empty);
            Assert.That(CaseFacts.Fields, Is.EquivalentTo(Catalogue.Fields.Keys));
            Assert.DoesNotThrow(CaseFacts.EnsureMatchesCatalogue);
        });

    [Test]
    public void Mismatches_CatalogueNamesAFieldNobodyReads_SaysWhichAndWhatToAdd()
    {
        var problems = CaseFacts.Mismatches(CaseFacts.Fields, [.. Catalogue.Fields.Keys, "village"]);

        Assert.That(problems, Is.EqualTo(new[] { "the catalogue names field 'village' but the engine does not read it for guards (add its reader to CaseFacts)" }));
    }

    [Test]
    public void Mismatches_AReaderOfAFieldTheCatalogueLacks_SaysWhich()
    {
        var problems = CaseFacts.Mismatches(CaseFacts.Fields, Catalogue.Fields.Keys.Where(k => k != "reopens"));

        Assert.That(problems, Is.EqualTo(new[] { "the engine reads field 'reopens' for guards but the catalogue does not name it (add it to Catalogue.Fields with its kind, or remove the reader)" }));
    }

    [Test]
    public void Read_EachCatalogueField_ReadsTheCaseOrTheCommand()
    {
        var state = CaseScenario.Submitted().State with { Returns = 2, Rating = "satisfied" };
        var facts = new CaseFacts(state, new CasePayload { Approved = true, Platform = "p-x" }, WorkflowsFile.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(facts.Read("returns"), Is.EqualTo(2d));
            Assert.That(facts.Read("rating"), Is.EqualTo("satisfied"));
            Assert.That(facts.Read("extensionApproved"), Is.EqualTo(true));
            Assert.That(facts.Read("platform"), Is.EqualTo("p-x"));
            Assert.That(facts.Read("category"), Is.EqualTo(state.Category));
            Assert.That(facts.Read("nonsense"), Is.Null);
        });
    }
}
