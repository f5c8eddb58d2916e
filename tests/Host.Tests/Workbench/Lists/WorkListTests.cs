using CaseFlow.Host.Workbench.Lists;

namespace CaseFlow.Host.Tests.Workbench.Lists;

public sealed class WorkListTests
{
    [TestCase("todo:SignFor@dispatch.AssignedToOffice")]
    [TestCase("due-soon")]
    [TestCase("overdue")]
    [TestCase("escalated")]
    [TestCase("in-hand")]
    public void Parse_AListsOwnId_GivesTheListBack(string id)
    {
        Assert.That(WorkList.Parse(id)?.Id, Is.EqualTo(id));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("todo:")]
    [TestCase("todo:SignFor")]
    [TestCase("todo:SignFor@")]
    [TestCase("todo:@dispatch.AssignedToOffice")]
    [TestCase("everything")]
    public void Parse_SomethingElse_IsNull(string? id)
    {
        Assert.That(WorkList.Parse(id), Is.Null);
    }

    [Test]
    public void Parse_AToDoList_ReadsItsTriggerAndState()
    {
        var list = WorkList.Parse("todo:Dispatch@dispatch.Returned");

        Assert.That(list, Is.EqualTo(new WorkList(WorkListKind.ToDo, "Dispatch", "dispatch.Returned")));
    }
}
