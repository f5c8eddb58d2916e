using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;

namespace CaseFlow.Host.Workbench.Diagrams;

/// <summary>
/// Where a case lies, drawn as inline SVG with nothing fetched (no map tiles: the service runs offline under a strict CSP): the
/// village's outline dashed, the grid's outline solid, the point a ringed dot. Degrees are drawn equirectangular, the longitude
/// scaled by the cosine of the latitude so the shapes keep their proportions. The SVG carries a title and a description in words.
/// </summary>
public static class PlaceMap
{
    private const double Width = 320;
    private const double Margin = 12;

    /// <summary>The map as an &lt;svg&gt; element, or null when there is no outline to draw.</summary>
    /// <param name="village">The village's outline, or null.</param>
    /// <param name="grid">The grid's outline, or null.</param>
    /// <param name="point">The case's point in the outlines' datum (x longitude, y latitude), or null.</param>
    /// <param name="title">The map's title, read first by a screen reader.</param>
    /// <param name="description">What the map shows, in words.</param>
    public static string? Render(Geometry? village, Geometry? grid, Point? point, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        if (village is null && grid is null)
        {
            return null;
        }

        var extent = new Envelope();
        foreach (var shape in new Geometry?[] { village, grid, point }.OfType<Geometry>())
        {
            extent.ExpandToInclude(shape.EnvelopeInternal);
        }

        var xScale = Math.Cos(extent.Centre.Y * Math.PI / 180);
        var spanX = Math.Max(extent.Width * xScale, 1e-6);
        var spanY = Math.Max(extent.Height, 1e-6);
        var scale = (Width - (2 * Margin)) / Math.Max(spanX, spanY);
        var height = Math.Round((spanY * scale) + (2 * Margin));
        string X(double lon) => F(Margin + ((lon - extent.MinX) * xScale * scale));
        string Y(double lat) => F(height - Margin - ((lat - extent.MinY) * scale));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="place-map" role="img" aria-labelledby="place-map-title" aria-describedby="place-map-desc" viewBox="0 0 {F(Width)} {F(height)}" width="{F(Width)}" height="{F(height)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="place-map-title">{Text(title)}</title><desc id="place-map-desc">{Text(description)}</desc>""");
        if (village is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<path class="village-outline" d="{Path(village, X, Y)}" fill="#f3f6f9" stroke="#5b6b7c" stroke-width="1.5" stroke-dasharray="6 4" fill-rule="evenodd"/>""");
        }

        if (grid is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<path class="grid-outline" d="{Path(grid, X, Y)}" fill="#dce9f5" stroke="#1f4e79" stroke-width="2.5" fill-rule="evenodd"/>""");
        }

        if (point is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="case-point"><circle cx="{X(point.X)}" cy="{Y(point.Y)}" r="9" fill="none" stroke="#b3261e" stroke-width="2"/><circle cx="{X(point.X)}" cy="{Y(point.Y)}" r="3.5" fill="#b3261e"/></g>""");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Path(Geometry shape, Func<double, string> x, Func<double, string> y)
    {
        var path = new StringBuilder();
        var polygons = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).OfType<Polygon>();
        foreach (var ring in polygons.SelectMany(p => p.InteriorRings.Prepend(p.ExteriorRing)))
        {
            var positions = ring.Coordinates;
            path.Append(CultureInfo.InvariantCulture, $"M{x(positions[0].X)},{y(positions[0].Y)}");
            foreach (var c in positions.Skip(1))
            {
                path.Append(CultureInfo.InvariantCulture, $" L{x(c.X)},{y(c.Y)}");
            }

            path.Append(" Z ");
        }

        return path.ToString().TrimEnd();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(text);
}
