using CaseFlow.Engine.Cases;
using CaseFlow.Host.Http;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The position an authenticated caller acts in on a case, never taken on the request's word: the caller's positions are those its
/// token carries that the current organisation still declares; the <c>X-Acting-As</c> header or the body's <c>actor</c> may name one
/// of them (by organisation id, e.g. <c>mediation-committee</c>, or written, e.g. <c>office:mediation-committee</c>); a caller
/// holding exactly one acts in it when it names none. Naming a position it does not hold is 403; holding several and naming none is 400.
/// </summary>
public static class ActingPosition
{
    /// <summary>The header naming the position the caller acts in.</summary>
    public const string Header = "X-Acting-As";

    /// <summary>The position the caller acts in, or the problem to answer with.</summary>
    /// <param name="caller">The authenticated caller.</param>
    /// <param name="header">The X-Acting-As header's value, if any.</param>
    /// <param name="actor">The body's actor field, if any.</param>
    /// <param name="definition">The current definition, whose organisation the positions are read against.</param>
    public static (Position? Position, IResult? Problem) Resolve(Caller caller, string? header, string? actor, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(definition);
        header = string.IsNullOrWhiteSpace(header) ? null : header.Trim();
        actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
        var held = Held(caller, definition);
        if (header is not null && actor is not null && Match(header, held, definition) != Match(actor, held, definition))
        {
            return (null, Problems.BadRequest($"the {Header} header ('{header}') and the body's actor ('{actor}') name different positions; name one, or the same in both"));
        }

        if ((header ?? actor) is { } named)
        {
            return Match(named, held, definition) is { } position
                ? (position, null)
                : (null, NotHeld(caller, named, held));
        }

        return held.Count switch
        {
            1 => (held[0], null),
            0 => (null, NotHeld(caller, null, held)),
            _ => (null, Problems.BadRequest($"'{caller.Identity}' holds several positions ({Written(held)}); name the one this request acts in with the {Header} header (or the body's actor), e.g. {Header}: {held[0]}")),
        };
    }

    /// <summary>The caller's positions that the organisation declares; others (an office since dissolved, say) are ignored.</summary>
    public static IReadOnlyList<Position> Held(Caller caller, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return [.. caller.Positions.Select(p => Positions.Parse(p, definition).Position).OfType<Position>().Distinct()];
    }

    /// <summary>The held position a name means: an organisation id, or a written position.</summary>
    private static Position? Match(string named, IReadOnlyList<Position> held, CompiledDefinition definition)
    {
        var written = named.Contains(':', StringComparison.Ordinal) || named == ActorKinds.CommandRoom ? Positions.Parse(named, definition).Position : null;
        return held.FirstOrDefault(p => written is null ? p.Id == named : p == written);
    }

    private static IResult NotHeld(Caller caller, string? named, IReadOnlyList<Position> held)
    {
        var what = named is null ? "This request acts on a case, but" : $"'{caller.Identity}' may not act as '{named}':";
        var positions = held.Count == 0 ? "no position of the organisation" : $"only {Written(held)}";
        return Results.Problem(
            title: "Not your position",
            detail: $"{what} '{caller.Identity}' holds {positions}. Positions come from the account (user add … --position kind:id) or the OpenID Connect provider's claims, never from the request.",
            statusCode: StatusCodes.Status403Forbidden);
    }

    private static string Written(IEnumerable<Position> positions) => string.Join(", ", positions.Select(p => p.ToString()));
}
