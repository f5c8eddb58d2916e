using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Definitions;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The calendars table: each new content the next version and current, the current content again nothing, kept across restarts.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreCalendarContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 28, 9, 0, 0, TimeSpan.FromHours(8));

    private ICalendarStore Calendars => (ICalendarStore)Store;

    private static CalendarDraft Draft(string content, string actor = "admin-wang") =>
        new($"hash-of-{content}", content, new PublicationOrigin(PublicationOrigin.AdminApi, actor), Monday);

    [Test]
    public async Task ReadCalendarsAsync_NothingPublished_IsEmpty() =>
        Assert.That(await Calendars.ReadCalendarsAsync(), Is.Empty);

    [Test]
    public async Task PublishCalendarAsync_NewContent_IsTheNextVersion()
    {
        var first = await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));
        var second = await Calendars.PublishCalendarAsync(Draft("{\"v\":2}", "admin-li"));

        var stored = await Calendars.ReadCalendarsAsync();
        Assert.Multiple(() =>
        {
            Assert.That((first.Version.Number, first.Created, second.Version.Number, second.Created), Is.EqualTo((1, true, 2, true)));
            Assert.That(stored.Select(c => (c.Info.Number, c.Content, c.Info.PublishedBy)), Is.EqualTo(new[] { (1, "{\"v\":1}", "admin-wang"), (2, "{\"v\":2}", "admin-li") }));
            Assert.That(stored[1].Info.PublishedAt, Is.EqualTo(Monday));
            Assert.That(stored[1].Info.Source, Is.EqualTo(PublicationOrigin.AdminApi));
        });
    }

    [Test]
    public async Task PublishCalendarAsync_TheCurrentContentAgain_StoresNothing()
    {
        await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));

        var again = await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));

        Assert.That((again.Version.Number, again.Created, (await Calendars.ReadCalendarsAsync()).Count), Is.EqualTo((1, false, 1)));
    }

    [Test]
    public async Task PublishCalendarAsync_AnOlderContentAgain_IsANewVersion()
    {
        await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));
        await Calendars.PublishCalendarAsync(Draft("{\"v\":2}"));

        var back = await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));

        Assert.That((back.Version.Number, back.Created), Is.EqualTo((3, true)), "the latest version is current, so going back is a new one");
    }

    [Test]
    public async Task PublishCalendarAsync_OnlyIfNoneWithAVersionStored_StoresNothing()
    {
        await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));

        var seeded = await Calendars.PublishCalendarAsync(Draft("{\"from\":\"definition\"}"), onlyIfNone: true);

        Assert.That((seeded.Version.Number, seeded.Created, (await Calendars.ReadCalendarsAsync()).Count), Is.EqualTo((1, false, 1)));
    }

    [Test]
    public async Task ReadCalendarsAsync_AfterARestart_ReadsWhatWasPublished()
    {
        await Calendars.PublishCalendarAsync(Draft("{\"v\":1}"));
        var reopened = Subject.Reopen();
        await reopened.InitialiseAsync();

        Assert.That((await ((ICalendarStore)reopened).ReadCalendarsAsync()).Select(c => c.Content), Is.EqualTo(new[] { "{\"v\":1}" }));
    }

    [Test]
    public async Task PublishCalendarAsync_TwoInstancesAtOnce_NumberWithoutClashes()
    {
        var other = Subject.Reopen();
        await other.InitialiseAsync();

        await Task.WhenAll(
            Enumerable.Range(0, 5).Select(i => Calendars.PublishCalendarAsync(Draft($"{{\"a\":{i}}}")))
                .Concat(Enumerable.Range(0, 5).Select(i => ((ICalendarStore)other).PublishCalendarAsync(Draft($"{{\"b\":{i}}}")))));

        Assert.That((await Calendars.ReadCalendarsAsync()).Select(c => c.Info.Number), Is.EqualTo(Enumerable.Range(1, 10)));
    }
}
