using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseFlow.Contracts.Commands;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Open311;

/// <summary>
/// Reads a GeoReport v2 POST requests form into a native submission: service_code → category, description, address_string → location,
/// lat/long → point (WGS-84, as Open311 means), first_name/last_name/phone → the reporter, attribute[…] → the native fields the
/// service definition lists (<see cref="Open311Services.Attributes"/>). The native rules check the result; this reads and bounds only
/// what the native submission has no field for, and refuses what it cannot place.
/// </summary>
internal static class Open311Submission
{
    /// <summary>The file part a photo comes in, as the specification names it.</summary>
    public const string MediaPart = "media";

    private const string AttributePrefix = "attribute[";

    /// <summary>The plain parameters POST requests takes (besides attribute[…]).</summary>
    public static IReadOnlyList<string> Parameters { get; } =
    [
        Open311ApiKey.Parameter, "jurisdiction_id", "service_code", "lat", "long", "address_string", "address_id", "email", "device_id",
        "account_id", "first_name", "last_name", "phone", "description", "media_url",
    ];

    /// <summary>Bounds of the parameters the native submission has no field for (the others are bounded by the native table).</summary>
    private static readonly Dictionary<string, FieldLimit> OwnLimits = new(StringComparer.Ordinal)
    {
        [Open311ApiKey.Parameter] = new(Open311ApiKey.Parameter, 8192, TextKind.Identifier, "the submitting system's access token"),
        ["jurisdiction_id"] = new("jurisdiction_id", 64, TextKind.Identifier, "the definition's id"),
        ["lat"] = new("lat", 32, TextKind.Identifier, "latitude in decimal degrees"),
        ["long"] = new("long", 32, TextKind.Identifier, "longitude in decimal degrees"),
        ["address_id"] = new("address_id", 64, TextKind.Identifier, "an address register's id"),
        ["email"] = new("email", 254, TextKind.Identifier, "the reporter's e-mail address"),
        ["device_id"] = new("device_id", 128, TextKind.Identifier, "the reporting device's id"),
        ["account_id"] = new("account_id", 128, TextKind.Identifier, "the reporter's account with the client"),
        ["first_name"] = new("first_name", InputLimits.Of("reporter.name").MaxLength, TextKind.FreeText, "the reporter's given name"),
        ["last_name"] = new("last_name", InputLimits.Of("reporter.name").MaxLength, TextKind.FreeText, "the reporter's family name"),
        ["media_url"] = new("media_url", 2000, TextKind.Identifier, "where the client keeps a photo"),
    };

    /// <summary>The Open311 parameter a native field's problem is about.</summary>
    private static readonly Dictionary<string, string> NativeNames = new(StringComparer.Ordinal)
    {
        ["clientKey"] = "Idempotency-Key",
        ["category"] = "service_code",
        ["location"] = "address_string",
        ["reporter"] = "first_name/last_name",
        ["reporter.name"] = "first_name/last_name",
        ["reporter.phone"] = "phone",
        ["point"] = "lat/long",
        ["point.latitude"] = "lat",
        ["point.longitude"] = "long",
        ["point.datum"] = "lat/long",
    };

    /// <summary>The Open311 parameter a native field is sent as (an attribute's code as attribute[code]).</summary>
    public static string Open311Name(string nativeField) =>
        NativeNames.TryGetValue(nativeField, out var name) ? name
        : nativeField.StartsWith("point", StringComparison.Ordinal) ? "lat/long"
        : nativeField is "title" or "priority" or "channel" or "village" or "grid" ? $"attribute[{nativeField}]"
        : nativeField;

    /// <summary>The submission the form describes (without client key, actor or attachments), or what is wrong with the form.</summary>
    public static (SubmitCase? Submission, IReadOnlyList<string> Errors) Read(IFormCollection form, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(definition);
        var attributes = Open311Services.Attributes(definition).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var (key, values) in form)
        {
            if (values.Count > 1)
            {
                errors.Add($"{Shown(key)} is given {values.Count} times; give it once");
            }
            else if (key.StartsWith(AttributePrefix, StringComparison.Ordinal) && key.EndsWith(']'))
            {
                var code = key[AttributePrefix.Length..^1];
                if (!attributes.ContainsKey(code))
                {
                    errors.Add($"{Shown(key)} is not an attribute of these services; the attributes are {string.Join(", ", attributes.Keys.Select(k => $"attribute[{k}]"))} (GET services/{{service_code}}.json describes them)");
                }
            }
            else if (!Parameters.Contains(key, StringComparer.Ordinal))
            {
                errors.Add($"{Shown(key)} is not a parameter of POST requests; it takes {string.Join(", ", Parameters)} and attribute[…]");
            }
            else if (OwnLimits.TryGetValue(key, out var limit) && InputText.Problem(key, values.ToString(), limit) is { } unbounded)
            {
                errors.Add(unbounded);
            }
        }

        if (form.Files.Any(f => f.Name != MediaPart) || form.Files.Count > 1)
        {
            errors.Add($"a report takes one file, in the part named '{MediaPart}'; this one has {string.Join(", ", form.Files.Select(f => $"'{Shown(f.Name)}'"))}");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var serviceCode = Text(form, "service_code");
        if (serviceCode is null)
        {
            errors.Add("service_code is required: one of the service codes GET services.json lists");
        }
        else if (definition.Category(serviceCode) is null)
        {
            errors.Add($"service_code '{serviceCode}' is not a service here; GET services.json lists the codes ({string.Join(", ", definition.Definition.Categories.Select(c => c.Id))})");
        }

        if (Text(form, "jurisdiction_id") is { } jurisdiction && jurisdiction != definition.Definition.Id)
        {
            errors.Add($"jurisdiction_id '{jurisdiction}' is not served here; this endpoint serves '{definition.Definition.Id}' (or leave jurisdiction_id out)");
        }

        var point = Point(form, errors);
        var address = Text(form, "address_string");
        if (Text(form, "address_id") is not null)
        {
            errors.Add("address_id is not taken: the township keeps no address register; give address_string (the address in words) or lat and long");
        }
        else if (point is null && address is null && !errors.Any(e => e.StartsWith("lat", StringComparison.Ordinal) || e.StartsWith("long", StringComparison.Ordinal)))
        {
            errors.Add("where the problem is is required: give lat and long (WGS-84 decimal degrees), or address_string, or both");
        }

        var description = Text(form, "description") ?? "";
        if (Text(form, "media_url") is { } mediaUrl)
        {
            if (Uri.TryCreate(mediaUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                // Recorded as a link for people to open, never fetched by the service (a URL the caller chooses could point inside the township's network).
                description = description.Length == 0 ? $"图片链接：{url.AbsoluteUri}" : $"{description}\n图片链接：{url.AbsoluteUri}";
            }
            else
            {
                errors.Add($"media_url '{mediaUrl}' is not an http or https address; give the photo's full address (https://…), or send the photo itself as the multipart part '{MediaPart}'");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var submission = new SubmitCase
        {
            Category = serviceCode!,
            Title = definition.Category(serviceCode!)!.Name,
            Description = description,
            Channel = Open311Services.DefaultChannel,
            Reporter = Reporter(form),
            Location = address,
            Point = point,
        };
        foreach (var (key, values) in form.Where(f => f.Key.StartsWith(AttributePrefix, StringComparison.Ordinal)))
        {
            if (values.ToString().Trim() is { Length: > 0 } value)
            {
                submission = attributes[key[AttributePrefix.Length..^1]].Apply(submission, value);
            }
        }

        return (submission, []);
    }

    /// <summary>
    /// The client key of a report sent without an Idempotency-Key: a hash of who sent it and everything it holds (its media's bytes
    /// included, the api_key not), so that an exact resend by the same sender is the same case and any other report a new one.
    /// </summary>
    public static async Task<string> DerivedKeyAsync(string identity, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(identity);
        foreach (var (key, values) in form.Where(f => f.Key != Open311ApiKey.Parameter).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Add(key);
            Add(values.ToString());
        }

        foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            Add(file.Name);
            Add(file.FileName);
            Add(file.ContentType ?? "");
            await using var content = file.OpenReadStream();
            Add(Convert.ToHexString(await SHA256.HashDataAsync(content, cancellationToken)));
        }

        return "open311-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..40];
    }

    private static GeoPoint? Point(IFormCollection form, List<string> errors)
    {
        var (lat, lng) = (Text(form, "lat"), Text(form, "long"));
        if (lat is null && lng is null)
        {
            return null;
        }

        if (lat is null || lng is null)
        {
            errors.Add($"{(lat is null ? "long" : "lat")} is given without {(lat is null ? "lat" : "long")}; give both (WGS-84 decimal degrees, e.g. lat=28.1234&long=119.5678) or neither");
            return null;
        }

        var latitude = Degrees("lat", lat, errors);
        var longitude = Degrees("long", lng, errors);
        return latitude is { } y && longitude is { } x ? new GeoPoint { Latitude = y, Longitude = x, Datum = "WGS-84" } : null;
    }

    private static double? Degrees(string name, string text, List<string> errors)
    {
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees) && double.IsFinite(degrees))
        {
            return degrees;
        }

        errors.Add($"{name} '{text}' is not a number of degrees; give decimal degrees with a point, e.g. {(name == "lat" ? "28.1234" : "119.5678")}");
        return null;
    }

    /// <summary>The reporter the names and phone describe; none when no name or phone is given (the channel's rule decides if one is needed).</summary>
    private static Reporter? Reporter(IFormCollection form)
    {
        var (first, last, phone) = (Text(form, "first_name"), Text(form, "last_name"), Text(form, "phone"));
        if (first is null && last is null && phone is null)
        {
            return null;
        }

        // Chinese names are written family name first and without a space; names in Latin letters as the client wrote them.
        var latin = $"{first}{last}".All(c => c < 0x2E80);
        var name = latin ? string.Join(' ', new[] { first, last }.OfType<string>()) : $"{last}{first}";
        return new Reporter { Name = name, Phone = phone };
    }

    private static string? Text(IFormCollection form, string key) =>
        form.TryGetValue(key, out var values) && values.ToString().Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A parameter name as a message repeats it: cut short, so that a huge or hostile name is not echoed whole.</summary>
    private static string Shown(string key) => key.Length <= 64 ? key : key[..64] + "…";
}
