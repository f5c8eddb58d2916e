using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>Returns (退单) need a reason, come within 4 working hours of receiving the case, and a case is returned at most twice.</summary>
[TestFixture]
public sealed class When_a_case_is_returned
{
    private const string Office = "sanitation-office";
    private SupervisedTownship _township = null!;
    private string _third = "";
    private string _late = "";
    private CaseState _inTime = null!;
    private int _returnedMessages;

    [OneTimeSetUp]
    public async Task ReturnThem()
    {
        _township = await StartAsync();
        var often = await _township.AssignedCaseAsync("sanitation");
        for (var round = 1; round <= 2; round++)
        {
            await _township.AcceptAsync(often.Id, Triggers.Return, Office, new CasePayload { Reason = $"非本科室职责（第{round}次）" });
            await _township.AcceptAsync(often.Id, Triggers.Dispatch, CommandRoom);
            await _township.AcceptAsync(often.Id, Triggers.Assign, "armed-forces-head");
        }

        _third = await _township.RefuseAsync(often.Id, Triggers.Return, Office, new CasePayload { Reason = "仍非本科室职责" });
        _returnedMessages = _township.Published.Of<CaseReturned>().Count(m => m.CaseId == often.Id);

        // Assigned at 09:00 on Monday: 4 working hours end at 15:00 (09:00–12:00 and 14:00–15:00).
        var late = await _township.AssignedCaseAsync("sanitation");
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 3, 15, 1));
        _late = await _township.RefuseAsync(late.Id, Triggers.Return, Office, new CasePayload { Reason = "非本科室职责" });

        // Assigned at 15:01: 2 h 29 min that afternoon and 1 h 31 min the next morning, until 10:01.
        var inTime = await _township.AssignedCaseAsync("sanitation");
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 4, 10, 0));
        _inTime = await _township.AcceptAsync(inTime.Id, Triggers.Return, Office, new CasePayload { Reason = "非本科室职责" });
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_refuse_a_return_beyond_the_declared_count_with_the_reason() =>
        Assert.Multiple(() =>
        {
            Assert.That(_third, Does.Contain("returned 2 time(s)").And.Contain("allows (2)"));
            Assert.That(_returnedMessages, Is.EqualTo(2), "the refused return published nothing");
        });

    [Test]
    public void Should_refuse_a_return_after_the_declared_time_limit_naming_it() =>
        Assert.That(_late, Does.Contain("within 4 working hour(s)").And.Contain("2025-03-03 09:00").And.Contain("2025-03-03 15:00"));

    [Test]
    public void Should_accept_a_return_within_the_limit() =>
        Assert.That(_inTime.Position, Is.EqualTo("dispatch.Returned"));
}
