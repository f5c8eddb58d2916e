namespace CaseFlow.Contracts.Commands;

/// <summary>The person who raised a problem.</summary>
public sealed record Reporter
{
    /// <summary>The person's name (personal data).</summary>
    public string Name { get; init; } = "";

    /// <summary>Phone number (personal data).</summary>
    public string? Phone { get; init; }

    /// <summary>ID card number (personal data).</summary>
    public string? IdNumber { get; init; }
}
