namespace CaseFlow.Host.Http;

/// <summary>The service's index: its name and its endpoints, in words.</summary>
/// <param name="Service">The service's name.</param>
/// <param name="Endpoints">Each endpoint, its method, path and what it takes.</param>
internal sealed record ServiceIndex(string Service, IReadOnlyList<string> Endpoints);
