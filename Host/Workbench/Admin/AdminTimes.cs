using System.Globalization;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>Times on the administrators' pages, in the township's time zone (the definition's calendar) to the minute.</summary>
internal static class AdminTimes
{
    public static string Show(DateTimeOffset at, CompiledDefinition definition) =>
        (definition.Calendar?.Local(at) ?? at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
