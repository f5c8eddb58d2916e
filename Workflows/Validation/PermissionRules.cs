using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// Who may act: every transition names the roles that may fire it, every new case the roles that may submit it, from the
/// catalogue's roles; a role played by a system needs a system of that kind in the organisation.
/// </summary>
internal static class PermissionRules
{
    // A role a system plays in a transition, and the role such a system must hold in the organisation.
    private static readonly Dictionary<string, string> SystemRoleFor = new(StringComparer.Ordinal)
    {
        ["county"] = "county",
        ["intakeSystem"] = "intake",
    };

    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckSubmittedBy(definition.SubmittedBy, errors, used);
        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            var workflow = definition.Workflows[w];
            for (var t = 0; t < workflow.Transitions.Count; t++)
            {
                // A transition declared from several states says once who may fire it: checked on the first of them.
                if (workflow.Transitions[t].Source?.IsFirst != false)
                {
                    CheckBy(workflow.Id, workflow.Transitions[t], WorkflowRules.DeclaredAt($"$.workflows[{w}]", workflow.Transitions[t], t), errors, used);
                }
            }
        }

        CheckSystemsFor(used, definition.Organisation.Systems, errors);
    }

    /// <summary>The roles with what each admits, for messages that ask for one.</summary>
    private static string Described(IEnumerable<string> roles) =>
        string.Join("; ", roles.Order(StringComparer.Ordinal).Select(r => $"{r}: {Catalogue.Roles[r]}"));

    private static void CheckBy(string workflow, TransitionDefinition transition, string path, ErrorList errors, Dictionary<string, string> used)
    {
        var from = transition.Source?.DescribeFrom(transition.From) ?? transition.From;
        var to = transition.Source?.Stays == true ? "(stays)" : transition.To;
        var what = $"{workflow}: {from} --{transition.Trigger}--> {to}";
        if (transition.By.Count == 0)
        {
            errors.Add($"{path}.by", $"transition {what} does not say who may fire it; give \"by\" one or more of these roles: {Described(Catalogue.Roles.Keys)}");
            return;
        }

        CheckRoles(transition.By, $"{path}.by", $"who may fire {what}", errors, used);
    }

    private static void CheckSubmittedBy(IReadOnlyList<string> submittedBy, ErrorList errors, Dictionary<string, string> used)
    {
        var submitters = Catalogue.Roles.Keys.Where(r => !Catalogue.CaseBoundRoles.Contains(r)).ToList();
        if (submittedBy.Count == 0)
        {
            errors.Add("$.submittedBy", $"the definition does not say who may submit a new case; give \"submittedBy\" one or more of these roles: {Described(submitters)}");
            return;
        }

        CheckRoles(submittedBy, "$.submittedBy", "who may submit a new case", errors, used);
        for (var i = 0; i < submittedBy.Count; i++)
        {
            var role = submittedBy[i];
            if (Catalogue.CaseBoundRoles.Contains(role))
            {
                errors.Add($"$.submittedBy[{i}]", $"'{role}' means {Catalogue.Roles[role]}: it acts only on a case already under way, so it cannot submit a new one; roles that may submit are: {ErrorList.List(submitters)}");
            }
        }
    }

    /// <summary>Reports unknown and repeated roles in a list; records where each known role is first used.</summary>
    private static void CheckRoles(IReadOnlyList<string> roles, string path, string what, ErrorList errors, Dictionary<string, string> used)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < roles.Count; k++)
        {
            var role = roles[k];
            var at = $"{path}[{k}]";
            if (!Catalogue.Roles.ContainsKey(role))
            {
                var near = Catalogue.Roles.Keys.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
                var hint = near is null ? "" : $" (roles are case-sensitive: did you mean '{near}'?)";
                errors.Add(at, $"unknown role '{role}' in {what}{hint}; roles are: {ErrorList.List(Catalogue.Roles.Keys)}");
            }
            else if (!seen.Add(role))
            {
                errors.Add(at, $"role '{role}' is named twice in {what}; name each role once");
            }
            else
            {
                used.TryAdd(role, at);
            }
        }
    }

    private static void CheckSystemsFor(Dictionary<string, string> used, IReadOnlyList<ExternalSystem> systems, ErrorList errors)
    {
        foreach (var (role, systemRole) in SystemRoleFor)
        {
            if (used.TryGetValue(role, out var first) && !systems.Any(s => s.Role == systemRole))
            {
                errors.Add("$.organisation.systems", $"the role '{role}' is used (first at {first}) but no system in the organisation has the role '{systemRole}', so no one could act as {Catalogue.Roles[role]}; declare one, e.g. {{\"id\": \"…\", \"name\": \"…\", \"role\": \"{systemRole}\"}}, or stop using '{role}'");
            }
        }
    }
}
