using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Audit;

namespace CaseFlow.Engine.Tests.History;

/// <summary>What every store does with local accounts and the disclosures of personal data, run against each kind.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class AccountStoreContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    private IAccountStore Accounts => (IAccountStore)Store;

    private IDisclosureLog Disclosures => (IDisclosureLog)Store;

    [Test]
    public async Task AddAccountAsync_ThenFindAccountAsync_KeepsEveryField()
    {
        var account = Account("wang", ["office:demolition-office", "commandRoom"], [AccountRoles.Auditor]);

        var added = await Accounts.AddAccountAsync(account);
        var found = await Accounts.FindAccountAsync("wang");

        Assert.Multiple(() =>
        {
            Assert.That(added, Is.True);
            Assert.That(found, Is.EqualTo(account).UsingPropertiesComparer());
        });
    }

    [Test]
    public async Task AddAccountAsync_NameTaken_ReturnsFalseAndKeepsTheFirst()
    {
        await Accounts.AddAccountAsync(Account("wang", ["commandRoom"], []));

        var again = await Accounts.AddAccountAsync(Account("wang", ["office:demolition-office"], [AccountRoles.Administrator]));
        var found = await Accounts.FindAccountAsync("wang");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.False);
            Assert.That(found!.Positions, Is.EqualTo(new[] { "commandRoom" }));
            Assert.That(found.Roles, Is.Empty);
        });
    }

    [Test]
    public async Task UpdateAccountAsync_ChangesWhatMayChangeButNotWhenItWasCreated()
    {
        var account = Account("li", ["leader:deputy-secretary"], []);
        await Accounts.AddAccountAsync(account);
        var changed = account with { PasswordHash = "other-hash", Disabled = true, Roles = [AccountRoles.Administrator], ChangedAt = Monday.AddDays(2), CreatedAt = Monday.AddDays(5) };

        var updated = await Accounts.UpdateAccountAsync(changed);
        var missing = await Accounts.UpdateAccountAsync(Account("nobody", [], []));
        var found = await Accounts.FindAccountAsync("li");

        Assert.Multiple(() =>
        {
            Assert.That(updated, Is.True);
            Assert.That(missing, Is.False);
            Assert.That(found, Is.EqualTo(changed with { CreatedAt = Monday }).UsingPropertiesComparer());
        });
    }

    [Test]
    public async Task FindAccountAsync_IsExact()
    {
        await Accounts.AddAccountAsync(Account("Wang", ["commandRoom"], []));

        Assert.Multiple(async () =>
        {
            Assert.That(await Accounts.FindAccountAsync("wang"), Is.Null);
            Assert.That(await Accounts.FindAccountAsync("Wang "), Is.Null);
            Assert.That(await Accounts.FindAccountAsync("Wang"), Is.Not.Null);
        });
    }

    [Test]
    public async Task ListAccountsAsync_ListsEveryAccountByName()
    {
        await Accounts.AddAccountAsync(Account("zhao", [], [AccountRoles.Auditor]));
        await Accounts.AddAccountAsync(Account("li", ["commandRoom"], []));

        var names = (await Accounts.ListAccountsAsync()).Select(a => a.UserName);

        Assert.That(names, Is.EqualTo(new[] { "li", "zhao" }));
    }

    [Test]
    public async Task RecordDisclosureAsync_ThenList_KeepsEveryFieldWithinThePeriod()
    {
        var caseId = Guid.NewGuid();
        var ofCase = new Disclosure { At = Monday, Auditor = "审计员-王", What = "export", CaseId = caseId, Reason = "信访复核 2026-118" };
        var ofPeriod = new Disclosure { At = Monday.AddHours(1), Auditor = "zhao", What = "export", From = Monday.AddDays(-30), To = Monday, Reason = "月度抽查" };
        var later = new Disclosure { At = Monday.AddDays(3), Auditor = "zhao", What = "replay", CaseId = caseId, Reason = "复核" };
        foreach (var disclosure in new[] { later, ofCase, ofPeriod })
        {
            await Disclosures.RecordDisclosureAsync(disclosure);
        }

        var listed = await Disclosures.ListDisclosuresAsync(Monday, Monday.AddDays(1), 100);

        Assert.That(listed.Select(d => d with { Seq = null }), Is.EqualTo(new[] { ofCase, ofPeriod }).UsingPropertiesComparer());
    }

    private static Account Account(string name, string[] positions, string[] roles) => new()
    {
        UserName = name,
        PasswordHash = "AQAAAAIAAYagAAAAE-hash-of-" + name,
        Positions = positions,
        Roles = roles,
        CreatedAt = Monday,
        ChangedAt = Monday,
    };
}
