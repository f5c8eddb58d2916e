namespace CaseFlow.Host.Identity;

/// <summary>The user verb's command line: the action and name, its own flags, and the rest for the configuration (<c>--CaseFlow:Database=…</c>).</summary>
internal sealed class UserArguments
{
    private static readonly HashSet<string> Valued = new(StringComparer.Ordinal) { "--position", "--role" };
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "--password-stdin", "--help", "-h" };

    private UserArguments(List<string> positional, List<string> positions, List<string> roles, HashSet<string> switches, string[] rest)
    {
        Positional = positional;
        Positions = positions;
        Roles = roles;
        On = switches;
        Rest = rest;
    }

    /// <summary>The action and the user name, as given.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Every <c>--position</c>.</summary>
    public IReadOnlyList<string> Positions { get; }

    /// <summary>Every <c>--role</c>.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The switches given.</summary>
    public IReadOnlySet<string> On { get; }

    /// <summary>Everything else, for the configuration.</summary>
    public string[] Rest { get; }

    /// <summary>True when help was asked for.</summary>
    public bool Help => On.Contains("--help") || On.Contains("-h");

    /// <summary>Reads the command line; a flag without its value is an <see cref="ArgumentException"/> saying so.</summary>
    public static UserArguments Parse(string[] args)
    {
        var positional = new List<string>();
        var positions = new List<string>();
        var roles = new List<string>();
        var switches = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Valued.Contains(args[i]))
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{args[i]} needs a value, e.g. {args[i]} {(args[i] == "--role" ? "auditor" : "office:demolition-office")}");
                }

                (args[i] == "--role" ? roles : positions).Add(args[++i]);
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

        return new UserArguments(positional, positions, roles, switches, [.. rest]);
    }
}
