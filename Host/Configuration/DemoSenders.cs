namespace CaseFlow.Host.Configuration;

/// <summary>The in-process senders the demo and the embedded default's tools send as.</summary>
public static class DemoSenders
{
    /// <summary>Relays people's commands: any person's position (<c>*</c>).</summary>
    public const string Gateway = "township-gateway";

    /// <summary>The county 12345 system.</summary>
    public const string County = "county12345";
}
