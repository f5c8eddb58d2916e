using CaseFlow.Engine.Input;

namespace CaseFlow.Host.Http;

/// <summary>
/// Bounds what a request carries outside a command's data (headers, route values, query parameters) by the same table the
/// commands are bounded by (<see cref="InputLimits"/>), before anything reads or repeats it.
/// </summary>
internal static class BoundedInput
{
    /// <summary>A 400 problem naming every input out of bounds, or null when all are within.</summary>
    /// <param name="inputs">Each input: its name in the request, its value, and the field of the table that bounds it.</param>
    public static IResult? Problem(params (string Name, string? Value, string Field)[] inputs)
    {
        var errors = inputs
            .Select(i => (i.Name, Problem: InputText.Problem(i.Name, i.Value, InputLimits.Of(i.Field))))
            .Where(i => i.Problem is not null)
            .GroupBy(i => i.Name)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Problem!).ToArray());
        return errors.Count == 0
            ? null
            : Results.ValidationProblem(errors, detail: string.Join("; ", errors.SelectMany(e => e.Value)), title: "The request's data is out of bounds");
    }
}
