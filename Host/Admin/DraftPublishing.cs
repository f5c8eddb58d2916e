using CaseFlow.Engine.Definitions;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Validation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Host.Admin;

/// <summary>
/// What every way an administrator handles a draft does with it (the admin API, the workbench's pages): check it as a publication
/// would and compare it with the current version; publish it in the name of the signed-in administrator and say what changed.
/// </summary>
internal static class DraftPublishing
{
    /// <summary>The source recorded for publications made on the workbench's draft page.</summary>
    public const string Workbench = "workbench";

    /// <summary>Checks a draft and, when it is valid, compares it with the current version and finds whether it is stored already.</summary>
    public static async Task<DraftReview> ReviewAsync(DefinitionRegistry registry, string draft, CancellationToken cancellationToken)
    {
        var (version, current) = registry.GetCurrent();
        var check = registry.Check(draft);
        if (!check.IsValid)
        {
            return new DraftReview(check, version, null, null);
        }

        var stored = (await registry.ListAsync(cancellationToken)).FirstOrDefault(v => v.ContentHash == check.ContentHash);
        return new DraftReview(check, version, stored?.Number, DefinitionDiff.Compare(current.Definition, check.Definition!.Definition));
    }

    /// <summary>
    /// Publishes a draft with its origin (the actor is the signed-in administrator, never a name the request gives); when it is not
    /// valid nothing is published and the errors come back.
    /// </summary>
    public static async Task<DraftPublication> PublishAsync(DefinitionRegistry registry, string draft, PublicationOrigin origin, ILogger logger, CancellationToken cancellationToken)
    {
        var before = registry.GetCurrent();
        DefinitionPublication publication;
        try
        {
            publication = await registry.PublishAsync(draft, origin, cancellationToken);
        }
        catch (InvalidDefinitionException e)
        {
            return new DraftPublication(before.Version, null, e.Errors, null);
        }

        var published = await registry.GetAsync(publication.Version.Number, cancellationToken);
        var result = new DraftPublication(before.Version, publication, [], DefinitionDiff.Compare(before.Definition.Definition, published.Definition));
        AdminLog.Published(logger, publication.Version.Number, origin.Source, origin.Actor, result.Outcome);
        return result;
    }
}

/// <summary>A draft checked, and compared with the version current when it was checked.</summary>
/// <param name="Check">The check: the compiled draft, or every error with its JSON path.</param>
/// <param name="CurrentVersion">The version it was compared with.</param>
/// <param name="StoredAs">The version already holding this very content, if any.</param>
/// <param name="ChangesFromCurrent">What publishing it would change; null when it is not valid.</param>
public sealed record DraftReview(DraftCheck Check, int CurrentVersion, int? StoredAs, DefinitionChanges? ChangesFromCurrent);

/// <summary>What publishing a draft did.</summary>
/// <param name="PreviousVersion">The version current before.</param>
/// <param name="Publication">What the store did; null when the draft was refused.</param>
/// <param name="Errors">Why it was refused; empty when published.</param>
/// <param name="ChangesFromPrevious">What changed from <paramref name="PreviousVersion"/>; null when refused.</param>
public sealed record DraftPublication(int PreviousVersion, DefinitionPublication? Publication, IReadOnlyList<DefinitionError> Errors, DefinitionChanges? ChangesFromPrevious)
{
    /// <summary>The outcome in the API's words: a new version, a stored one made current again, or unchanged.</summary>
    public string Outcome => Publication switch
    {
        null => "refused",
        { Created: true } => "a new version",
        { BecameCurrent: true } => "a stored version made current again",
        _ => "unchanged",
    };
}
