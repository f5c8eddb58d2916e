namespace CaseFlow.Engine.Definitions;

/// <summary>A valid definition on its way into the store, with where it came from.</summary>
/// <param name="WorkflowSetId">The workflow set's stable id (the definition's <c>id</c>).</param>
/// <param name="ContentHash">SHA-256 of the text.</param>
/// <param name="Content">The definition text, stored exactly as given.</param>
/// <param name="Origin">Where it came from and who published it.</param>
/// <param name="At">When it is published.</param>
public sealed record DefinitionDraft(string WorkflowSetId, string ContentHash, string Content, PublicationOrigin Origin, DateTimeOffset At);

/// <summary>Where a publication came from: a file path or the admin API, and who published it.</summary>
/// <param name="Source">The definition file's full path, or <see cref="AdminApi"/>.</param>
/// <param name="Actor">Who published: an administrator's name, or the part of CaseFlow that read the file.</param>
public sealed record PublicationOrigin(string Source, string Actor)
{
    /// <summary>The source recorded for publications through the admin HTTP API.</summary>
    public const string AdminApi = "admin-api";

    /// <summary>A publication of a file, by the part of CaseFlow (or the tool) that read it.</summary>
    public static PublicationOrigin File(string path, string actor) => new(Path.GetFullPath(path), actor);
}

/// <summary>What a publication did.</summary>
/// <param name="Version">The version the content is stored as.</param>
/// <param name="Created">True when the content was new and so became a new version.</param>
/// <param name="BecameCurrent">True when the version was not current before (a new version, or an older one made current again).</param>
public sealed record DefinitionPublication(DefinitionVersionInfo Version, bool Created, bool BecameCurrent);

/// <summary>A stored definition version, without its text.</summary>
/// <param name="Number">The version number (1, 2, …), in order of first publication.</param>
/// <param name="WorkflowSetId">The workflow set's stable id; empty for versions stored before it was recorded.</param>
/// <param name="ContentHash">SHA-256 of the text: the same content is always the same version.</param>
/// <param name="PublishedAt">When it was first published; null for versions stored before it was recorded.</param>
/// <param name="Source">Where it was first published from: a file path or the admin API.</param>
/// <param name="PublishedBy">Who first published it.</param>
public sealed record DefinitionVersionInfo(int Number, string WorkflowSetId, string ContentHash, DateTimeOffset? PublishedAt, string Source, string PublishedBy);
