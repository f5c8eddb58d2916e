using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;

namespace CaseFlow.Engine.Tests.County;

[TestFixture]
public sealed class When_a_handed_down_case_is_found_invalid
{
    [Test]
    public async Task Should_tell_the_county_it_ended_and_why()
    {
        await using var county = await CountyConversation.StartAsync();
        var received = await county.AcceptAsync(new CaseHandedDown
        {
            CountyCaseNumber = "YH12345-20261127-0500",
            Category = "certificate-request",
            Description = "咨询办证流程",
            ReporterName = "吴先生",
        });
        await county.AcceptAsync(new MarkCaseInvalid { CaseId = received.Id, Actor = CountyConversation.CommandRoom, Reason = "咨询类来电，已当场答复" });

        var closing = county.Published.Of<HandedDownCaseClosed>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(closing.CountyCaseNumber, Is.EqualTo("YH12345-20261127-0500"));
            Assert.That(closing.Result, Is.EqualTo("receive.Invalid: 咨询类来电，已当场答复"));
            Assert.That(closing.Rating, Is.Empty);
        });
    }
}
