namespace CaseFlow.Contracts.Commands;

/// <summary>Submits a problem someone raised; the command room receives it (受理).</summary>
public sealed record SubmitCase
{
    /// <summary>The caller's idempotency key: the same key submits one case, however often it is sent.</summary>
    public string ClientKey { get; init; } = "";

    /// <summary>Who sends it: a grid member, office, leader, command room or system id.</summary>
    public string Actor { get; init; } = "";

    /// <summary>Category id from workflows.json.</summary>
    public string Category { get; init; } = "";

    /// <summary>A one-line summary.</summary>
    public string Title { get; init; } = "";

    /// <summary>What the reporter described.</summary>
    public string Description { get; init; } = "";

    /// <summary>How the problem reached the township: one of the channels CaseFlow knows (a grid member's app, the hotline, a letter …).</summary>
    public string Channel { get; init; } = "";

    /// <summary>How urgent the case is; an urgent case is held to its category's urgent deadline.</summary>
    public string Priority { get; init; } = "normal";

    /// <summary>Who raised it; required except for grid patrol findings.</summary>
    public Reporter? Reporter { get; init; }

    /// <summary>Where the problem is.</summary>
    public string? Location { get; init; }

    /// <summary>Where the problem is as a point (latitude, longitude and datum); with the definition's boundaries it places the case in its grid and village.</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Ids of attachments (photos, documents) uploaded beforehand by the same sender, recorded with the submission.</summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>Village id, if known.</summary>
    public string? Village { get; init; }

    /// <summary>Grid id, if known.</summary>
    public string? Grid { get; init; }
}
