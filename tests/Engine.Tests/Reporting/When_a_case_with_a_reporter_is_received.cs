using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.Supervision;

namespace CaseFlow.Engine.Tests.Reporting;

[TestFixture]
public sealed class When_a_case_with_a_reporter_is_received
{
    private SupervisedTownship _township = null!;
    private CaseState _case = null!;

    [OneTimeSetUp]
    public async Task Receive_a_hotline_case()
    {
        _township = await SupervisedTownship.StartAsync();
        _case = await _township.TriagedCaseAsync("sanitation");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _township.DisposeAsync();

    [Test]
    public void Should_send_the_reporter_a_receipt_with_a_link_that_opens_this_case_alone()
    {
        var receipt = _township.Published.Of<ReporterNotified>().Single(m => m.CaseId == _case.Id);

        Assert.Multiple(() =>
        {
            Assert.That(receipt.Phone, Is.EqualTo("13800000000"));
            Assert.That(receipt.Code, Is.Not.Null);
            Assert.That(_township.Cases.ReporterLinks.Verifies(_case.Id, receipt.Code), Is.True);
            Assert.That(_township.Cases.ReporterLinks.Verifies(Guid.NewGuid(), receipt.Code), Is.False);
            Assert.That(receipt.Link, Does.EndWith($"/{_case.Id}?code={receipt.Code}"));
            Assert.That(receipt.Message, Does.Contain("已受理").And.Contain(receipt.Link!));
        });
    }
}
