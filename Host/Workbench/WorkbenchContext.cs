using System.Globalization;
using CaseFlow.Engine.Accounts;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Identity;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench;

/// <summary>
/// What every workbench page knows of its request: who is signed in (never taken from a form), the positions of the current
/// organisation they hold, their roles, the current definition and the names to show for its ids in the request's language.
/// </summary>
public sealed class WorkbenchContext(IHttpContextAccessor accessor, DefinitionRegistry definitions)
{
    private CompiledDefinition? _definition;
    private Names? _names;

    /// <summary>The signed-in person, or null on the sign-in page.</summary>
    public Caller? Caller => Caller.From(Http.User);

    /// <summary>The current definition.</summary>
    public CompiledDefinition Definition => _definition ??= definitions.Current;

    /// <summary>True when the page speaks Chinese (the default), false for English.</summary>
    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>Names for the definition's ids, in the page's language.</summary>
    public Names Names => _names ??= new Names(Definition, Chinese);

    /// <summary>The positions the signed-in person holds that the current organisation declares.</summary>
    public IReadOnlyList<Position> Positions => Caller is { } caller ? ActingPosition.Held(caller, Definition) : [];

    /// <summary>True when the person holds the role (administrator, auditor).</summary>
    public bool Holds(string role) => Caller?.Holds(role) == true;

    /// <summary>True when the person works in the command room.</summary>
    public bool InCommandRoom => Positions.Any(p => p.Kind == ActorKinds.CommandRoom);

    /// <summary>True when the person is one of the township's leaders.</summary>
    public bool IsLeader => Positions.Any(p => p.Kind == ActorKinds.Leader);

    /// <summary>True for an administrator.</summary>
    public bool IsAdministrator => Holds(AccountRoles.Administrator);

    /// <summary>True for an auditor.</summary>
    public bool IsAuditor => Holds(AccountRoles.Auditor);

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("the workbench context is read outside a request");
}
