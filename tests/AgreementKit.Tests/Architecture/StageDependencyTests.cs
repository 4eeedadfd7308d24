using AgreementKit.Tests.Support;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace AgreementKit.Tests.Architecture;

/// <summary>
/// The pipeline runs one way, and the compiled code is what is checked: every type of the library and the
/// CLI, with every type it names in its signatures, fields, attributes and method bodies (lambdas and
/// iterators included), belongs to a stage, and a stage uses only stages before it. A root-namespace type
/// used from Writers, or Model reaching into Templates, fails here — names in a <c>using</c> are not needed
/// for a dependency, so reading sources would miss them.
/// </summary>
public sealed class StageDependencyTests
{
    /// <summary>The stages in pipeline order; "Root" is the <c>AgreementKit</c> namespace itself (the engine facade).</summary>
    private static readonly string[] Order =
    [
        "Diagnostics", "Chinese", "Parameters", "Markup", "Templates", "Model", "Layout", "Backends", "Writers", "Comparison",
        // The web app is a library over the engine; the CLI's serve command hosts it.
        "Root", "Batch", "Lint", "Renewals", "Web", "Cli",
    ];

    /// <summary>Earlier stages a stage must still not use.</summary>
    private static readonly Dictionary<string, string[]> Forbidden = new()
    {
        // The model is parsed markup; the template language and the parameter reader are not its business.
        ["Model"] = ["Templates", "Parameters"],
        // The layout engine could lay out any document: it knows nothing of agreements or their inputs.
        ["Layout"] = ["Parameters", "Markup", "Templates", "Model", "Chinese"],
        // The PDF backend draws what the layout engine measured.
        ["Backends"] = ["Parameters", "Markup", "Templates", "Model", "Chinese"],
    };

    private static readonly Lazy<IReadOnlyList<Dependency>> Dependencies = new(Collect);

    private sealed record Dependency(string From, string To, string FromType, string ToType);

    [Fact]
    public void Every_type_belongs_to_a_known_stage()
    {
        var unknown = Types().Select(t => (Type: t.FullName, Stage: StageOf(t))).Where(x => x.Stage is null).Select(x => x.Type).ToList();
        Assert.True(unknown.Count == 0, "types outside every stage (add their namespace to Order):\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void A_stage_uses_only_the_stages_before_it()
    {
        var wrong = Dependencies.Value
            .Where(d => d.From != d.To && (Index(d.To) > Index(d.From) || (Forbidden.TryGetValue(d.From, out var f) && f.Contains(d.To))))
            .GroupBy(d => (d.From, d.To))
            .Select(g => $"{g.Key.From} -> {g.Key.To}: {string.Join("; ", g.Select(d => $"{d.FromType} uses {d.ToType}").Distinct().Take(5))}")
            .ToList();
        Assert.True(wrong.Count == 0, "dependencies against the pipeline order:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_sees_dependencies_that_no_using_directive_shows()
    {
        // Writers name root types only through the parent namespace (no using); the engine uses Writers.
        Assert.Contains(Dependencies.Value, d => d.From == "Root" && d.To == "Writers");
        Assert.Contains(Dependencies.Value, d => d.From == "Cli" && d.To == "Root");
        Assert.Contains(Dependencies.Value, d => d.From == "Lint" && d.To == "Root");
        Assert.Contains(Dependencies.Value, d => d.From == "Batch" && d.To == "Root");
        Assert.True(Dependencies.Value.Count > 1000, $"only {Dependencies.Value.Count} dependencies seen");
    }

    [Fact]
    public void The_model_does_not_know_scriban_or_the_file_formats()
    {
        var offenders = Dependencies.Value.Count == 0 ? [] : References()
            .Where(r => StageOf(r.From) == "Model" && (r.To.StartsWith("Scriban", StringComparison.Ordinal) || r.To.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || r.To.StartsWith("SkiaSharp", StringComparison.Ordinal)))
            .Select(r => $"{r.From.FullName} uses {r.To}").Distinct().ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_pdf_backend_and_font_loading_touch_skia()
    {
        var offenders = References()
            .Where(r => r.To.StartsWith("SkiaSharp", StringComparison.Ordinal))
            .Where(r => !Namespace(r.From).StartsWith("AgreementKit.Backends.Pdf", StringComparison.Ordinal) && Namespace(r.From) != "AgreementKit.Layout.Fonts")
            .Select(r => $"{r.From.FullName} uses {r.To}").Distinct().ToList();
        Assert.Empty(offenders);
    }

    private static int Index(string stage) => Array.IndexOf(Order, stage);

    private static IEnumerable<TypeDefinition> Types()
    {
        foreach (var assembly in Assemblies())
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var outer = Outermost(type);
            // Compiler-generated helpers (embedded attributes, <PrivateImplementationDetails>, collection
            // expression types) live outside the project's namespaces; the CLI's top-level Program is the CLI's.
            var generated = outer.Name == "<Module>" || Namespace(type).StartsWith("Microsoft.", StringComparison.Ordinal) || Namespace(type).StartsWith("System.", StringComparison.Ordinal)
                || (Namespace(type).Length == 0 && outer.Name != "Program");
            if (!generated) yield return type;
        }
    }

    private static IReadOnlyList<AssemblyDefinition> Assemblies()
    {
        var folder = AppContext.BaseDirectory;
        return [.. new[] { "AgreementKit.dll", "AgreementKit.Cli.dll", "AgreementKit.Web.dll" }
            .Select(name => Path.Combine(folder, name)).Where(File.Exists)
            .Select(path => AssemblyDefinition.ReadAssembly(path))];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>The namespace a type is declared in; nested (also compiler-generated) types take their outer type's.</summary>
    private static string Namespace(TypeReference type) => Outermost(type).Namespace ?? "";

    private static string? StageOf(TypeReference type)
    {
        var ns = Namespace(type);
        if (ns.Length == 0 && Outermost(type).Name == "Program" && type.Scope.Name.StartsWith("AgreementKit.Cli", StringComparison.Ordinal)) return "Cli";
        if (ns == "AgreementKit") return "Root";
        if (ns.StartsWith("AgreementKit.Cli", StringComparison.Ordinal)) return "Cli";
        if (ns.StartsWith("AgreementKit.Web", StringComparison.Ordinal)) return "Web";
        if (!ns.StartsWith("AgreementKit.", StringComparison.Ordinal)) return null;
        var first = ns["AgreementKit.".Length..].Split('.')[0];
        return Order.Contains(first) ? first : null;
    }

    private static IReadOnlyList<Dependency> Collect() =>
        [.. References()
            .Select(r => (r.From, To: r.ToType, FromStage: StageOf(r.From), ToStage: r.ToType is null ? null : StageOf(r.ToType)))
            .Where(x => x.FromStage is not null && x.ToStage is not null)
            .Select(x => new Dependency(x.FromStage!, x.ToStage!, x.From.FullName, x.To!.FullName))
            .Distinct()];

    private sealed record Reference(TypeDefinition From, string To, TypeReference? ToType);

    /// <summary>Every type a type names: base, interfaces, attributes, fields, properties, events, signatures, bodies.</summary>
    private static IEnumerable<Reference> References()
    {
        foreach (var type in Types())
        {
            var named = new List<TypeReference?>();
            named.Add(type.BaseType);
            named.AddRange(type.Interfaces.Select(i => i.InterfaceType));
            named.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
            named.AddRange(type.Fields.Select(f => f.FieldType));
            named.AddRange(type.Properties.Select(p => p.PropertyType));
            named.AddRange(type.Events.Select(e => e.EventType));
            foreach (var method in type.Methods)
            {
                named.Add(method.ReturnType);
                named.AddRange(method.Parameters.Select(p => p.ParameterType));
                named.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
                if (!method.HasBody) continue;
                named.AddRange(method.Body.Variables.Select(v => v.VariableType));
                foreach (var instruction in method.Body.Instructions) named.AddRange(Operand(instruction));
            }

            foreach (var reference in named.Where(r => r is not null).SelectMany(Expand))
                yield return new Reference(type, reference.FullName, reference);
        }
    }

    private static IEnumerable<TypeReference?> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => [t],
        MethodReference m => [m.DeclaringType, m.ReturnType, .. m.Parameters.Select(p => p.ParameterType), .. (m is GenericInstanceMethod g ? g.GenericArguments : [])],
        FieldReference f => [f.DeclaringType, f.FieldType],
        _ => [],
    };

    /// <summary>A type and everything it is built from: element types of arrays and by-refs, generic arguments.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        if (type is null || type is GenericParameter) yield break;
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var argument in generic.GenericArguments)
                foreach (var t in Expand(argument)) yield return t;
                yield break;
            case TypeSpecification specification:
                foreach (var t in Expand(specification.ElementType)) yield return t;
                yield break;
            default:
                yield return type;
                yield break;
        }
    }
}
