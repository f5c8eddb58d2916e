namespace CaseFlow.Host.Workbench.Lists;

/// <summary>The filter form of a list (the partial _Filters): the filters set, where the form goes and what it carries unchanged.</summary>
/// <param name="Filter">The filters as read.</param>
/// <param name="Action">The page the form asks.</param>
/// <param name="Hidden">Parameters kept as they are (the position and list).</param>
public sealed record ListFilterForm(ListFilter Filter, string Action, IReadOnlyList<(string Name, string Value)> Hidden);
