using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Reporting;

/// <summary>
/// What the reporter's link opens, for both its doors (the JSON API and the page): the check of the code, the case as the link's
/// holder may see it, the commands the definition lets the reporter send now, and the one way they are sent — as the reporter,
/// never as anyone the request names.
/// </summary>
internal static class ReporterAccess
{
    /// <summary>The identity recorded for what a reporter does through their link.</summary>
    public const string Identity = "reporter-link";

    /// <summary>True when <paramref name="code"/> is the one issued for case <paramref name="id"/>.</summary>
    public static bool Opens(Guid id, string? code, CaseService service) => service.ReporterLinks.Verifies(id, code);

    /// <summary>
    /// The case as whoever holds its link sees it, or null when there is no such case: personal data masked (a link can be
    /// forwarded), with its definition and the commands the reporter may send now.
    /// </summary>
    public static async Task<ReporterCase?> LoadAsync(Guid id, CaseService service, DefinitionRegistry definitions, CancellationToken cancellationToken)
    {
        var view = await service.GetAsync(id, cancellationToken);
        return view is null ? null : await ShowAsync(view, service, definitions, cancellationToken);
    }

    /// <summary>A case read from the engine, as whoever holds its link sees it.</summary>
    public static async Task<ReporterCase> ShowAsync(CaseView view, CaseService service, DefinitionRegistry definitions, CancellationToken cancellationToken)
    {
        var state = await service.PersonalData.ShowAsync(view.State, disclose: false, cancellationToken: cancellationToken);
        var definition = await definitions.GetAsync(state.DefinitionVersion, cancellationToken);
        return new ReporterCase(state, view.History, definition, May(view.State, view.PermittedTriggers, definition));
    }

    /// <summary>The commands the definition lets the reporter send now.</summary>
    public static List<string> May(CaseState state, IReadOnlyList<string> permitted, CompiledDefinition definition) =>
        permitted.Where(t => Permissions.WhoMay(state, t, definition).Contains(Positions.Reporter)).ToList();

    /// <summary>Sends one of the reporter's commands, as the reporter through their link, on the engine's one command path.</summary>
    public static Task<CommandOutcome> SendAsync(CaseService service, Guid id, string trigger, CasePayload payload, CancellationToken cancellationToken) =>
        service.ExecuteAsync(
            new CaseCommand { Trigger = trigger, CaseId = id, Actor = Positions.Reporter, Identity = Identity, Payload = payload },
            cancellationToken);
}
