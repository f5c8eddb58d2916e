namespace CaseFlow.Host.Briefs;

/// <summary>A chart of a brief: an SVG drawing and the file name it is written and linked under.</summary>
/// <param name="Name">The file name, e.g. chart.svg.</param>
/// <param name="Caption">What it shows.</param>
/// <param name="Svg">The drawing.</param>
public sealed record BriefChart(string Name, string Caption, string Svg);
