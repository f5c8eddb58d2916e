using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests.Startup;

[TestFixture]
public sealed class When_the_configuration_is_wrong
{
    [Test]
    public void Should_refuse_an_unknown_transport_by_name()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Transport"] = "Carrier-Pigeon" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Transport"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_a_timer_pump_interval_out_of_range_by_name()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:TimerPump:Interval"] = "00:00:00" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:TimerPump:Interval"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_an_inbox_period_shorter_than_a_redelivery_saying_why()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Retention:Inbox"] = "00:02:00" });
        var error = factory.StartupRefusal();
        // 16 retries of up to 5 s (80 s) + the outbox's grace 10 s, lease 30 s and interval 1 s, by default: 00:02:01.
        Assert.That(error!.Message, Does.Contain("CaseFlow:Retention:Inbox is 00:02:00").And.Contain("00:02:01").And.Contain("applied twice"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_accept_an_inbox_period_as_long_as_a_redelivery()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Retention:Inbox"] = "00:02:01" });
        Assert.DoesNotThrow(() => factory.CreateClient());
        CaseFlowFactory.DeleteDatabase(database);
    }

    [TestCase("CaseFlow:Retention:SentOutbox", "00:00:00")]
    [TestCase("CaseFlow:Retention:Batch", "0")]
    [TestCase("CaseFlow:Briefs:MaxCasesPerSection", "0")]
    [TestCase("CaseFlow:Paging:MaxLimit", "0")]
    [TestCase("CaseFlow:GroupCommit:MaxBatch", "0")]
    [TestCase("CaseFlow:Engine:StateCacheSize", "-1")]
    [TestCase("CaseFlow:Engine:AssessmentCacheSize", "-1")]
    public void Should_refuse_a_bound_out_of_range_by_name(string setting, string value)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [setting] = value });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain($"{setting} must be between"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_a_default_page_longer_than_the_longest()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Paging:DefaultLimit"] = "600", ["CaseFlow:Paging:MaxLimit"] = "500" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Paging:DefaultLimit (600) must not exceed CaseFlow:Paging:MaxLimit (500)"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_a_missing_definition_file_naming_the_path()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Definition"] = "/nowhere/workflows.json" });
        var error = Assert.Throws<FileNotFoundException>(() => factory.CreateClient());
        Assert.That(error!.Message, Does.Contain("/nowhere/workflows.json"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_an_invalid_definition_listing_its_errors()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, File.ReadAllText(CaseFlowFactory.DefinitionPath()).Replace("\"leadOffice\": \"demolition-office\"", "\"leadOffice\": \"no-such-office\"", StringComparison.Ordinal));
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Definition"] = broken });
        var error = Assert.Throws<CaseFlow.Workflows.Compilation.InvalidDefinitionException>(() => factory.CreateClient());
        Assert.That(error!.Message, Does.Contain("no-such-office").And.Contain("$.categories["));
        File.Delete(broken);
        CaseFlowFactory.DeleteDatabase(database);
    }

    [TestCase("fr")]
    [TestCase("zh")]
    public void Should_refuse_a_brief_language_other_than_Chinese_or_English(string language)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Briefs:Language"] = language });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Briefs:Language must be zh-CN (the default) or en"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_an_unknown_store_by_name()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Store"] = "Filing-Cabinet" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Store must be Sqlite or Postgres"));
    }

    [Test]
    public void Should_refuse_postgres_without_a_connection_string_by_name()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Store"] = "Postgres" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Postgres:ConnectionString is required"));
    }

    [Test]
    public void Should_refuse_to_start_when_postgresql_is_unreachable_saying_where_it_looked()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?>
        {
            ["CaseFlow:Store"] = "Postgres",
            ["CaseFlow:Postgres:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=caseflow;Username=caseflow;Password=secret;Timeout=5",
        });
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.That(error!.Message, Does.Contain("PostgreSQL database 'caseflow' at 127.0.0.1:1").And.Not.Contain("secret"));
    }

    [TestCase("CaseFlow:Auth:TokenLifetime", "30.00:00:00", "CaseFlow:Auth:TokenLifetime must be between")]
    [TestCase("CaseFlow:Auth:Oidc:Authority", "sso.example.gov.cn", "CaseFlow:Auth:Oidc:Authority must be the provider's issuer URL")]
    [TestCase("CaseFlow:Auth:Oidc:Authority", "http://sso.example.gov.cn/realms/township", "RequireHttpsMetadata=false")]
    public void Should_refuse_an_authentication_setting_that_cannot_work_by_name(string setting, string value, string expected)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { [setting] = value, ["CaseFlow:Auth:Oidc:Audience"] = "caseflow" });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain(expected));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public void Should_refuse_a_provider_without_an_audience_or_with_a_position_map_that_names_no_position()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?>
        {
            ["CaseFlow:Auth:Oidc:Authority"] = "https://sso.example.gov.cn/realms/township",
            ["CaseFlow:Auth:Oidc:PositionMap:/township/demolition"] = "demolition-office",
        });
        var error = factory.StartupRefusal();
        Assert.That(error!.Message, Does.Contain("CaseFlow:Auth:Oidc:Audience is required").And.Contain("maps '/township/demolition' to 'demolition-office'"));
        CaseFlowFactory.DeleteDatabase(database);
    }
}
