using AgreementKit.Parameters;
using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// Walks a template's syntax tree for member chains rooted at global variables (<c>company.name</c>,
/// <c>term.start</c>) and resolves each against the schema's property tree. A chain the schema does not
/// declare is an <see cref="UnknownVariable"/>; a chain that reaches a leaf marks it used. Unlike the
/// sandbox's strict mode, which only sees the branches one set of parameters takes, this sees every branch.
/// </summary>
/// <remarks>
/// Reading an object as a whole (<c>if intermediary</c>) uses none of its fields, so a field that is only
/// ever tested for presence is still reported unused; passing the object to a function does use them all,
/// because the function may read any of them.
/// </remarks>
internal sealed class VariableUseWalker
{
    // Names Scriban itself gives meaning: the loop objects (for.index, while.index, tablerow.col).
    private static readonly string[] LoopObjects = ["for", "while", "tablerow"];

    private readonly SchemaNode _schema;
    private readonly HashSet<string> _templateNames;
    private readonly IReadOnlySet<string> _builtins;
    // Loop variables in scope, innermost last: the schema node of a list item, or null for a plain local.
    private readonly List<(string Name, SchemaNode? Item)> _loops = [];
    // Objects opened by `with`, innermost last: their fields read as bare names inside the block.
    private readonly List<SchemaNode> _withs = [];
    private readonly List<UnknownVariable> _unknown = [];
    private readonly HashSet<SchemaNode> _used = [];

    private VariableUseWalker(SchemaNode schema, HashSet<string> templateNames, IReadOnlySet<string> builtins)
    {
        _schema = schema;
        _templateNames = templateNames;
        _builtins = builtins;
    }

    /// <summary>The unknown chains and used schema leaves of one template.</summary>
    public static (IReadOnlyList<UnknownVariable> Unknown, IReadOnlySet<SchemaNode> Used) Walk(ScriptPage page, SchemaNode schema, IReadOnlySet<string> builtins)
    {
        var walker = new VariableUseWalker(schema, TemplateNames.Collect(page), builtins);
        walker.Visit(page);
        return (walker._unknown, walker._used);
    }

    private void Visit(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptExpression expression when TryChain(expression, out var root, out var steps):
                Resolve(root, steps, wholeValue: false);
                return;
            case ScriptMemberExpression member:
                // The member name is not a variable: `(zh.date x).size` reads nothing called size.
                Visit(member.Target);
                return;
            case ScriptVariable:
                // $0, $name and other locals are never parameters.
                return;
            case ScriptFunctionCall call:
                Visit(call.Target);
                foreach (var argument in call.Arguments) VisitArgument(argument);
                return;
            case ScriptPipeCall pipe:
                VisitArgument(pipe.From);
                Visit(pipe.To);
                return;
            case ScriptNamedArgument named:
                Visit(named.Value);
                return;
            case ScriptObjectMember objectMember:
                Visit(objectMember.Value);
                return;
            case ScriptAssignExpression assign:
                Visit(assign.Value);
                return;
            case ScriptFunction function:
                Visit(function.Body);
                return;
            case ScriptParameter:
                return;
            case ScriptCaptureStatement capture:
                Visit(capture.Body);
                return;
            case ScriptForStatement loop:
                VisitLoop(loop);
                return;
            case ScriptWithStatement with:
                VisitWith(with);
                return;
            default:
                foreach (var child in node.Children) Visit(child);
                return;
        }
    }

    /// <summary>A whole object handed to a function counts as using all its fields.</summary>
    private void VisitArgument(ScriptExpression? argument)
    {
        if (argument is not null && TryChain(argument, out var root, out var steps))
            Resolve(root, steps, wholeValue: true);
        else
            Visit(argument);
    }

    private void VisitLoop(ScriptForStatement loop)
    {
        SchemaNode? item = null;
        if (loop.Iterator is { } iterator && TryChain(iterator, out var root, out var steps))
        {
            var list = Resolve(root, steps, wholeValue: false);
            if (list is { Kind: SchemaNodeKind.Array } && !list.IsLeaf) item = list.Items;
        }
        else
        {
            Visit(loop.Iterator);
        }

        if (loop.NamedArguments is { } named)
        {
            foreach (var argument in named) Visit(argument);
        }

        var scoped = loop.Variable is ScriptVariable variable;
        if (scoped) _loops.Add((((ScriptVariable)loop.Variable!).Name, item));
        Visit(loop.Body);
        if (scoped) _loops.RemoveAt(_loops.Count - 1);
        Visit(loop.Else);
    }

    private void VisitWith(ScriptWithStatement with)
    {
        SchemaNode? target = null;
        if (with.Name is { } name && TryChain(name, out var root, out var steps))
            target = Resolve(root, steps, wholeValue: false);
        else
            Visit(with.Name);
        var scoped = target is { Kind: SchemaNodeKind.Object, IsLeaf: false };
        if (scoped) _withs.Add(target!);
        Visit(with.Body);
        if (scoped) _withs.RemoveAt(_withs.Count - 1);
    }

    /// <summary>
    /// Resolves a chain against the schema, recording a use or an unknown name. Returns the node the chain
    /// reaches, or null when it leaves the schema (a template variable, a built-in, an error).
    /// </summary>
    private SchemaNode? Resolve(ScriptVariableGlobal root, List<ChainStep> steps, bool wholeValue)
    {
        // A computed index (items[i]) is an expression of its own, read wherever the chain leads.
        foreach (var step in steps.Where(s => s.Index is not null and not ScriptLiteral))
            Visit(step.Index);
        var offset = root.Span.Start.Offset;
        var name = root.Name;
        SchemaNode? node;
        var loop = _loops.FindLast(l => l.Name == name);
        if (loop.Name is not null)
        {
            node = loop.Item;
            if (node is null) return null;
        }
        else if (_withs.Count > 0 && _withs[^1].Property(name) is { } field)
        {
            node = field;
        }
        else if (_templateNames.Contains(name) || _builtins.Contains(name) || LoopObjects.Contains(name))
        {
            return null;
        }
        else if (_schema.Property(name) is { } top)
        {
            node = top;
        }
        else
        {
            _unknown.Add(new UnknownVariable(offset,
                $"'{name}' is not a parameter in schema.json and the template does not set it{Suggest(name, [.. _schema.PropertyNames, .. _templateNames])}"));
            return null;
        }

        var path = name;
        foreach (var step in steps)
        {
            var next = Step(node, step, path, offset);
            if (next is null) return null;
            node = next;
            path += step.ToString();
        }

        if (node.IsLeaf) _used.Add(node);
        else if (wholeValue) _used.UnionWith(node.Leaves());
        return node;
    }

    private SchemaNode? Step(SchemaNode node, ChainStep step, string path, int offset)
    {
        switch (node.Kind)
        {
            case SchemaNodeKind.Object when node.IsLeaf:
                // A free-form object: any key may be there.
                _used.Add(node);
                return null;
            case SchemaNodeKind.Object when step.Name is { } member:
                if (node.Property(member) is { } child) return child;
                _unknown.Add(new UnknownVariable(offset,
                    $"'{path}.{member}' is not in schema.json: '{path}' has no field '{member}'{Suggest(member, node.PropertyNames)}"));
                return null;
            case SchemaNodeKind.Object:
                // A computed key may read any field.
                _used.UnionWith(node.Leaves());
                return null;
            case SchemaNodeKind.Array when step.Index is not null:
                if (node.Items is null || node.IsLeaf) _used.Add(node);
                return node.IsLeaf ? null : node.Items;
            case SchemaNodeKind.Array when step.Member == "size":
                if (node.IsLeaf) _used.Add(node);
                return null;
            case SchemaNodeKind.Array:
                _unknown.Add(new UnknownVariable(offset,
                    $"'{path}' is a list in schema.json; it has no field '{step.Name}' (use {path}[index].{step.Name} or a for loop)"));
                return null;
            default:
                _unknown.Add(new UnknownVariable(offset,
                    $"'{path}' is a single value in schema.json; it has no field '{step.Name ?? step.ToString()}'"));
                return null;
        }
    }

    /// <summary>Splits <c>a.b[0].c</c> into its root variable and steps; false for anything else.</summary>
    private static bool TryChain(ScriptExpression expression, out ScriptVariableGlobal root, out List<ChainStep> steps)
    {
        switch (expression)
        {
            case ScriptVariableGlobal variable:
                root = variable;
                steps = [];
                return true;
            case ScriptMemberExpression { Target: { } target, Member: { } member } when TryChain(target, out root, out steps):
                steps.Add(new ChainStep(member.Name, null));
                return true;
            case ScriptIndexerExpression { Target: { } indexed } indexer when TryChain(indexed, out root, out steps):
                steps.Add(new ChainStep(null, indexer.Index));
                return true;
            default:
                root = null!;
                steps = null!;
                return false;
        }
    }

    private static string Suggest(string name, IEnumerable<string> known) =>
        KeySuggestion.Closest(name, known) is { } closest ? $"; did you mean '{closest}'?" : "";
}
