using System.Globalization;
using FsCheck;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>
/// The seed the hostile-input suite generates from: fixed, so that CI runs the same inputs every time, and changed with the
/// CASEFLOW_HOSTILE_SEED environment variable to try others. Failures print it, so that a run can be repeated.
/// </summary>
internal static class HostileSeed
{
    public const string Variable = "CASEFLOW_HOSTILE_SEED";

    private const int Default = 14;

    public static int Value => int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Default;

    /// <summary>A random stream of its own for each use, so that one generator's changes leave the others' inputs alone.</summary>
    public static Rnd Stream(int stream) => new((ulong)(uint)Value * 1_000_003UL + (ulong)stream);

    /// <summary>How to run these inputs again.</summary>
    public static string Repeat => $"seed {Value} (run again with {Variable}={Value})";

    /// <summary>"400×812 401×3 …": how many of each.</summary>
    public static string Counts<T>(IEnumerable<T> values)
        where T : notnull =>
        string.Join(" ", values.GroupBy(v => v).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
}
