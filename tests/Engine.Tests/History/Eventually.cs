namespace CaseFlow.Engine.Tests.History;

/// <summary>Waits for something another thread makes true, failing the test (saying what did not happen) after ten seconds.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"within 10 s, expected: {what}");
            }

            await Task.Delay(5);
        }
    }
}
