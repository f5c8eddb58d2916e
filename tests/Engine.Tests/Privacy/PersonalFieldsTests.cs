using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Tests.Privacy;

public sealed class PersonalFieldsTests
{
    [Test]
    public void PersonalFields_CoverTheCatalogue() =>
        Assert.That(PersonalFields.Names, Is.EquivalentTo(Workflows.Catalogue.PersonalFields.Keys));

    [TestCase(PersonalFields.ReporterPhone, "13857881234", "138****1234")]
    [TestCase(PersonalFields.ReporterIdNumber, "331125199001011234", "3311**********1234")]
    [TestCase(PersonalFields.ReporterName, "叶女士", "叶**")]
    [TestCase(PersonalFields.ReporterName, "叶", "叶*")]
    [TestCase("location", "雾溪村12号", "***")]
    [TestCase(PersonalFields.ReporterPhone, PersonalFields.Erased, PersonalFields.Erased)]
    public void Mask_ByField_HidesAllButWhatIdentifiesNobody(string field, string value, string masked) =>
        Assert.That(PersonalFields.Mask(field, value), Is.EqualTo(masked));
}
