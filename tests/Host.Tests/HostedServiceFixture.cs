namespace CaseFlow.Host.Tests;

/// <summary>A fixture that hosts the real service once, on a SQLite file of its own, and removes both afterwards.</summary>
public abstract class HostedServiceFixture
{
    private string _database = "";

    protected CaseFlowFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Settings beyond the database and definition, for fixtures that need them.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public void StartService()
    {
        _database = CaseFlowFactory.NewDatabasePath();
        Factory = new CaseFlowFactory(_database, Settings);
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        CaseFlowFactory.DeleteDatabase(_database);
    }
}
