namespace CaseFlow.Host.Http;

/// <summary>
/// Endpoint metadata naming the JSON body an endpoint reads itself (through <see cref="JsonBody"/>, or as a draft's text), so that
/// the OpenAPI document describes it. Unlike <c>Accepts</c> it changes nothing in routing: a body of another content type still
/// reaches the handler, which answers with a problem that says what to send (or, for a draft, reads it whatever it is labelled).
/// </summary>
/// <param name="Type">The body's type.</param>
internal sealed record AcceptedBody(Type Type);

/// <summary>Declares an endpoint's <see cref="AcceptedBody"/>.</summary>
internal static class AcceptedBodyExtensions
{
    public static RouteHandlerBuilder WithAcceptedBody<T>(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new AcceptedBody(typeof(T)));
}
