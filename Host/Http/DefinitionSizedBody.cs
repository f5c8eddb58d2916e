namespace CaseFlow.Host.Http;

/// <summary>Marks an endpoint whose body is a whole definition, allowed up to CaseFlow:Limits:DefinitionBody rather than RequestBody.</summary>
internal sealed class DefinitionSizedBody
{
    public static DefinitionSizedBody Instance { get; } = new();
}
