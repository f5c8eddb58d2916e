namespace CaseFlow.Engine.Cases;

/// <summary>The data of a step that ends the handling with a result.</summary>
/// <param name="Result">The handling result.</param>
public sealed record ResultData(string? Result);
