using System.Globalization;
using System.Text;
using AgreementKit.Web.Pages;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Forms;

/// <summary>
/// Draws a pack's form as server-side HTML: one fieldset per schema object (甲方, 乙方, 期限 …), a widget per
/// value by its type, lists with an item template, and the conditions under which a field applies. Every
/// member carries <c>data-kind</c>, <c>data-key</c> and (outside lists) its parameter path in <c>data-path</c>,
/// from which the page's script builds the parameters and places each diagnostic.
/// </summary>
internal sealed class FormRenderer
{
    private readonly UiText _ui;
    private readonly StringBuilder _html = new();
    private int _ids;

    private FormRenderer(UiText ui) => _ui = ui;

    public static string Render(FormField root, UiText ui)
    {
        var renderer = new FormRenderer(ui);
        renderer.Root(root);
        return renderer._html.ToString();
    }

    private void Root(FormField root)
    {
        // Values at the top level (leadParty …) share one presentational fieldset; it adds no level to the parameters.
        var loose = root.Children.Where(c => c.Kind is not (FieldKind.Group or FieldKind.List)).ToList();
        if (loose.Count > 0)
        {
            _html.Append("<fieldset class=\"group basics\">\n<legend>").Append(Html.Escape(_ui["basics"])).Append("</legend>\n");
            foreach (var field in loose) Member(field, "", inList: false);
            _html.Append("</fieldset>\n");
        }

        foreach (var field in root.Children.Where(c => c.Kind is FieldKind.Group or FieldKind.List))
            Member(field, "", inList: false);
    }

    private void Member(FormField field, string idPrefix, bool inList)
    {
        switch (field.Kind)
        {
            case FieldKind.Group:
                Group(field, idPrefix, inList);
                break;
            case FieldKind.List:
                List(field, idPrefix, inList);
                break;
            default:
                Value(field, idPrefix, inList);
                break;
        }
    }

    private void Group(FormField field, string idPrefix, bool inList)
    {
        var id = NewId(idPrefix);
        _html.Append("<fieldset class=\"group\"");
        Attributes(field, inList);
        _html.Append(" aria-describedby=\"").Append(id).Append("-err\">\n<legend>").Append(Html.Escape(field.Label));
        Required(field);
        _html.Append("</legend>\n");
        Help(field, id);
        _html.Append("<p class=\"error\" id=\"").Append(id).Append("-err\" hidden></p>\n");
        foreach (var child in field.Children) Member(child, idPrefix, inList);
        _html.Append("</fieldset>\n");
    }

    private void List(FormField field, string idPrefix, bool inList)
    {
        var id = NewId(idPrefix);
        _html.Append("<div class=\"list\"");
        Attributes(field, inList);
        if (field.MinItems is { } min) _html.Append(" data-min=\"").Append(min.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (field.MaxItems is { } max) _html.Append(" data-max=\"").Append(max.ToString(CultureInfo.InvariantCulture)).Append('"');
        _html.Append(" role=\"group\" aria-labelledby=\"").Append(id).Append("-label\">\n<p class=\"list-label\" id=\"").Append(id).Append("-label\">")
            .Append(Html.Escape(field.Label));
        Required(field);
        _html.Append("</p>\n");
        Help(field, id);
        _html.Append("<p class=\"error\" id=\"").Append(id).Append("-err\" hidden></p>\n<ol class=\"list-items\"></ol>\n<template class=\"list-template\">\n<li class=\"list-item\">\n");
        // Ids inside the template get a fresh prefix each time the script adds an item.
        Member(field.Item!, "__ID__-", inList: true);
        _html.Append("<button type=\"button\" class=\"remove-item\">").Append(Html.Escape(_ui["removeItem"])).Append("</button>\n</li>\n</template>\n")
            .Append("<button type=\"button\" class=\"add-item\">").Append(Html.Escape(_ui["addItem"])).Append("</button>\n</div>\n");
    }

    private void Value(FormField field, string idPrefix, bool inList)
    {
        var id = NewId(idPrefix);
        var kind = field.Kind switch
        {
            FieldKind.Date => "date",
            FieldKind.Integer => "integer",
            FieldKind.Number => "number",
            FieldKind.Boolean => field.Required ? "boolean" : "optional-boolean",
            FieldKind.Choice => "choice",
            FieldKind.Json => "json",
            _ => "text",
        };
        _html.Append("<div class=\"field field-").Append(kind).Append('"');
        Attributes(field, inList, kind);
        _html.Append(">\n");
        var described = $" aria-describedby=\"{id}-help {id}-err\"";
        var name = inList ? "" : $" name=\"{Html.Escape(field.Path)}\"";
        if (kind == "boolean")
        {
            // A checkbox reads best with its label after it.
            _html.Append("<input type=\"checkbox\" id=\"").Append(id).Append('"').Append(name).Append(described).Append(">\n");
            Label(field, id);
        }
        else
        {
            Label(field, id);
            switch (kind)
            {
                case "date":
                    _html.Append("<span class=\"date-row\"><input type=\"text\" id=\"").Append(id).Append('"').Append(name).Append(described)
                        .Append(" inputmode=\"numeric\" placeholder=\"YYYY-MM-DD\" autocomplete=\"off\" spellcheck=\"false\">")
                        .Append("<input type=\"date\" class=\"date-picker\" tabindex=\"-1\" aria-label=\"").Append(Html.Escape(_ui["pickDate"])).Append("\"></span>\n");
                    break;
                case "integer" or "number":
                    _html.Append("<input type=\"number\" id=\"").Append(id).Append('"').Append(name).Append(described)
                        .Append(kind == "integer" ? " step=\"1\" inputmode=\"numeric\"" : " step=\"any\" inputmode=\"decimal\"");
                    if (field.Minimum is { } min) _html.Append(" min=\"").Append(min.ToString(CultureInfo.InvariantCulture)).Append('"');
                    if (field.Maximum is { } max) _html.Append(" max=\"").Append(max.ToString(CultureInfo.InvariantCulture)).Append('"');
                    _html.Append(">\n");
                    break;
                case "choice":
                    _html.Append("<select id=\"").Append(id).Append('"').Append(name).Append(described).Append(">\n<option value=\"\">")
                        .Append(Html.Escape(field.Required ? _ui["choose"] : _ui["leaveOut"])).Append("</option>\n");
                    foreach (var option in field.Choices)
                    {
                        _html.Append("<option value=\"").Append(Html.Escape(option.FormValue)).Append('"');
                        if (option.Value.Type != JTokenType.String) _html.Append(" data-json=\"").Append(Html.Escape(option.FormValue)).Append('"');
                        _html.Append('>').Append(Html.Escape(option.Label)).Append("</option>\n");
                    }

                    _html.Append("</select>\n");
                    break;
                case "optional-boolean":
                    _html.Append("<select id=\"").Append(id).Append('"').Append(name).Append(described).Append(">\n<option value=\"\">").Append(Html.Escape(_ui["leaveOut"]))
                        .Append("</option>\n<option value=\"true\" data-json=\"true\">").Append(Html.Escape(_ui["yes"])).Append("</option>\n<option value=\"false\" data-json=\"false\">")
                        .Append(Html.Escape(_ui["no"])).Append("</option>\n</select>\n");
                    break;
                case "json":
                    _html.Append("<textarea id=\"").Append(id).Append('"').Append(name).Append(described).Append(" rows=\"3\" spellcheck=\"false\" placeholder=\"")
                        .Append(Html.Escape(_ui["jsonValue"])).Append("\"></textarea>\n");
                    break;
                default:
                    _html.Append("<input type=\"text\" id=\"").Append(id).Append('"').Append(name).Append(described).Append(" autocomplete=\"off\">\n");
                    break;
            }
        }

        _html.Append("<p class=\"help\" id=\"").Append(id).Append("-help\">").Append(Html.Escape(HelpText(field))).Append("</p>\n")
            .Append("<p class=\"error\" id=\"").Append(id).Append("-err\" hidden></p>\n</div>\n");
    }

    private void Attributes(FormField field, bool inList, string? kind = null)
    {
        _html.Append(" data-kind=\"").Append(kind ?? (field.Kind == FieldKind.Group ? "group" : "list")).Append("\" data-key=\"").Append(Html.Escape(field.Key)).Append('"');
        if (!inList) _html.Append(" data-path=\"").Append(Html.Escape(field.Path)).Append('"');
        if (field.Required) _html.Append(" data-required");
        if (field.ShowWhen.Count > 0)
        {
            var conditions = new JArray(field.ShowWhen.Select(c => new JObject { ["when"] = c.When, ["equals"] = c.EqualsValue.DeepClone() }));
            _html.Append(" data-show-when=\"").Append(Html.Escape(conditions.ToString(Newtonsoft.Json.Formatting.None))).Append("\" hidden");
        }
    }

    private void Label(FormField field, string id)
    {
        _html.Append("<label for=\"").Append(id).Append("\">").Append(Html.Escape(field.Label));
        Required(field);
        _html.Append("</label>\n");
    }

    private void Required(FormField field)
    {
        if (field.Required) _html.Append("<abbr class=\"required\" title=\"").Append(Html.Escape(_ui["required"])).Append("\">*</abbr>");
    }

    private void Help(FormField field, string id)
    {
        if (field.Help is { } help) _html.Append("<p class=\"help\" id=\"").Append(id).Append("-help\">").Append(Html.Escape(help)).Append("</p>\n");
    }

    private string HelpText(FormField field)
    {
        var help = field.Help ?? "";
        // The range is part of most descriptions already ("（1–60）"); say it when it is not.
        if ((field.Minimum is not null || field.Maximum is not null) && !help.Contains('–'))
            help = $"{help}{(help.Length > 0 ? " " : "")}{_ui["range"]} {field.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{field.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
        return help;
    }

    private string NewId(string prefix) => $"{prefix}f{++_ids}";
}
