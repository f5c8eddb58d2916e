namespace CaseFlow.Workflows.Model;

/// <summary>One indicator of the territorial assessment (属地考评) and its weight out of 100.</summary>
public sealed record IndicatorWeight
{
    /// <summary>The indicator, one of <see cref="Catalogue.WeightedIndicators"/> (a rate between 0 and 1).</summary>
    public string Indicator { get; init; } = "";

    /// <summary>Its weight; the weights of all indicators sum to 100.</summary>
    public double Weight { get; init; }
}
