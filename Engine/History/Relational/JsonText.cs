namespace CaseFlow.Engine.History.Relational;

/// <summary>A parameter's value bound for a JSON column (PostgreSQL types it <c>json</c>; SQLite stores the text).</summary>
internal readonly record struct JsonText(string Text);
