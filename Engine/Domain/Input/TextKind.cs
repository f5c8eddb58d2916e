namespace CaseFlow.Engine.Input;

/// <summary>Which characters a field may hold: an identifier is matched and displayed as a key, free text is read by people.</summary>
public enum TextKind
{
    /// <summary>Ids, keys, names of positions and accounts: no control, bidirectional or zero-width character at all.</summary>
    Identifier,

    /// <summary>What people write: tab, line feed and carriage return allowed; other controls and bidirectional overrides or isolates not.</summary>
    FreeText,
}
