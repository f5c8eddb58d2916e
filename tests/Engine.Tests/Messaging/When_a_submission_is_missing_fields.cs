using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_submission_is_missing_fields
{
    private const string ClientKey = "hotline-2025-0303-0042";

    private CaseFlowBus _bus = null!;
    private CaseCommandRejected? _rejected;

    [OneTimeSetUp]
    public async Task Publish_a_hotline_submission_without_category_description_or_reporter()
    {
        _bus = await CaseFlowBus.StartAsync();
        await _bus.Harness.Bus.PublishAs(CaseFlowBus.Hotline, new SubmitCase { ClientKey = ClientKey, Actor = "service-hotline", Channel = "hotline", Title = "no details" });
        if (await _bus.Harness.Published.Any<CaseCommandRejected>(m => m.Context.Message.ClientKey == ClientKey))
        {
            _rejected = _bus.Harness.Published.Select<CaseCommandRejected>().Single().Context.Message;
        }
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_reject_it_with_an_error_for_each_missing_field()
    {
        Assert.That(_rejected, Is.Not.Null, "a CaseCommandRejected should be published");
        Assert.Multiple(() =>
        {
            Assert.That(_rejected!.Command, Is.EqualTo("Submit"));
            Assert.That(_rejected.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "category", "description", "reporter" }));
            Assert.That(_rejected.Errors.Select(e => e.Message), Has.All.Not.Empty);
        });
    }

    [Test]
    public void Should_name_the_submission_by_its_client_key_and_no_case()
    {
        Assert.That(_rejected?.ClientKey, Is.EqualTo(ClientKey));
        Assert.That(_rejected?.CaseId, Is.Null, "no case was created, so there is no case id to give");
    }

    [Test]
    public async Task Should_create_no_case()
    {
        Assert.That(await _bus.Store.FindByClientKeyAsync(ClientKey), Is.Null);
        Assert.That(await _bus.Store.ListAsync(), Is.Empty);
    }
}
