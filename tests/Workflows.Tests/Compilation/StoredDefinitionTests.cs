using System.Text.Json.Nodes;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Tests.Conditions;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>A version published before permissions were declared still loads, and takes who may act from the current version.</summary>
public class StoredDefinitionTests
{
    private static CompiledDefinition Current => RealWorkflows.Definition;

    [Test]
    public void Parse_VersionPublishedBeforePermissions_IsRefusedByTheSchema()
    {
        var result = DefinitionLoader.Parse(BeforePermissions());

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains("\"by\"").And.Some.Contains("\"submittedBy\""));
    }

    [Test]
    public void Stored_VersionPublishedBeforePermissions_LoadsWithoutThemAndKeepsTheHashOfItsText()
    {
        var text = BeforePermissions();

        var stored = CompiledDefinition.Stored(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.ContentHash, Is.EqualTo(DefinitionLoader.ContentHash(text)));
            Assert.That(stored.DeclaresPermissions, Is.False);
            Assert.That(stored.Definition.SubmittedBy, Is.Empty);
            Assert.That(stored.Definition.Organisation.Systems, Is.Empty);
            Assert.That(stored.Workflows.Keys, Is.EquivalentTo(Current.Workflows.Keys));
        }
    }

    [Test]
    public void Stored_TextThatIsNotADefinition_ThrowsSayingWhere()
    {
        Assert.That(() => CompiledDefinition.Stored("{\"workflows\": 3}"),
            Throws.TypeOf<InvalidDefinitionException>().With.Message.Contains("stored definition").And.Message.Contains("$.workflows"));
    }

    [Test]
    public void InheritPermissions_VersionPublishedBeforePermissions_TakesEveryTransitionsRolesFromTheSameTransitionToday()
    {
        var text = BeforePermissions();

        var inherited = CompiledDefinition.Stored(text).InheritPermissions(Current);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inherited.DeclaresPermissions, Is.True);
            Assert.That(Roles(inherited), Is.EqualTo(Roles(Current)));
            Assert.That(inherited.Definition.SubmittedBy, Is.EqualTo(Current.Definition.SubmittedBy));
            Assert.That(inherited.Definition.Organisation.Systems, Is.EqualTo(Current.Definition.Organisation.Systems));
            Assert.That(inherited.ContentHash, Is.EqualTo(DefinitionLoader.ContentHash(text)), "the version is still the stored one");
        }
    }

    [Test]
    public void InheritPermissions_TransitionGoneToday_TakesTheRolesOfItsTriggerInTheSameWorkflow()
    {
        // Today dispatch's Return is the coordinator's from AssignedToPlatform and the lead office's from AssignedToOffice and JointHandling.
        var stored = CompiledDefinition.Stored(BeforePermissions(root => AddTransition(root, 1, "AwaitingDispatch", "Return", "Returned")));

        var inherited = stored.InheritPermissions(Current);

        Assert.That(By(inherited, "dispatch", "AwaitingDispatch", "Return", "Returned"), Is.EqualTo("platformCoordinator, leadOffice"));
        Assert.That(By(inherited, "dispatch", "AssignedToPlatform", "Return", "Returned"), Is.EqualTo("platformCoordinator"), "an exact match comes first");
    }

    [Test]
    public void InheritPermissions_WorkflowRenamedSince_TakesTheRolesOfTheTriggerInAnyWorkflow()
    {
        var stored = CompiledDefinition.Stored(BeforePermissions(root => root["workflows"]![2]!["id"] = "handling"));

        var inherited = stored.InheritPermissions(Current);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(By(inherited, "handling", "InProgress", "RequestExtension", "ExtensionRequested"), Is.EqualTo("leadOffice"));
            Assert.That(By(inherited, "handling", "ExtensionRequested", "DecideExtension", "Extended"), Is.EqualTo("platformCoordinator"));
            Assert.That(By(inherited, "handling", "Accepted", "Return", "Returned"), Is.EqualTo("platformCoordinator, leadOffice"), "dispatch's and handle's Return together");
        }
    }

    [Test]
    public void InheritPermissions_TriggerNoWorkflowHasToday_LeavesNobodyToFireIt()
    {
        var stored = CompiledDefinition.Stored(BeforePermissions(root => AddTransition(root, 2, "InProgress", "Suspend", "Extended")));

        var inherited = stored.InheritPermissions(Current);

        Assert.That(By(inherited, "handle", "InProgress", "Suspend", "Extended"), Is.Empty);
        Assert.That(inherited.DeclaresPermissions, Is.False);
    }

    [Test]
    public void InheritPermissions_TransitionThatDeclaresItsRoles_KeepsThem()
    {
        var stored = CompiledDefinition.Stored(BeforePermissions(root => root["workflows"]![1]!["transitions"]![4]!["by"] = new JsonArray("commandRoom")));

        var inherited = stored.InheritPermissions(Current);

        Assert.That(By(inherited, "dispatch", "AssignedToPlatform", "Return", "Returned"), Is.EqualTo("commandRoom"));
        Assert.That(By(Current, "dispatch", "AssignedToPlatform", "Return", "Returned"), Is.Not.EqualTo("commandRoom"), "the test must differ from today");
    }

    [Test]
    public void InheritPermissions_VersionThatDeclaresEverything_IsItself()
    {
        var stored = CompiledDefinition.Stored(RepositoryFiles.Definition);

        Assert.That(stored.InheritPermissions(Current), Is.SameAs(stored));
        Assert.That(stored.DeclaresPermissions, Is.True);
    }

    [Test]
    public void InheritPermissions_StoredMachines_StillFireAsBefore()
    {
        var inherited = CompiledDefinition.Stored(BeforePermissions()).InheritPermissions(Current);

        var outcome = inherited.Workflows["dispatch"].Fire("AssignedToOffice", "SignFor", DictionaryFacts.Parse(""));

        Assert.That(outcome.Transition?.By, Is.EqualTo(new List<string> { "leadOffice" }));
    }

    /// <summary>The real definition as it was before permissions: no "by", "submittedBy" or systems; optionally changed further.</summary>
    private static string BeforePermissions(Action<JsonObject>? change = null)
    {
        var root = JsonNode.Parse(RepositoryFiles.Definition)!.AsObject();
        root.Remove("submittedBy");
        root["organisation"]!.AsObject().Remove("systems");
        foreach (var transition in root["workflows"]!.AsArray().SelectMany(w => w!["transitions"]!.AsArray()))
        {
            transition!.AsObject().Remove("by");
        }

        change?.Invoke(root);
        return root.ToJsonString();
    }

    private static void AddTransition(JsonObject root, int workflow, string from, string trigger, string to) =>
        root["workflows"]![workflow]!["transitions"]!.AsArray().Add(new JsonObject { ["from"] = from, ["trigger"] = trigger, ["to"] = to });

    /// <summary>Who may fire the transition, as the definition lists them.</summary>
    private static string By(CompiledDefinition definition, string workflow, string from, string trigger, string to) =>
        string.Join(", ", definition.Workflows[workflow].Definition.Transitions.Single(t => t.From == from && t.Trigger == trigger && t.To == to).By);

    private static List<string> Roles(CompiledDefinition definition) =>
        definition.Definition.Workflows.SelectMany(w => w.Transitions.Select(t => $"{w.Id}: {t.From} --{t.Trigger}--> {t.To} by {string.Join(", ", t.By)}")).ToList();
}
