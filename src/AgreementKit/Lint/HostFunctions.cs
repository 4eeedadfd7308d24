using System.Globalization;
using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// A pack may call functions its host registers (<c>AgreementEngineOptions.Functions</c>, used as
/// <c>{{ fn.masked_id employee.idNumber }}</c>). Lint cannot call the host's code, so for its example runs it
/// registers a stand-in under each name the sources use: it prints its arguments, which keeps every value's
/// characters in the rendered text, and lets the rest of the template be rendered and checked.
/// </summary>
internal static class HostFunctions
{
    private const string ObjectName = "fn";

    /// <summary>The names called as <c>fn.name</c> anywhere in <paramref name="page"/>.</summary>
    public static IEnumerable<string> NamesUsed(ScriptPage page)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(page);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptMemberExpression { Target: ScriptVariableGlobal { Name: ObjectName }, Member: { } member })
                yield return member.Name;
            foreach (var child in node.Children)
            {
                if (child is not null) pending.Push(child);
            }
        }
    }

    /// <summary>Registers a stand-in for each name.</summary>
    public static void AddStandIns(AgreementEngineOptions options, IEnumerable<string> names)
    {
        foreach (var name in names) options.Functions[name] = new Func<object?[], string>(StandIn);
    }

    // `params` so that Scriban passes any number of arguments, as the host's function would take them.
    private static string StandIn(params object?[] arguments) =>
        string.Join(" ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)));
}
