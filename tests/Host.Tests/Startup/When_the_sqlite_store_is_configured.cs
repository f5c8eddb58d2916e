using CaseFlow.Engine.History;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests.Startup;

/// <summary>
/// The embedded store commits durably (SQLite's synchronous FULL, reported by SQLite as 2) unless CaseFlow:Sqlite:Synchronous
/// relaxes it to Normal (1); anything else stops the start, naming the setting and the values it takes.
/// </summary>
[TestFixture]
public sealed class When_the_sqlite_store_is_configured
{
    [Test]
    public async Task Should_commit_every_command_to_disk_by_default()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using (var factory = new CaseFlowFactory(database))
        {
            factory.CreateClient().Dispose();
            var store = factory.Services.GetRequiredService<ICaseStore>();

            Assert.That(store, Is.TypeOf<SqliteCaseStore>());
            Assert.That(await ((SqliteCaseStore)store).ConnectionSynchronousAsync(), Is.EqualTo(2));
        }

        CaseFlowFactory.DeleteDatabase(database);
    }

    [TestCase("Normal")]
    [TestCase("normal")]
    public async Task Should_relax_to_normal_when_configured(string value)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using (var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Sqlite:Synchronous"] = value }))
        {
            factory.CreateClient().Dispose();
            var store = (SqliteCaseStore)factory.Services.GetRequiredService<ICaseStore>();

            Assert.That(await store.ConnectionSynchronousAsync(), Is.EqualTo(1));
        }

        CaseFlowFactory.DeleteDatabase(database);
    }

    [TestCase("Off")]
    [TestCase("1")]
    [TestCase("Extra")]
    public void Should_refuse_any_other_value_naming_the_allowed_ones(string value)
    {
        var database = CaseFlowFactory.NewDatabasePath();
        using var factory = new CaseFlowFactory(database, new Dictionary<string, string?> { ["CaseFlow:Sqlite:Synchronous"] = value });

        var error = factory.StartupRefusal();

        Assert.That(error.Message, Does.Contain("CaseFlow:Sqlite:Synchronous must be Full").And.Contain("or Normal").And.Contain($"(it is '{value}')"));
        CaseFlowFactory.DeleteDatabase(database);
    }

    [Test]
    public async Task Should_open_the_store_the_verbs_use_with_the_same_setting()
    {
        var database = CaseFlowFactory.NewDatabasePath();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseFlow:Database"] = database,
            ["CaseFlow:Sqlite:Synchronous"] = "Normal",
        }).Build();

        var store = (SqliteCaseStore)Host.Startup.CaseStoreFactory.Create(configuration);

        Assert.That(await store.ConnectionSynchronousAsync(), Is.EqualTo(1));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(database);
    }
}
