using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Xml;

namespace CaseFlow.Host.Open311;

/// <summary>
/// An Open311 answer, built once as a JSON tree and written in the format asked for: as JSON, or as XML whose elements are the JSON
/// names and whose lists hold one element per item, named as the specification's examples name them (<c>services</c> holds
/// <c>service</c>, <c>service_requests</c> holds <c>request</c>, <c>errors</c> holds <c>error</c> …). A null is an empty element.
/// </summary>
/// <param name="Body">The document: an array for lists (services, requests, errors), an object otherwise.</param>
/// <param name="Root">The XML root element's name.</param>
/// <param name="Format">The format to write.</param>
/// <param name="StatusCode">The HTTP status.</param>
internal sealed record Open311Document(JsonNode Body, string Root, Open311Format Format, int StatusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>The XML element of each item of a list, by the list's name.</summary>
    private static readonly Dictionary<string, string> Items = new(StringComparer.Ordinal)
    {
        ["services"] = "service",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
    };

    // Chinese reads as written; what HTML would take as markup is still escaped.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly XmlWriterSettings XmlOptions = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType(Format);
        await httpContext.Response.Body.WriteAsync(Render(), httpContext.RequestAborted);
    }

    /// <summary>The media type a format is served as.</summary>
    public static string ContentType(Open311Format format) => format == Open311Format.Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";

    /// <summary>The document's bytes in its format.</summary>
    public byte[] Render()
    {
        using var buffer = new MemoryStream();
        if (Format == Open311Format.Json)
        {
            using var json = new Utf8JsonWriter(buffer, JsonOptions);
            Body.WriteTo(json);
        }
        else
        {
            using var xml = XmlWriter.Create(buffer, XmlOptions);
            xml.WriteStartDocument();
            WriteXml(xml, Root, Body);
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteXml(XmlWriter xml, string name, JsonNode? node)
    {
        xml.WriteStartElement(name);
        switch (node)
        {
            case JsonArray array:
                var item = Items.GetValueOrDefault(name, "item");
                foreach (var element in array)
                {
                    WriteXml(xml, item, element);
                }

                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    WriteXml(xml, key, value);
                }

                break;
            case JsonValue value:
                xml.WriteString(XmlText(value));
                break;
        }

        xml.WriteEndElement();
    }

    private static string XmlText(JsonValue value)
    {
        var text = value.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.TryGetValue<double>(out var number) ? number.ToString("R", CultureInfo.InvariantCulture) : value.ToJsonString(),
            _ => value.GetValue<string>(),
        };

        // What XML cannot hold at all (a control character, a lone surrogate echoed from a request) is shown as U+FFFD.
        return Sanitize(text);
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
