namespace CaseFlow.Host.Http;

/// <summary>
/// Endpoint metadata naming the query parameters an endpoint reads from the query string itself rather than binding them as
/// handler parameters, so that what routing knows of the endpoint (and what tools read from it) includes them.
/// </summary>
/// <param name="Names">The parameters, as a request writes them.</param>
public sealed record AcceptedQuery(IReadOnlyList<string> Names);
