using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CaseFlow.Host.Cli;

/// <summary>The kinds of option several verbs share, declared once with their help and their parsing.</summary>
internal static class CliOptions
{
    /// <summary>An option whose value must be one of <paramref name="values"/>; the first is the default.</summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0], HelpName = string.Join('|', values) };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>An instant such as 2026-05-01 or 2026-05-01T09:00:00+08:00 (UTC when no offset is written).</summary>
    public static Option<DateTimeOffset?> Instant(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "INSTANT",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant;
            }

            result.AddError($"{name} '{text}' is not an instant; write it as 2026-05-01 or 2026-05-01T09:00:00+08:00");
            return null;
        },
    };

    /// <summary>A case id, a GUID such as 3f2b…; a clear error otherwise.</summary>
    public static Argument<Guid> CaseId(string description) => new("CASE-ID")
    {
        Description = description,
        CustomParser = GuidOf,
    };

    /// <summary>A file path, taken from the folder the command was typed in (even under <c>dotnet run</c>).</summary>
    public static string FromInvocation(string path) => Path.GetFullPath(path, CommandLineSettings.InvocationDirectory());

    private static Guid GuidOf(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        result.AddError($"'{text}' is not a case id; a case id is a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e (GET /cases lists them)");
        return Guid.Empty;
    }
}
