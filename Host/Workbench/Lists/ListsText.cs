namespace CaseFlow.Host.Workbench.Lists;

/// <summary>The texts of the home page and the work lists: ListsText.resx in Chinese, ListsText.en.resx in English.</summary>
public sealed class ListsText;
