using System.Globalization;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>
/// The command room's big screen (大屏): the 督办 board in large type on a dark ground, refreshing itself every <see cref="Refresh"/>
/// seconds (GET /workbench/big-screen?refresh=N) by fetching the board alone (GET /workbench/big-screen/board).
/// </summary>
public sealed class BigScreenModel(ICaseStore store, DefinitionRegistry definitions, TimeProvider time, IStringLocalizer<SupervisionText> texts)
    : SupervisionPage(store, definitions, time)
{
    /// <summary>The refresh interval, in seconds, when the address names none.</summary>
    public const int DefaultRefresh = 30;

    /// <summary>The shortest refresh interval taken.</summary>
    public const int MinRefresh = 5;

    /// <summary>The longest refresh interval taken.</summary>
    public const int MaxRefresh = 600;

    /// <summary>Rows shown in each list of the big screen (the rest are counted).</summary>
    public const int RowsShown = 12;

    /// <summary>Seconds between refreshes.</summary>
    public int Refresh { get; private set; } = DefaultRefresh;

    /// <summary>What was wrong with the address, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The screen, or a 400 page saying what refresh interval would be taken.</summary>
    public async Task<IActionResult> OnGetAsync(string? refresh)
    {
        if (refresh is not null)
        {
            if (!int.TryParse(refresh, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < MinRefresh or > MaxRefresh)
            {
                Problem = texts["RefreshProblem", refresh.Length > 20 ? refresh[..20] + "…" : refresh, MinRefresh, MaxRefresh, DefaultRefresh];
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            Refresh = seconds;
        }

        await ReadBoardAsync();
        return Page();
    }

    /// <summary>The board alone, as the screen's script fetches it to refresh.</summary>
    public async Task<IActionResult> OnGetBoardAsync()
    {
        await ReadBoardAsync();
        ViewData["Limit"] = RowsShown;
        return Partial("_Board", Board);
    }
}
