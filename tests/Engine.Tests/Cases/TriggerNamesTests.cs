using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Tests.History;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>A command name as a caller writes it in a URL, read against the definition a case is on.</summary>
public class TriggerNamesTests
{
    private StoreUnderTest _subject = null!;
    private DefinitionRegistry _registry = null!;
    private TriggerNames _names = null!;

    [SetUp]
    public async Task Open()
    {
        _subject = await StoreUnderTest.CreateAsync(StoreUnderTest.Sqlite);
        _registry = new DefinitionRegistry(_subject.Definitions);
        await _registry.PublishAsync(DefinitionText.Real, WorkflowsFile.Path);
        _names = new TriggerNames(_subject.Store, _registry);
    }

    [TearDown]
    public async Task Close()
    {
        _registry?.Dispose();
        if (_subject is { } subject)
        {
            await subject.DisposeAsync();
        }
    }

    [TestCase("SignFor")]
    [TestCase("signfor")]
    [TestCase("sign-for")]
    [TestCase("SIGN_FOR")]
    public async Task ResolveAsync_WrittenAnyWay_NamesTheDefinitionsTrigger(string written)
    {
        var resolved = await _names.ResolveAsync(Guid.NewGuid(), written);

        Assert.That(resolved, Is.EqualTo(new TriggerName("SignFor", null)));
    }

    [Test]
    public async Task ResolveAsync_NotATrigger_RefusesListingTheCommands()
    {
        var resolved = await _names.ResolveAsync(Guid.NewGuid(), "fly-away");

        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.Null);
            Assert.That(resolved.Refusal, Does.StartWith("'fly-away' is not a command; commands are: ").And.Contain("SignFor").And.Contain("DecideExtension"));
        });
    }
}
