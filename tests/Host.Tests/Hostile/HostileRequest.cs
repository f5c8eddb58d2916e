using System.Text;

namespace CaseFlow.Host.Tests.Hostile;

/// <summary>Who sends a hostile request: signed in as one of several kinds of account, with a forged token, or with none.</summary>
internal enum HttpCaller
{
    CommandRoom,
    Office,
    SeveralPositions,
    NoPosition,
    Administrator,
    Auditor,
    Anonymous,
    ForgedToken,
}

/// <summary>One generated request, everything needed to send it again.</summary>
internal sealed record HostileRequest(
    HttpEndpoint Endpoint,
    string Method,
    string Url,
    HttpCaller Caller,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    HostileBody? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body.Render());
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public string Describe()
    {
        var text = new StringBuilder($"{Method} {Url} as {Caller} (endpoint {Endpoint.Name})");
        foreach (var (name, value) in Headers)
        {
            text.Append($"\n    {name}: {Escape(value)}");
        }

        if (Body is not null)
        {
            text.Append($"\n    Content-Type: {Escape(ContentType ?? "(none)")}\n    body: {Escape(Body.Describe())}");
        }

        return text.ToString();
    }

    /// <summary>Control and invisible characters written as \uXXXX so that a failure message shows what was sent.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Length > 500 ? value[..500] + $"…({value.Length} chars)" : value)
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF'
                ? $"\\u{(int)c:x4}"
                : c.ToString());
        }

        return text.ToString();
    }
}
