using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Host.Open311;

/// <summary>The documents of GeoReport v2 as types: written in snake_case, nulls kept, fields in the specification's order.</summary>
internal static class Open311Shapes
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A document as the tree <see cref="Open311Document"/> writes as JSON or XML.</summary>
    public static JsonNode Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!;
}

/// <summary>Service discovery: where the endpoint is and what it serves.</summary>
/// <param name="Changeset">Changes whenever the services may have (the definition's id and version).</param>
/// <param name="Contact">Whom to ask.</param>
/// <param name="KeyService">How a client gets its api_key.</param>
/// <param name="Endpoints">The endpoint.</param>
internal sealed record Open311Discovery(string Changeset, string Contact, string KeyService, IReadOnlyList<Open311Endpoint> Endpoints);

/// <summary>One GeoReport endpoint.</summary>
/// <param name="Specification">The specification's address.</param>
/// <param name="Url">The endpoint's base address.</param>
/// <param name="Changeset">As the discovery's.</param>
/// <param name="Type">production.</param>
/// <param name="Formats">text/xml and application/json.</param>
internal sealed record Open311Endpoint(string Specification, string Url, string Changeset, string Type, IReadOnlyList<string> Formats);

/// <summary>A service: one category of the definition.</summary>
/// <param name="ServiceCode">The category id.</param>
/// <param name="ServiceName">The category's name.</param>
/// <param name="Description">Who handles it and in what time.</param>
/// <param name="Metadata">True: it has a definition with attributes.</param>
/// <param name="Type">realtime.</param>
/// <param name="Keywords">Its campaign, platform and lead office.</param>
/// <param name="Group">Its platform's name.</param>
internal sealed record Open311Service(string ServiceCode, string ServiceName, string Description, bool Metadata, string Type, string Keywords, string Group);

/// <summary>A service's definition: the attributes a report of it takes.</summary>
/// <param name="ServiceCode">The category id.</param>
/// <param name="Attributes">The attributes, in order.</param>
internal sealed record Open311ServiceDefinition(string ServiceCode, IReadOnlyList<Open311ServiceAttribute> Attributes);

/// <summary>One attribute, sent as attribute[code].</summary>
/// <param name="Variable">True: the client asks for a value.</param>
/// <param name="Code">The native field's name.</param>
/// <param name="Datatype">string or singlevaluelist.</param>
/// <param name="Required">False: every attribute has a default.</param>
/// <param name="DatatypeDescription">What a value must be.</param>
/// <param name="Order">Its place in the list, from 1.</param>
/// <param name="Description">The question a client shows.</param>
/// <param name="Values">A list's values.</param>
internal sealed record Open311ServiceAttribute(bool Variable, string Code, string Datatype, bool Required, string? DatatypeDescription, int Order, string Description, IReadOnlyList<Open311Value> Values);

/// <summary>One value of a singlevaluelist.</summary>
/// <param name="Key">What is sent.</param>
/// <param name="Name">What is shown.</param>
internal sealed record Open311Value(string Key, string Name);

/// <summary>The answer to a report.</summary>
/// <param name="ServiceRequestId">The case id.</param>
/// <param name="ServiceNotice">That it was received, with the reporter's status-page link.</param>
/// <param name="AccountId">Always null: no account is made for the reporter.</param>
/// <param name="ReporterUrl">The reporter's status-page link alone (an extension).</param>
/// <param name="CaseNumber">The case number (工单编号) people quote, e.g. YHWX-20261201-0007 (an extension); null where the township declares no code.</param>
internal sealed record Open311RequestReceived(string ServiceRequestId, string ServiceNotice, string? AccountId, string ReporterUrl, string? CaseNumber);

/// <summary>A service request: a case as an Open311 client reads it.</summary>
/// <param name="ServiceRequestId">The case id.</param>
/// <param name="Status">open, or closed once the case has ended.</param>
/// <param name="StatusNotes">The state's name, with the handling result once there is one.</param>
/// <param name="ServiceName">The category's name.</param>
/// <param name="ServiceCode">The category id.</param>
/// <param name="Description">What was reported.</param>
/// <param name="AgencyResponsible">The lead office's name, else the platform's, else the command room's.</param>
/// <param name="ServiceNotice">The service's description.</param>
/// <param name="RequestedDatetime">When it was received.</param>
/// <param name="UpdatedDatetime">When it last changed.</param>
/// <param name="ExpectedDatetime">The handling deadline, once there is one.</param>
/// <param name="Address">The address in words.</param>
/// <param name="AddressId">Always null: no address register.</param>
/// <param name="Zipcode">Always null.</param>
/// <param name="Lat">Latitude (WGS-84), when a point was given in it.</param>
/// <param name="Long">Longitude (WGS-84), when a point was given in it.</param>
/// <param name="MediaUrl">Always null: attachments are read through the native API.</param>
/// <param name="CaseNumber">The case number (工单编号) people quote (an extension); null for a case received before numbers were given.</param>
internal sealed record Open311ServiceRequest(
    string ServiceRequestId,
    string Status,
    string StatusNotes,
    string ServiceName,
    string ServiceCode,
    string Description,
    string AgencyResponsible,
    string? ServiceNotice,
    string RequestedDatetime,
    string UpdatedDatetime,
    string? ExpectedDatetime,
    string? Address,
    string? AddressId,
    string? Zipcode,
    double? Lat,
    double? Long,
    string? MediaUrl,
    string? CaseNumber);

/// <summary>One error of a refusal.</summary>
/// <param name="Code">The HTTP status.</param>
/// <param name="Description">What was wrong and what would be right.</param>
internal sealed record Open311Error(int Code, string Description);
