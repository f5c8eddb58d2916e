using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Host.Tests.Health;

/// <summary>A fresh embedded service (SQLite, in-memory bus) in 2025, whose calendar declares 2025 and 2026, probed without a token.</summary>
[TestFixture]
public sealed class When_a_fresh_service_is_probed
{
    private static readonly string[] EveryCheck = ["bus", "calendar", "outbox", "store", "timers"];
    private string _database = "";
    private CaseFlowFactory _factory = null!;
    private HttpClient _probe = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        _factory = new CaseFlowFactory(_database, time: new FakeTimeProvider(HealthProbe.In2025));
        _probe = _factory.CreateAnonymousClient();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _probe.Dispose();
        await _factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }

    [Test]
    public async Task Should_answer_live_with_200_and_run_no_check()
    {
        var live = await HealthProbe.ReadAsync(_probe, "/health/live");

        Assert.Multiple(() =>
        {
            Assert.That(live.Code, Is.EqualTo(200), live.Text);
            Assert.That(live.Status, Is.EqualTo("Healthy"));
            Assert.That(live.Checks, Is.Empty, "live looks at nothing outside the process");
        });
    }

    [Test]
    public async Task Should_be_ready_with_every_check_healthy()
    {
        var ready = await HealthProbe.ReadAsync(_probe);

        Assert.Multiple(() =>
        {
            Assert.That(ready.Code, Is.EqualTo(200), ready.Text);
            Assert.That(ready.Status, Is.EqualTo("Healthy"), ready.Text);
            Assert.That(ready.Checks, Is.EquivalentTo(EveryCheck));
            Assert.That(EveryCheck.Select(ready.StatusOf), Is.All.EqualTo("Healthy"), ready.Text);
            Assert.That(ready.DescriptionOf("calendar"), Does.Contain("2025 and 2026").And.Contain("Asia/Shanghai"));
            Assert.That(ready.DescriptionOf("outbox"), Does.Contain("backlog 0 messages"));
            Assert.That(ready.DescriptionOf("bus"), Does.Contain("caseflow-commands"));
            Assert.That(ready.Text, Does.Contain("the bus's own"), "the body reads as written: an apostrophe is not escaped as \\u0027");
        });
    }

    [Test]
    public async Task Should_answer_another_method_with_405()
    {
        using var signedIn = _factory.CreateClient();
        using var response = await signedIn.PostAsync("/health/ready", null);

        Assert.That((int)response.StatusCode, Is.EqualTo(405));
    }

    [Test]
    public async Task Should_disclose_no_path_or_secret_to_an_anonymous_caller()
    {
        var ready = await HealthProbe.ReadAsync(_probe);

        Assert.Multiple(() =>
        {
            Assert.That(ready.Text, Does.Not.Contain(Path.GetFileName(_database)), "the database file");
            Assert.That(ready.Text, Does.Not.Contain(Path.GetTempPath().TrimEnd('/')), "a local path");
            Assert.That(ready.Text, Does.Not.Contain("guest").And.Not.Contain("Password"), "credentials");
            Assert.That(ready.Text, Does.Not.Contain($"{Environment.MachineName}_"), "the machine's name (MassTransit names the bus's own queue after it)");
        });
    }
}
