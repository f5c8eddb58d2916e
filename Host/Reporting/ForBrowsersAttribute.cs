namespace CaseFlow.Host.Reporting;

/// <summary>
/// Marks a page that answers a browser at an address an API endpoint answers too (the reporter's page at the link's own address):
/// <see cref="BrowserMatcherPolicy"/> picks it when the request asks for HTML before JSON, the API endpoint otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ForBrowsersAttribute : Attribute;
