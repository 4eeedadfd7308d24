namespace AgreementKit.Web.Forms;

/// <summary>Which widget a schema property becomes.</summary>
internal enum FieldKind
{
    /// <summary>An object: a fieldset of its properties.</summary>
    Group,

    /// <summary>An array: items that can be added and removed.</summary>
    List,

    /// <summary>A string: one line of text (no field allows line breaks).</summary>
    Text,

    /// <summary>A string with <c>"format": "date"</c>: ISO text with a date picker beside it.</summary>
    Date,

    /// <summary>An integer, with its minimum and maximum.</summary>
    Integer,

    /// <summary>A number, with its minimum and maximum.</summary>
    Number,

    /// <summary>A boolean: a checkbox, or a yes/no choice when it may be left out.</summary>
    Boolean,

    /// <summary>An enum: one of a few values.</summary>
    Choice,

    /// <summary>Anything else (no or mixed type): the value typed as JSON.</summary>
    Json,
}
