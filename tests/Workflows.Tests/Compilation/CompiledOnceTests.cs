using System.Collections.Concurrent;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Tests.Conditions;

namespace CaseFlow.Workflows.Tests.Compilation;

/// <summary>
/// Each workflow's Stateless machine is configured once per compiled definition version and fired with the facts of each call:
/// never rebuilt per question, and never answering one caller with another caller's state or facts.
/// </summary>
public class CompiledOnceTests
{
    /// <summary>A definition of its own, so that the machines counted are the ones these tests built.</summary>
    private static CompiledDefinition Fresh() => CompiledDefinition.LoadFile(RepositoryFiles.DefinitionPath);

    [Test]
    public void MachinesBuilt_BeforeAnyQuestion_IsZero() =>
        Assert.That(Fresh().Workflows["dispatch"].MachinesBuilt, Is.Zero, "compiling configures no machine until one is asked");

    [Test]
    public void Fire_ManyQuestionsOneAfterAnother_BuildsOneMachine()
    {
        var dispatch = Fresh().Workflows["dispatch"];
        for (var i = 0; i < 20; i++)
        {
            dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse($"coHandlers={i % 3}"));
            dispatch.Fire("AwaitingDispatch", "SignFor", DictionaryFacts.Parse(""));
            dispatch.Fire("NoSuchState", "SignFor", DictionaryFacts.Parse(""));
            dispatch.PermittedTriggers("CountyAssigned", DictionaryFacts.Parse(""));
            dispatch.ToMermaid();
            dispatch.ToDot();
        }

        Assert.That(dispatch.MachinesBuilt, Is.EqualTo(1), "one caller at a time needs one machine, configured once");
    }

    [Test]
    public void Fire_OneDefinition_BuildsOneMachinePerWorkflowAsked()
    {
        var definition = Fresh();
        definition.Workflows["handle"].Fire("Accepted", "Complete", DictionaryFacts.Parse("pendingCoHandlers=0"));
        definition.Workflows["handle"].Fire("Accepted", "Complete", DictionaryFacts.Parse("pendingCoHandlers=1"));
        definition.Workflows["receive"].PermittedTriggers("Submitted", DictionaryFacts.Parse(""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(definition.Workflows["handle"].MachinesBuilt, Is.EqualTo(1));
            Assert.That(definition.Workflows["receive"].MachinesBuilt, Is.EqualTo(1));
            Assert.That(definition.Workflows["dispatch"].MachinesBuilt, Is.Zero, "a workflow nobody asked builds nothing");
        }
    }

    [Test]
    public void Fire_SameMachineAskedWithDifferentFacts_EachAnswerReadsItsOwnFacts()
    {
        var dispatch = Fresh().Workflows["dispatch"];

        var alone = dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse("coHandlers=0"));
        var jointly = dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse("coHandlers=2"));
        var aloneAgain = dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse("coHandlers=0"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(alone.Transition?.To, Is.EqualTo("AssignedToOffice"));
            Assert.That(jointly.Transition?.To, Is.EqualTo("JointHandling"));
            Assert.That(aloneAgain.Transition?.To, Is.EqualTo("AssignedToOffice"), "the facts of an earlier call must not stick to the machine");
            Assert.That(dispatch.MachinesBuilt, Is.EqualTo(1));
        }
    }

    [Test]
    public void Fire_AfterAMove_NextQuestionStartsFromTheStateItNames()
    {
        var dispatch = Fresh().Workflows["dispatch"];

        var signed = dispatch.Fire("AssignedToOffice", "SignFor", DictionaryFacts.Parse(""));
        var again = dispatch.Fire("AssignedToOffice", "SignFor", DictionaryFacts.Parse(""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(signed.Transition?.To, Is.EqualTo("SignedFor"));
            Assert.That(again.Transition?.To, Is.EqualTo("SignedFor"), "the machine's own state after the first move must not answer the second question");
        }
    }

    [Test]
    public void Fire_UndeclaredState_IsRefusedAndLeavesTheDiagramUntouched()
    {
        var dispatch = Fresh().Workflows["dispatch"];

        var outcome = dispatch.Fire("NoSuchState", "SignFor", DictionaryFacts.Parse(""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Refusal, Is.EqualTo("'SignFor' cannot be applied in dispatch.NoSuchState: it is not permitted there; permitted now: nothing"));
            Assert.That(dispatch.PermittedTriggers("NoSuchState", DictionaryFacts.Parse("")), Is.Empty);
            Assert.That(dispatch.ToMermaid(), Does.Not.Contain("NoSuchState"), "a state only asked about must not join the shared machine");
        }
    }

    [Test]
    public void Fire_ManyThreadsOnDifferentStatesAndFacts_EachGetsItsOwnAnswer()
    {
        const int Threads = 8;
        const int Rounds = 400;
        var definition = Fresh();
        var dispatch = definition.Workflows["dispatch"];
        var handle = definition.Workflows["handle"];
        // Each question with the answer the definition gives it: a move (the state reached) or a refusal (its text).
        var questions = new (string Name, Func<string> Ask, string Expected)[]
        {
            ("assign alone", () => Answer(dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse("coHandlers=0"))), "AssignedToOffice"),
            ("assign jointly", () => Answer(dispatch.Fire("AssignedToPlatform", "Assign", DictionaryFacts.Parse("coHandlers=2"))), "JointHandling"),
            ("sign for", () => Answer(dispatch.Fire("AssignedToOffice", "SignFor", DictionaryFacts.Parse(""))), "SignedFor"),
            ("county urge (re-entry)", () => Answer(dispatch.Fire("CountyAssigned", "CountyUrge", DictionaryFacts.Parse(""))), "CountyAssigned"),
            ("sign for too early", () => Answer(dispatch.Fire("AwaitingDispatch", "SignFor", DictionaryFacts.Parse(""))),
                "'SignFor' cannot be applied in dispatch.AwaitingDispatch: it is not permitted there; permitted now: Dispatch, EscalateToCounty"),
            ("complete with co-handlers pending", () => Answer(handle.Fire("Accepted", "Complete", DictionaryFacts.Parse("pendingCoHandlers=1"))),
                "'Complete' cannot be applied in handle.Accepted: its condition is not met (pendingCoHandlers == 0); permitted now: ReportCoHandling, ReportProgress, Return"),
            ("complete with none pending", () => Answer(handle.Fire("Accepted", "Complete", DictionaryFacts.Parse("pendingCoHandlers=0"))), "Completed"),
            ("permitted, co-handlers known", () => string.Join(",", dispatch.PermittedTriggers("AssignedToPlatform", DictionaryFacts.Parse("coHandlers=0"))), "Assign,Return"),
            ("permitted, co-handlers unknown", () => string.Join(",", dispatch.PermittedTriggers("AssignedToPlatform", DictionaryFacts.Parse(""))), "Return"),
        };
        var wrong = new ConcurrentQueue<string>();
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var round = 0; round < Rounds; round++)
                {
                    // Threads walk the questions from different places, so different states and facts are asked at the same time.
                    var (name, ask, expected) = questions[(round + thread) % questions.Length];
                    if (ask() is var answer && answer != expected)
                    {
                        wrong.Enqueue($"thread {thread}, round {round}, {name}: expected '{expected}', got '{answer}'");
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        Task.WaitAll(workers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(dispatch.MachinesBuilt, Is.InRange(1, Threads), "at most one machine per caller running at once");
            Assert.That(handle.MachinesBuilt, Is.InRange(1, Threads), "at most one machine per caller running at once");
        }
    }

    private static string Answer(FireOutcome outcome) => outcome.Transition?.To ?? outcome.Refusal!;
}
