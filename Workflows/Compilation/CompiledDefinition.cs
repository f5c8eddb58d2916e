using System.Text.Json;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Geography;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Compilation;

/// <summary>A valid definition with its workflows compiled and its organisation indexed for routing.</summary>
public sealed class CompiledDefinition
{
    private readonly Dictionary<string, Category> _categories;
    private readonly Dictionary<string, Platform> _platforms;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, CompiledWorkflow> _besideOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledWorkflow> _besideDeclaring = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Workflow, string State), string> _positions = [];
    private readonly Dictionary<string, Place> _places = new(StringComparer.Ordinal);

    private CompiledDefinition(TownshipDefinition definition, string contentHash)
    {
        Definition = definition;
        ContentHash = contentHash;
        Workflows = definition.Workflows.ToDictionary(w => w.Id, w => new CompiledWorkflow(w), StringComparer.Ordinal);
        _categories = definition.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _platforms = definition.Organisation.Platforms.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _offices = definition.Organisation.Offices.ToDictionary(o => o.Id, StringComparer.Ordinal);
        Calendar = definition.Calendar is { } calendar ? new WorkingCalendar(calendar) : null;
        DeclaresPermissions = definition.Workflows.All(w => w.Transitions.All(t => t.By.Count > 0));
        PersonalFields = new HashSet<string>(Catalogue.AlwaysPersonal.Concat(definition.PersonalData), StringComparer.Ordinal);
        Territory = new Territory(definition.Organisation);

        // Asked on every command and every event folded: answered from tables built once here rather than searched each time.
        foreach (var workflow in Workflows.Values)
        {
            if (workflow.Definition.RunsBeside is { } runsBeside)
            {
                _besideOf.TryAdd(runsBeside, workflow);
                foreach (var trigger in workflow.Definition.Triggers)
                {
                    _besideDeclaring.TryAdd(trigger, workflow);
                }
            }

            foreach (var state in workflow.Definition.States)
            {
                var position = $"{workflow.Id}.{state.Id}";
                _positions[(workflow.Id, state.Id)] = position;
                _places[position] = new Place(workflow.Id, state.Id, state.Final);
            }
        }
    }

    /// <summary>The case fields that hold personal data under this version: those always personal and those it marks.</summary>
    public IReadOnlySet<string> PersonalFields { get; }

    /// <summary>The villages' and grids' boundaries, prepared once, that place a case reported with a point.</summary>
    public Territory Territory { get; }

    /// <summary>The declaration.</summary>
    public TownshipDefinition Definition { get; }

    /// <summary>SHA-256 of the definition text: the content address of this version.</summary>
    public string ContentHash { get; }

    /// <summary>True when every transition says who may fire it; false for a version published before permissions were declared.</summary>
    public bool DeclaresPermissions { get; }

    /// <summary>The working calendar deadlines are counted on; null when the definition declares none.</summary>
    public WorkingCalendar? Calendar { get; }

    /// <summary>How cases are supervised; null when the definition declares no supervision (then cases have no deadlines or timers).</summary>
    public SupervisionPolicy? Supervision => Calendar is null ? null : Definition.Supervision;

    /// <summary>Every workflow, by id.</summary>
    public IReadOnlyDictionary<string, CompiledWorkflow> Workflows { get; }

    /// <summary>The workflow every case starts in.</summary>
    public CompiledWorkflow Entry => Workflows[Definition.EntryWorkflow];

    /// <summary>The workflow that runs beside the given one (supervision beside handling), if any.</summary>
    public CompiledWorkflow? BesideOf(string workflow) => _besideOf.GetValueOrDefault(workflow);

    /// <summary>The first workflow running beside another that declares the trigger (a supervision step), if any.</summary>
    public CompiledWorkflow? BesideDeclaring(string trigger) => _besideDeclaring.GetValueOrDefault(trigger);

    /// <summary>A case's position, <c>workflow.state</c>: the same string every time for a declared state.</summary>
    public string Position(string workflow, string state) =>
        _positions.TryGetValue((workflow, state), out var position) ? position : $"{workflow}.{state}";

    /// <summary>What a position names: its workflow, its state, and whether that state is final (false for one this version does not declare).</summary>
    public Place PlaceOf(string position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (_places.TryGetValue(position, out var place))
        {
            return place;
        }

        var dot = position.IndexOf('.', StringComparison.Ordinal);
        return new Place(position[..dot], position[(dot + 1)..], false);
    }

    /// <summary>The category with this id, or null.</summary>
    public Category? Category(string id) => _categories.GetValueOrDefault(id);

    /// <summary>The platform with this id, or null.</summary>
    public Platform? Platform(string id) => _platforms.GetValueOrDefault(id);

    /// <summary>The office with this id, or null.</summary>
    public Office? Office(string id) => _offices.GetValueOrDefault(id);

    /// <summary>Loads, validates and compiles a definition file, or throws with every error.</summary>
    public static CompiledDefinition LoadFile(string path) => From(DefinitionLoader.LoadFile(path), path);

    /// <summary>Loads, validates and compiles definition text, or throws with every error.</summary>
    public static CompiledDefinition Parse(string json) => From(DefinitionLoader.Parse(json), "definition");

    /// <summary>
    /// Compiles the text of a version already published, without the JSON Schema or the meaning checks (it passed them when it was
    /// published, and a rule added since must not make it unloadable for the cases pinned to it). Keeps the content hash of the text.
    /// Throws <see cref="InvalidDefinitionException"/> only when the text cannot be read as a definition at all.
    /// </summary>
    public static CompiledDefinition Stored(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        const string Source = "the stored definition";
        TownshipDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<TownshipDefinition>(json, DefinitionLoader.JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDefinitionException(Source, [new DefinitionError(e.Path ?? "$", $"cannot be read: {e.Message}")]);
        }

        return new CompiledDefinition(
            definition ?? throw new InvalidDefinitionException(Source, [new DefinitionError("$", "is null; a definition is a JSON object")]),
            DefinitionLoader.ContentHash(json));
    }

    /// <summary>
    /// This version with whatever permissions it does not declare taken from <paramref name="current"/>, so that a case pinned to a
    /// version published before permissions existed is checked as strictly as a new one: each transition without <c>by</c> takes the
    /// roles declared for the same (workflow, from, trigger, to), else for the trigger in the same workflow, else for the trigger in any
    /// workflow, else none (nobody may fire it); an empty <c>submittedBy</c> and empty systems are <paramref name="current"/>'s.
    /// The content hash stays this version's. Returns this instance when it declares everything.
    /// </summary>
    public CompiledDefinition InheritPermissions(CompiledDefinition current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var inherited = PermissionInheritance.Inherit(Definition, current.Definition);
        return ReferenceEquals(inherited, Definition) ? this : new CompiledDefinition(inherited, ContentHash);
    }

    /// <summary>Compiles a load result, or throws <see cref="InvalidDefinitionException"/> listing every error.</summary>
    public static CompiledDefinition From(DefinitionLoadResult result, string source)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            throw new InvalidDefinitionException(source, result.Errors);
        }

        return new CompiledDefinition(result.Definition!, result.ContentHash);
    }
}

/// <summary>Thrown when a definition that must be valid is not; carries every error.</summary>
public sealed class InvalidDefinitionException : Exception
{
    /// <summary>Creates the exception for a named source with its errors.</summary>
    public InvalidDefinitionException(string source, IReadOnlyList<DefinitionError> errors)
        : base($"{source} is not a valid CaseFlow definition ({errors.Count} error(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => "  " + e))}")
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }
}
