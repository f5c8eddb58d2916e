using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Http;

/// <summary>
/// The one way paged endpoints read <c>limit</c> and <c>cursor</c> and say where the next page is. A cursor is opaque to callers:
/// base64url of the list it belongs to and the last position listed; a cursor that does not decode to a position of this list (altered,
/// truncated, or from another list) is refused with a 400 problem. The next page is named in a <c>Link: &lt;…&gt;; rel="next"</c>
/// header (RFC 8288) holding this request's URL with the next cursor, and only when there is one: no header, no more pages.
/// </summary>
internal static class Paging
{
    private const string Version = "1";
    private const char Separator = '\n';

    /// <summary>
    /// The page asked for: its limit (the configured default when none is given) and the position after which it starts (null for
    /// the first page), read by <paramref name="parse"/> from the cursor's parts; or the problem to answer with.
    /// </summary>
    public static (Page<T>? Page, IResult? Problem) Read<T>(HttpContext context, string list, Func<IReadOnlyList<string>, T?> parse)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var options = context.RequestServices.GetRequiredService<IOptions<PagingOptions>>().Value;
        var query = context.Request.Query;
        var limit = options.DefaultLimit;
        if (query.TryGetValue("limit", out var limitText)
            && (limitText.Count != 1 || !int.TryParse(limitText[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > options.MaxLimit))
        {
            return (null, Problems.BadRequest($"limit must be a whole number from 1 to {options.MaxLimit} (it is '{limitText}'); without it a page holds {options.DefaultLimit}"));
        }

        if (!query.TryGetValue("cursor", out var cursorText))
        {
            return (new Page<T>(limit, null), null);
        }

        var parts = cursorText.Count == 1 ? Parts(list, cursorText[0]) : null;
        var after = parts is null ? null : parse(parts);
        return after is null
            ? (null, Problems.BadRequest(
                $"cursor '{cursorText}' is not a cursor of {list}: it has been altered, cut short or comes from another list. " +
                "Pass the cursor of the next link unchanged, or leave it out to start from the first page."))
            : (new Page<T>(limit, after), null);
    }

    /// <summary>Names the next page (after <paramref name="last"/>'s parts) in the response's Link header.</summary>
    public static void LinkNext(HttpContext context, string list, params string[] last)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cursor = Cursor(list, last);
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        query["cursor"] = cursor;
        var next = context.Request.PathBase + context.Request.Path + QueryString.Create(query);
        context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
    }

    /// <summary>The cursor of <paramref name="list"/> standing after the item whose parts are given.</summary>
    public static string Cursor(string list, params string[] last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, [Version, list, .. last])));

    /// <summary>The parts of a cursor of <paramref name="list"/>, or null when it is not one (altered, cut short, from another list).</summary>
    public static IReadOnlyList<string>? Parts(string list, string? cursor) =>
        cursor is not null && Decode(cursor) is [Version, var kind, .. var rest] && kind == list ? rest : null;

    /// <summary>A timestamp as a cursor part: every tick and the offset, as stored.</summary>
    public static string Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A cursor part read back as a timestamp, or null.</summary>
    public static DateTimeOffset? ParseInstant(string text) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;

    private static string[]? Decode(string cursor)
    {
        if (cursor.Length is 0 or > 1024)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}

/// <summary>One page asked for.</summary>
/// <param name="Limit">The most items it holds.</param>
/// <param name="After">Where it starts: after this position (null: from the first).</param>
internal sealed record Page<T>(int Limit, T? After)
    where T : struct;
