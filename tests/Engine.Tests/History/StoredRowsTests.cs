using System.Text;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>The batch verification reads rows into: rows and columns come back as given, whatever the batch had to grow to hold them.</summary>
[TestFixture]
public sealed class StoredRowsTests
{
    [Test]
    public void Rows_MoreAndLargerThanTheBatchWasMadeFor_ComeBackAsGiven()
    {
        var rows = new StoredRows(rows: 2);
        var large = new string('案', 5_000);
        for (var i = 0; i < 10; i++)
        {
            rows.Start(new Guid(i, 0, 0, new byte[8]), i + 1, 100 + i);
            rows.Add(StoredRows.Text.Trigger, $"T{i}");
            rows.Add(StoredRows.Text.Payload, i % 3 == 0 ? large : "{}");
            rows.Add(StoredRows.Text.Supervision, i % 2 == 0 ? "warned" : null);
            rows.Add(StoredRows.Text.Hash, "h"u8);
        }

        Assert.Multiple(() =>
        {
            Assert.That(rows.Count, Is.EqualTo(10));
            for (var i = 0; i < 10; i++)
            {
                var row = rows[i];
                Assert.That((row.CaseId, row.Sequence, row.DefinitionVersion), Is.EqualTo((new Guid(i, 0, 0, new byte[8]), (long)i + 1, 100 + i)));
                Assert.That(Encoding.UTF8.GetString(row.Trigger), Is.EqualTo($"T{i}"));
                Assert.That(Encoding.UTF8.GetString(row.PayloadJson), Is.EqualTo(i % 3 == 0 ? large : "{}"));
                Assert.That(row.HasSupervision, Is.EqualTo(i % 2 == 0), "a column never given reads as null");
                Assert.That(Encoding.UTF8.GetString(row.Supervision), Is.EqualTo(i % 2 == 0 ? "warned" : ""));
                Assert.That(row.Identity.IsEmpty && row.Hash.SequenceEqual("h"u8), Is.True);
            }
        });
    }

    [Test]
    public void Clear_ThenRefill_ShowsOnlyTheNewRows()
    {
        var rows = new StoredRows(rows: 4);
        rows.Start(Guid.NewGuid(), 1, 1);
        rows.Add(StoredRows.Text.Actor, "first");
        rows.Clear();
        rows.Start(Guid.Empty, 2, 1);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Count, Is.EqualTo(1));
            Assert.That(rows[0].Sequence, Is.EqualTo(2));
            Assert.That(rows[0].Actor.IsEmpty, Is.True, "the refilled row does not see the earlier row's columns");
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = rows[1]);
        });
    }

    [Test]
    public void Add_BeforeAnyRowIsStarted_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => new StoredRows().Add(StoredRows.Text.Actor, "nobody"));
}
