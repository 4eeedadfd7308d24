using AgreementKit.Chinese;
using Scriban.Runtime;

namespace AgreementKit.Templates.Functions;

/// <summary>
/// The <c>zh</c> object templates call (<c>zh.numeral 14</c>, <c>zh.money_upper total "CNY"</c>). One is built
/// per render for the edition's script; the formatters themselves are pure static code.
/// </summary>
internal sealed class ZhFunctions
{
    private readonly ChineseScript _script;

    private ZhFunctions(ChineseScript script) => _script = script;

    /// <summary>A read-only script object holding the functions, so a template cannot replace or add members.</summary>
    public static ScriptObject Create(ChineseScript script)
    {
        var functions = new ZhFunctions(script);
        var zh = new ScriptObject();
        zh.Import("numeral", new Func<object?, string>(functions.Numeral));
        zh.Import("date", new Func<object?, string>(functions.Date));
        zh.Import("date_upper", new Func<object?, string>(functions.DateUpper));
        zh.Import("date_roc", new Func<object?, string>(functions.DateRoc));
        // Created from the methods, not lambdas, so Scriban sees the optional currency argument.
        zh.Import("money", Delegate.CreateDelegate(typeof(Func<object?, string?, string>), functions, nameof(Money)));
        zh.Import("money_upper", Delegate.CreateDelegate(typeof(Func<object?, string?, string>), functions, nameof(MoneyUpper)));
        zh.Import("amount", Delegate.CreateDelegate(typeof(Func<object?, string?, string>), functions, nameof(Amount)));
        zh.Import("percent", new Func<object?, string>(functions.Percent));
        zh.IsReadOnly = true;
        return zh;
    }

    private string Numeral(object? value)
    {
        var number = TemplateArguments.ToWholeNumber(value, "zh.numeral");
        if (number < 0)
            throw new TemplateFunctionException($"zh.numeral writes numbers from 0 up; {number} is negative.");
        if (number > ChineseNumerals.MaxValue)
            throw new TemplateFunctionException($"zh.numeral writes numbers up to {ChineseNumerals.MaxValue}; {number} is larger.");
        return ChineseNumerals.ToLower(number, _script);
    }

    private string Date(object? value) => ChineseDates.ToFigures(DateArgument.Parse(value, "zh.date"));

    private string DateUpper(object? value) => ChineseDates.ToUpper(DateArgument.Parse(value, "zh.date_upper"), _script);

    private string DateRoc(object? value)
    {
        var date = DateArgument.Parse(value, "zh.date_roc");
        if (!ChineseDates.InRocCalendar(date))
            throw new TemplateFunctionException($"The date {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is before 1912, the first year of the Republic of China calendar.");
        return ChineseDates.ToRoc(date, _script);
    }

    // Reflection (Delegate.CreateDelegate) binds these three, hence public on this internal type.
    // Without a currency, figures keep two decimals, as they always did.
    public string Money(object? amount, string? currency = "") => currency == ""
        ? ChineseMoney.Format(TemplateArguments.ToDecimal(amount, "zh.money"))
        : ChineseMoney.Format(TemplateArguments.ToDecimal(amount, "zh.money"), currency);

    public string MoneyUpper(object? amount, string? currency = "CNY") =>
        ChineseMoney.ToUpper(TemplateArguments.ToDecimal(amount, "zh.money_upper"), currency, _script);

    public string Amount(object? amount, string? currency = "CNY") =>
        ChineseMoney.ToWords(TemplateArguments.ToDecimal(amount, "zh.amount"), currency, _script);

    private string Percent(object? value) => Percentages.Format(TemplateArguments.ToDecimal(value, "zh.percent"));
}
