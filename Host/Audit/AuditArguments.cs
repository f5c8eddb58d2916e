namespace CaseFlow.Host.Audit;

/// <summary>The audit verbs' own flags, separated from configuration arguments (--CaseFlow:Database=… and the like).</summary>
internal sealed class AuditArguments
{
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--format", "--output", "--case", "--from", "--to", "--auditor", "--reason", "--at", "--by" };
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "--personal-data" };

    private AuditArguments(Dictionary<string, string> values, HashSet<string> switches, List<string> positional, string[] rest)
    {
        Values = values;
        On = switches;
        Positional = positional;
        Rest = rest;
    }

    public Dictionary<string, string> Values { get; }

    public HashSet<string> On { get; }

    public List<string> Positional { get; }

    /// <summary>Everything else, for the host's configuration.</summary>
    public string[] Rest { get; }

    public string? this[string flag] => Values.GetValueOrDefault(flag);

    /// <summary>The arguments, or null after saying on <paramref name="errors"/> what is wrong with them.</summary>
    public static AuditArguments? ParseOrSay(string[] args, TextWriter errors)
    {
        try
        {
            return Parse(args);
        }
        catch (ArgumentException e)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }

    private static AuditArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var switches = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Valued.Contains(args[i]))
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{args[i]} needs a value");
                }

                values[args[i]] = args[++i];
            }
            else if (Switches.Contains(args[i]))
            {
                switches.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new AuditArguments(values, switches, positional, [.. rest]);
    }
}
