namespace CaseFlow.Workflows.Model;

/// <summary>The township's organisation as the Four Platforms policy lays it down.</summary>
public sealed record Organisation
{
    /// <summary>The township itself: its name on official documents and its code in case numbers (工单编号); null when not declared.</summary>
    public Township? Township { get; init; }

    /// <summary>The command room (综合指挥室) that receives, dispatches, supervises and feeds back.</summary>
    public CommandRoom CommandRoom { get; init; } = new();

    /// <summary>Township leaders who coordinate platforms and sit on the escalation ladder.</summary>
    public IReadOnlyList<Leader> Leaders { get; init; } = [];

    /// <summary>The four platforms (四个平台).</summary>
    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>Offices, stations and dispatched agencies that handle cases.</summary>
    public IReadOnlyList<Office> Offices { get; init; } = [];

    /// <summary>Administrative villages (行政村).</summary>
    public IReadOnlyList<Village> Villages { get; init; } = [];

    /// <summary>Grids (网格), one grid member each.</summary>
    public IReadOnlyList<Grid> Grids { get; init; } = [];

    /// <summary>Rungs of the escalation ladder, lowest first, each naming who is told at that rung.</summary>
    public IReadOnlyList<EscalationRung> EscalationLadder { get; init; } = [];

    /// <summary>Information systems that act on cases under their own name: the county 12345 system, the township's intake systems.</summary>
    public IReadOnlyList<ExternalSystem> Systems { get; init; } = [];

    /// <summary>
    /// The datum the villages' and grids' boundaries are drawn in, one of <see cref="Geography.GeoDatums.All"/>: WGS-84 (RFC 7946's,
    /// the default) or GCJ-02 (when they were traced on a Chinese base map). A case's point is converted to it before it is placed.
    /// </summary>
    public string MapDatum { get; init; } = Geography.GeoDatums.Wgs84;
}

/// <summary>The township: its name as it heads official documents and the code its case numbers start with.</summary>
public sealed record Township
{
    /// <summary>The township's name, e.g. 云和县雾溪畲族乡.</summary>
    public string Name { get; init; } = "";

    /// <summary>A short code (capital letters and digits), the first part of every case number, e.g. YHWX.</summary>
    public string Code { get; init; } = "";
}

/// <summary>An information system that acts on cases under its own name (the county 12345 system, 食安通, 平安通 …).</summary>
public sealed record ExternalSystem
{
    /// <summary>Stable id, recorded as the actor of what it does.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What it is to the township: <c>county</c> (the county 12345 system) or <c>intake</c> (a system that submits cases).</summary>
    public string Role { get; init; } = "";
}

/// <summary>The command room and the unit that hosts it.</summary>
public sealed record CommandRoom
{
    /// <summary>Id used as an actor and a recipient.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The office that hosts the command room (the party-government office).</summary>
    public string HostOffice { get; init; } = "";
}

/// <summary>A township leader.</summary>
public sealed record Leader
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Post title, e.g. 乡党委副书记.</summary>
    public string Title { get; init; } = "";

    /// <summary>The leader's role on the escalation ladder: mainLeader, deputySecretary or coordinator.</summary>
    public string Role { get; init; } = "";
}

/// <summary>One of the four platforms with its lead unit, coordinating leader, management unit and member forces.</summary>
public sealed record Platform
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name, e.g. 综治工作平台.</summary>
    public string Name { get; init; } = "";

    /// <summary>The office that leads the platform (牵头单位).</summary>
    public string LeadOffice { get; init; } = "";

    /// <summary>The leader who coordinates the platform; routes its cases to offices.</summary>
    public string Coordinator { get; init; } = "";

    /// <summary>The office responsible for the platform's day-to-day management.</summary>
    public string ManagementOffice { get; init; } = "";

    /// <summary>Member forces (协同力量) as the policy lists them; each is an office id.</summary>
    public IReadOnlyList<string> Forces { get; init; } = [];
}

/// <summary>An office, station or dispatched agency that can handle cases.</summary>
public sealed record Office
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What sort of unit this is: centre, office, station, dispatchedAgency or force.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The platforms this office works on.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];
}

/// <summary>An administrative village.</summary>
public sealed record Village
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>True when the name is a sample rather than the township's real data.</summary>
    public bool Sample { get; init; }

    /// <summary>The village's outline, if declared: a case reported with a point inside it and in none of its grids is placed in it.</summary>
    public Boundary? Boundary { get; init; }
}

/// <summary>A grid (网格) with its one grid member.</summary>
public sealed record Grid
{
    /// <summary>Stable id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The village the grid lies in.</summary>
    public string Village { get; init; } = "";

    /// <summary>The grid's one grid member (一格一员).</summary>
    public GridMember Member { get; init; } = new();

    /// <summary>True when the data is a sample.</summary>
    public bool Sample { get; init; }

    /// <summary>The grid's outline, if declared: within its village's, overlapping no other grid's; a case reported with a point inside it is placed in it.</summary>
    public Boundary? Boundary { get; init; }
}

/// <summary>A grid member who reports cases with the 平安通 app.</summary>
public sealed record GridMember
{
    /// <summary>Stable id, used as the actor of the cases they report.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name (a sample where the grid is).</summary>
    public string Name { get; init; } = "";
}

/// <summary>One rung of the escalation ladder.</summary>
public sealed record EscalationRung
{
    /// <summary>Rung id: office, platformCoordinator, deputySecretary or mainLeader.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";
}
