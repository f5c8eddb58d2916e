using CaseFlow.Contracts.Commands;
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
}
