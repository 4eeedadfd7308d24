using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// The names a template gives values itself: assignments (<c>x = …</c>), captures, functions and their
/// parameters. Scriban keeps them in the same global scope as the parameters, anywhere in the template, so
/// they are collected once for the whole source, in any order. Loop variables are scoped to their loop and
/// handled by <see cref="VariableUseWalker"/>.
/// </summary>
internal static class TemplateNames
{
    public static HashSet<string> Collect(ScriptNode root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case ScriptAssignExpression { Target: ScriptVariable assigned }:
                    names.Add(assigned.Name);
                    break;
                case ScriptCaptureStatement { Target: ScriptVariable captured }:
                    names.Add(captured.Name);
                    break;
                case ScriptFunction function:
                    if (function.NameOrDoToken is ScriptVariable name) names.Add(name.Name);
                    if (function.Parameters is { } parameters)
                    {
                        foreach (var parameter in parameters)
                        {
                            if (parameter.Name is { } parameterName) names.Add(parameterName.Name);
                        }
                    }

                    break;
            }

            foreach (var child in node.Children)
            {
                if (child is not null) pending.Push(child);
            }
        }

        return names;
    }
}
