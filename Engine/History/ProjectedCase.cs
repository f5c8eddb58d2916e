using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>A case as its projection row holds it: its snapshot and the facts its history folds to.</summary>
/// <param name="State">The case's snapshot.</param>
/// <param name="Facts">The facts of its whole history; null when its projection is not current (read its history instead).</param>
public sealed record ProjectedCase(CaseState State, AssessmentFacts? Facts);
