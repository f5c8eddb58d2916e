namespace CaseFlow.Engine.Cases.Effects;

/// <summary>What the assessment keeps while it reads a history: each effect tells it what happened, in the effect's own words.</summary>
public interface IAssessedHistory
{
    /// <summary>The handling clock started (sign-for), with the deadline it runs to; the round's escalations start over.</summary>
    void ClockStarted(DateTimeOffset at, DateTimeOffset? deadline);

    /// <summary>The case was returned (退单): the assignment and the handling round end unfinished.</summary>
    void Returned(DateTimeOffset at);

    /// <summary>The county 12345 system sent the case back to the township: not a return (退单), counted apart.</summary>
    void SentBackByCounty();

    /// <summary>A disputed case was reopened.</summary>
    void Reopened();

    /// <summary>The case went to the county 12345 system.</summary>
    void EscalatedToCounty();

    /// <summary>The township urged the county once more.</summary>
    void CountyUrged();

    /// <summary>The case climbed one rung of the escalation ladder.</summary>
    void Escalated();

    /// <summary>A silent county's urging climbed the township's ladder (one rung per urging counted so far).</summary>
    void CountySilenceEscalated();

    /// <summary>The case was closed.</summary>
    void Closed(DateTimeOffset at);

    /// <summary>The reporter was reached by a callback (回访) at <paramref name="at"/>.</summary>
    void CalledBack(DateTimeOffset at);

    /// <summary>The case was flagged as not called back in time.</summary>
    void CallbackFlagged();
}
