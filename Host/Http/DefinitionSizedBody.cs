namespace CaseFlow.Host.Http;

/// <summary>
/// Marks an endpoint whose body is a whole definition, allowed up to CaseFlow:Limits:DefinitionBody rather than RequestBody: as
/// metadata on the admin API's endpoints, as an attribute on the workbench's draft page.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class DefinitionSizedBody : Attribute
{
    public static DefinitionSizedBody Instance { get; } = new();
}
