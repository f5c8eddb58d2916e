using System.Globalization;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Localization;

namespace CaseFlow.Host.Workbench;

/// <summary>GET /workbench/language/{language}?returnUrl=…: remembers the language chosen (a cookie) and goes back to the page.</summary>
internal static class LanguageSwitch
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(WorkbenchCookie.Path + "/language/{language}", Switch).AllowAnonymous().ExcludeFromDescription();

    private static IResult Switch(string language, string? returnUrl, HttpContext context)
    {
        var culture = WorkbenchExtensions.Languages.FirstOrDefault(c => string.Equals(c.Name, language, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            return Results.Problem(
                title: "Unknown language",
                detail: $"'{language}' is not offered; the workbench speaks {string.Join(", ", WorkbenchExtensions.Languages.Select(c => c.Name))}",
                statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Path = WorkbenchCookie.Path, HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });

        // Only back into the workbench: a link elsewhere would make the switch an open redirect.
        var back = returnUrl is { Length: > 0 and <= 2048 } && returnUrl.StartsWith(WorkbenchCookie.Path, StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : WorkbenchCookie.Path;
        return Results.LocalRedirect(back);
    }

    /// <summary>The link switching to a language and back to the page now shown.</summary>
    public static string Link(CultureInfo language, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(request);
        var back = request.PathBase + request.Path + request.QueryString;
        return $"{WorkbenchCookie.Path}/language/{language.Name}?returnUrl={Uri.EscapeDataString(back)}";
    }
}
