namespace CaseFlow.Host.Open311;

/// <summary>The two formats GeoReport v2 serves, chosen by the path's suffix (<c>services.json</c>, <c>services.xml</c>).</summary>
internal enum Open311Format
{
    /// <summary>application/json.</summary>
    Json,

    /// <summary>text/xml, element names as the specification's examples.</summary>
    Xml,
}

/// <summary>Reads the format suffix of an Open311 path.</summary>
internal static class Open311Formats
{
    /// <summary>The format a suffix names (json or xml, any case), or null for any other.</summary>
    public static Open311Format? Parse(string? suffix) =>
        string.Equals(suffix, "json", StringComparison.OrdinalIgnoreCase) ? Open311Format.Json
        : string.Equals(suffix, "xml", StringComparison.OrdinalIgnoreCase) ? Open311Format.Xml
        : null;
}
