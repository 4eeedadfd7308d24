using System.Runtime.CompilerServices;
using Scriban.Syntax;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// The variable paths a statement reads, found once per syntax node and cached with the parsed template:
/// member chains such as <c>company.name</c>, indexers as <c>[]</c> (<c>items[].name</c>), and a loop
/// variable replaced by the list it walks. The renderer keeps those rooted at a parameter; they tell which
/// fields a printed value came from.
/// </summary>
internal static class ExpressionParameters
{
    private static readonly ConditionalWeakTable<ScriptNode, string[]> Cache = new();

    public static IReadOnlyList<string> Of(ScriptNode node) => Cache.GetValue(node, Collect);

    private static string[] Collect(ScriptNode node)
    {
        var paths = new List<string>();
        Visit(node, paths);
        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    private static void Visit(ScriptNode? node, List<string> paths)
    {
        if (node is null) return;
        if (node is ScriptExpression expression && Chain(expression) is { } chain)
        {
            paths.Add(chain);
            // The index of items[i] is read too.
            foreach (var indexer in Indexers(expression)) Visit(indexer.Index, paths);
            return;
        }

        // Scriban's own loop objects (for.index …) and function parameters are not parameters.
        foreach (var child in node.Children) Visit(child, paths);
    }

    private static IEnumerable<ScriptIndexerExpression> Indexers(ScriptExpression expression)
    {
        for (var e = expression; e is not null;)
        {
            switch (e)
            {
                case ScriptMemberExpression member: e = member.Target; break;
                case ScriptIndexerExpression indexer: yield return indexer; e = indexer.Target; break;
                default: e = null; break;
            }
        }
    }

    private static string? Chain(ScriptExpression? expression) => expression switch
    {
        ScriptVariableGlobal global => Root(global),
        ScriptMemberExpression { Member: { } member } m when Chain(m.Target) is { } target => target + "." + member.Name,
        ScriptIndexerExpression i when Chain(i.Target) is { } target => target + "[]",
        _ => null,
    };

    // A loop variable stands for an item of the list its loop walks.
    private static string Root(ScriptVariableGlobal variable)
    {
        for (var parent = variable.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ScriptForStatement { Variable: ScriptVariable loopVariable } loop && loopVariable.Name == variable.Name
                && loop.Iterator is { } iterator && Chain(iterator) is { } list)
                return list + "[]";
        }
        return variable.Name;
    }
}
