using CaseFlow.Contracts.Commands;

namespace CaseFlow.Host.Open311;

/// <summary>
/// One attribute of a service definition: a field of the native submission that GeoReport v2 has no parameter for, sent as
/// <c>attribute[code]</c>. The same record that describes it to clients sets it on the submission, so what is offered is what is taken.
/// </summary>
/// <param name="Code">The attribute's code, the native field's name.</param>
/// <param name="Datatype">string, text or singlevaluelist.</param>
/// <param name="Description">The question a client shows.</param>
/// <param name="DatatypeDescription">What a value must be.</param>
/// <param name="Values">The values of a singlevaluelist (key, name), from the definition or CaseFlow's vocabulary; empty otherwise.</param>
/// <param name="Apply">Sets the value on the submission.</param>
internal sealed record Open311Attribute(
    string Code,
    string Datatype,
    string Description,
    string? DatatypeDescription,
    IReadOnlyList<(string Key, string Name)> Values,
    Func<SubmitCase, string, SubmitCase> Apply);
