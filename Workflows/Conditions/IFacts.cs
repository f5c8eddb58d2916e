namespace CaseFlow.Workflows.Conditions;

/// <summary>The values of case fields that guards read; the engine supplies them.</summary>
public interface IFacts
{
    /// <summary>The field's value: a string, a number (double), a bool, or null when unknown.</summary>
    object? Read(string field);
}
