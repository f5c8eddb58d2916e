using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>How a contract read off the wire becomes an engine command, whatever nulls the wire put where C# allows none.</summary>
public class CommandMapperTests
{
    [Test]
    public void ToCaseCommand_NullActorFromTheWire_ClaimsNoPosition()
    {
        var command = CommandMapper.ToCaseCommand(new RegisterCase { CaseId = Guid.NewGuid(), Actor = null! }, Guid.NewGuid());

        Assert.That(command.Actor, Is.Empty);
    }

    [Test]
    public void ToCaseCommand_NullActorOnASubmission_ClaimsNoPosition()
    {
        var command = CommandMapper.ToCaseCommand(new SubmitCase { ClientKey = "k", Actor = null! }, Guid.NewGuid());

        Assert.That(command.Actor, Is.Empty);
    }

    /// <summary>The engine needs each name a contract maps to: the shipped definition must declare it (or it is a submission).</summary>
    [TestCaseSource(typeof(CommandMapper), nameof(CommandMapper.CommandTypes))]
    public void ToCaseCommand_EveryContract_FiresATriggerTheShippedDefinitionDeclares(Type contract)
    {
        var declared = WorkflowsFile.Definition.Definition.Workflows.SelectMany(w => w.Transitions).Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);

        var command = CommandMapper.ToCaseCommand(Activator.CreateInstance(contract)!, Guid.NewGuid());

        Assert.That(command.Trigger == Triggers.Submit || declared.Contains(command.Trigger), Is.True, $"{contract.Name} maps to '{command.Trigger}', which workflows.json does not declare");
    }
}
