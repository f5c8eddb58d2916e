namespace CaseFlow.Host.Cli;

/// <summary>
/// The configuration settings on a command line (<c>--CaseFlow:Database=caseflow.db</c>, <c>--urls http://…</c>), taken out before
/// the verbs' own options are parsed, so that every verb accepts the service's settings and no verb mistakes one for its own.
/// </summary>
internal static class CommandLineSettings
{
    /// <summary>The host's own settings, which have no section; every other setting names one (<c>Section:Key</c>).</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase) { "urls", "environment", "contentRoot", "applicationName" };

    /// <summary>
    /// Settings whose value is a file: typed on a command line, a relative path is taken from the folder it was typed in, even under
    /// <c>dotnet run</c> (which starts the service in the project's folder).
    /// </summary>
    private static readonly HashSet<string> PathKeys = new(StringComparer.OrdinalIgnoreCase) { "CaseFlow:Database", "CaseFlow:Definition", "CaseFlow:PersonalData:KeyFile" };

    /// <summary>The settings as <c>--Key=value</c>, the rest for the verbs' parser, or what is wrong.</summary>
    public static (string[] Settings, string[] Others, string? Problem) Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                rest.AddRange(args.Skip(i));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || !IsSetting(arg, Name(arg)))
            {
                rest.Add(arg);
                continue;
            }

            var name = Name(arg);
            string value;
            if (arg.Length > name.Length + 2)
            {
                value = arg[(name.Length + 3)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return ([], [], $"the setting --{name} needs a value, e.g. --{name}=VALUE");
            }

            settings.Add($"--{name}={(PathKeys.Contains(name) && value.Length > 0 ? Path.GetFullPath(value, InvocationDirectory()) : value)}");
        }

        return ([.. settings], [.. rest], null);
    }

    /// <summary>The shell's directory (its PWD, which <c>dotnet run</c> leaves alone), else the working directory.</summary>
    public static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathFullyQualified(shell) && Directory.Exists(shell)
            ? shell
            : Environment.CurrentDirectory;

    private static string Name(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? arg[2..] : arg[2..equals];
    }

    /// <summary>
    /// A configuration key: one naming a section (<c>CaseFlow:Database</c>), a host setting, or with a value attached and a capital
    /// first letter (<c>--Logging=</c>, as a test host passes its configuration) — verbs' own options are all lower case.
    /// </summary>
    private static bool IsSetting(string arg, string name) =>
        name.Length > 0 && (name.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(name) || (char.IsUpper(name[0]) && arg.Contains('=', StringComparison.Ordinal)));
}
