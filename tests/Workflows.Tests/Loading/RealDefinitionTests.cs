using System.Security.Cryptography;
using System.Text;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Loading;

/// <summary>The real workflows.json loads without errors and declares the township the policy describes.</summary>
public class RealDefinitionTests
{
    private static readonly string[] FourPlatforms = ["governance", "enforcement", "market", "services"];
    private static readonly string[] SixWorkflows = ["receive", "dispatch", "handle", "supervise", "feedback", "assess"];

    private static TownshipDefinition Definition => DefinitionLoader.LoadFile(RepositoryFiles.DefinitionPath).Definition!;

    [Test]
    public void LoadFile_RealDefinition_HasNoErrors()
    {
        var result = DefinitionLoader.LoadFile(RepositoryFiles.DefinitionPath);

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void LoadFile_RealDefinition_HasAtLeastTwentyCategories() =>
        Assert.That(Definition.Categories, Has.Count.GreaterThanOrEqualTo(20));

    [Test]
    public void LoadFile_RealDefinition_HasCategoriesOnAllFourPlatforms() =>
        Assert.That(Definition.Categories.Select(c => c.Platform).Distinct(), Is.EquivalentTo(FourPlatforms));

    [Test]
    public void LoadFile_RealDefinition_HasCategoriesInScopeAndForTheCounty() =>
        Assert.That(Definition.Categories.Select(c => c.Jurisdiction).Distinct(), Is.EquivalentTo(new[] { Jurisdictions.Township, Jurisdictions.County }));

    [Test]
    public void LoadFile_RealDefinition_HasSixVillages() =>
        Assert.That(Definition.Organisation.Villages, Has.Count.EqualTo(6));

    [Test]
    public void LoadFile_RealDefinition_HasNineGrids() =>
        Assert.That(Definition.Organisation.Grids, Has.Count.EqualTo(9));

    [Test]
    public void LoadFile_RealDefinition_HasOneDistinctMemberPerGrid()
    {
        var members = Definition.Organisation.Grids.Select(g => g.Member.Id).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(members, Has.Count.EqualTo(9));
            Assert.That(members, Has.None.Empty);
            Assert.That(members, Is.Unique);
        }
    }

    [Test]
    public void LoadFile_RealDefinition_HasTheSixClosedLoopWorkflows() =>
        Assert.That(Definition.Workflows.Select(w => w.Id), Is.EquivalentTo(SixWorkflows));

    [Test]
    public void LoadFile_RealDefinition_CountsDeadlinesInShanghaiTime() =>
        Assert.That(Definition.Calendar!.TimeZone, Is.EqualTo("Asia/Shanghai"));

    [TestCase(2025, "国办发明电〔2024〕12号")]
    [TestCase(2026, "2026年部分节假日安排的通知（2025年11月4日")]
    public void LoadFile_RealDefinition_DeclaresTheYearsHolidaysNamingTheirNotice(int year, string notice)
    {
        var declared = Definition.Calendar!.Years.SingleOrDefault(y => y.Year == year);

        Assert.That(declared, Is.Not.Null, $"the calendar does not declare {year}");
        Assert.That(declared!.Source, Does.Contain(notice));
        Assert.That(declared.Holidays.Select(h => h.Name), Has.Some.Contains("春节").And.Some.Contains("国庆"));
    }

    [Test]
    public void LoadFile_RealDefinition_GivesEveryCategoryAnUrgentDeadline() =>
        Assert.That(Definition.Categories.Where(c => c.UrgentDeadline is null).Select(c => c.Id), Is.Empty);

    [Test]
    public void LoadFile_RealDefinition_SaysWhoMayFireEveryTransition()
    {
        var undeclared = Definition.Workflows.SelectMany(w => w.Transitions.Where(t => t.By.Count == 0).Select(t => $"{w.Id}: {t.From} --{t.Trigger}--> {t.To}"));

        Assert.That(undeclared, Is.Empty);
        Assert.That(DefinitionLoader.LoadFile(RepositoryFiles.DefinitionPath).Errors, Is.Empty);
    }

    [Test]
    public void LoadFile_RealDefinition_LeavesSupervisionStepsToTheTimerPumpAlone()
    {
        var timed = new[] { "Warn", "MarkOverdue", "Escalate", "UrgeSignFor", "EscalateSignFor", "UrgeCounty", "FlagCallbackOverdue" };
        var transitions = Definition.Workflows.SelectMany(w => w.Transitions).Where(t => timed.Contains(t.Trigger)).ToList();

        Assert.That(transitions, Has.Count.GreaterThanOrEqualTo(timed.Length));
        Assert.That(transitions.Select(t => string.Join(",", t.By)), Has.All.EqualTo("system"));
    }

    [Test]
    public void LoadFile_RealDefinition_LetsGridMembersAndIntakeSystemsSubmitAndDeclaresTheSystems()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Definition.SubmittedBy, Does.Contain("gridMember").And.Contain("intakeSystem").And.Contain("commandRoom"));
            Assert.That(Definition.Organisation.Systems.Select(s => s.Role), Does.Contain("county").And.Contain("intake"));
        }
    }

    [Test]
    public void Parse_AnyText_HashesItsUtf8BytesWithSha256()
    {
        var text = RepositoryFiles.Definition;

        var hash = DefinitionLoader.Parse(text).ContentHash;

        Assert.That(hash, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))));
    }

    [Test]
    public void Parse_TextChangedOnlyInWhitespace_HasAnotherContentHash() =>
        Assert.That(DefinitionLoader.Parse(RepositoryFiles.Definition + "\n").ContentHash, Is.Not.EqualTo(DefinitionLoader.Parse(RepositoryFiles.Definition).ContentHash));
}
