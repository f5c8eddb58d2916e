using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Host.Privacy;

/// <summary>
/// What every read path does before personal data leaves the service: sealed values opened — in clear only when the caller was
/// granted disclosure (<see cref="Http.PersonalDataGate"/>), masked otherwise, read as erased once their case's key is gone — and
/// values recorded in clear before sealing began masked too.
/// </summary>
internal static class PersonalDataShown
{
    /// <summary>A case with its history as the caller may see it.</summary>
    public static async Task<CaseView> ShowAsync(this PersonalDataVault vault, CaseView view, bool disclose, CancellationToken cancellationToken)
    {
        var shown = await vault.ShowAsync(view, disclose, cancellationToken: cancellationToken);
        return disclose ? shown : shown with { State = PersonalData.Mask(shown.State), History = [.. shown.History.Select(PersonalData.Mask)] };
    }

    /// <summary>A case as the caller may see it.</summary>
    public static async Task<CaseState> ShowAsync(this PersonalDataVault vault, CaseState state, bool disclose, CancellationToken cancellationToken)
    {
        var shown = await vault.ShowAsync(state, disclose, cancellationToken: cancellationToken);
        return disclose ? shown : PersonalData.Mask(shown);
    }

    /// <summary>Events as the caller may see them.</summary>
    public static async Task<IReadOnlyList<CaseEvent>> ShowAsync(this PersonalDataVault vault, IReadOnlyList<CaseEvent> events, bool disclose, CancellationToken cancellationToken)
    {
        var shown = await vault.ShowAsync(events, disclose, cancellationToken: cancellationToken);
        return disclose ? shown : [.. shown.Select(PersonalData.Mask)];
    }

    /// <summary>A replay as the caller may see it.</summary>
    public static async Task<ReplayReport> ShowAsync(this PersonalDataVault vault, ReplayReport report, bool disclose, CancellationToken cancellationToken)
    {
        var shown = await vault.ShowAsync(report, disclose, cancellationToken: cancellationToken);
        return disclose || shown.State is null ? shown : shown with { State = PersonalData.Mask(shown.State) };
    }
}
