namespace CaseFlow.Engine.Tests.Fixtures;

/// <summary>The client keys of the cases in <c>replay-main.db</c>, each naming the path its case took.</summary>
internal static class ReplayFixtureCases
{
    public const string TownshipLoop = "fixture-township-loop";
    public const string ReturnedThenSentBack = "fixture-returned-then-sent-back";
    public const string ExtensionGranted = "fixture-extension-granted";
    public const string ExtensionRefused = "fixture-extension-refused";
    public const string JointHandling = "fixture-joint-handling";
    public const string Ladder = "fixture-ladder";
    public const string NeverSignedFor = "fixture-never-signed-for";
    public const string CountyResolved = "fixture-county-resolved";
    public const string CountySilent = "fixture-county-silent";
    public const string CountySentBack = "fixture-county-sent-back";
    public const string InvalidSubmitted = "fixture-invalid-submitted";
    public const string InvalidRegistered = "fixture-invalid-registered";
    public const string Duplicate = "fixture-duplicate";
    public const string DisputedThenClosed = "fixture-disputed-then-closed";
    public const string Migrated = "fixture-migrated";
    public const string SignedForOnVersionTwo = "fixture-signed-for-on-v2";
    public const string AssignedOnVersionTwo = "fixture-assigned-on-v2";
    public const string CountyAcceptedOnVersionTwo = "fixture-county-accepted-on-v2";
}
