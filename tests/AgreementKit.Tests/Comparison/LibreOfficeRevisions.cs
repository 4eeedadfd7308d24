using System.Text;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Comparison;

/// <summary>
/// LibreOffice as Word's stand-in: a Basic macro in a private profile opens a DOCX hidden, runs Accept All
/// or Reject All (<c>.uno:AcceptAllTrackedChanges</c>, <c>.uno:RejectAllTrackedChanges</c>) and saves the
/// text. A missing soffice fails the test.
/// </summary>
internal sealed class LibreOfficeRevisions : IDisposable
{
    private const string Macro = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
        <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
        Sub Redline(inPath As String, outPath As String, mode As String)
          Dim load(0) As New com.sun.star.beans.PropertyValue
          load(0).Name = &quot;Hidden&quot;
          load(0).Value = True
          doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, load())
          helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
          If mode = &quot;accept&quot; Then
            helper.executeDispatch(doc.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
          ElseIf mode = &quot;reject&quot; Then
            helper.executeDispatch(doc.CurrentController.Frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
          End If
          Dim store(1) As New com.sun.star.beans.PropertyValue
          store(0).Name = &quot;FilterName&quot;
          store(0).Value = &quot;Text (encoded)&quot;
          store(1).Name = &quot;FilterOptions&quot;
          store(1).Value = &quot;UTF8,LF&quot;
          doc.storeToURL(ConvertToURL(outPath), store())
          doc.close(True)
        End Sub
        </script:module>
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);
    private readonly string _folder = Directory.CreateTempSubdirectory("ak-lo-redline-").FullName;
    private readonly string _profile;

    public LibreOfficeRevisions()
    {
        _profile = new Uri(Path.Combine(_folder, "profile")).AbsoluteUri;
        var (code, log) = ProcessRunner.RunTool("soffice", [$"-env:UserInstallation={_profile}", "--headless", "--norestore", "--terminate_after_init"], Timeout, "libreoffice-writer-nogui");
        var module = Path.Combine(_folder, "profile", "user", "basic", "Standard", "Module1.xba");
        Assert.True(File.Exists(module), $"soffice did not create its profile (exit {code}):\n{log}");
        File.WriteAllText(module, Macro, new UTF8Encoding(false));
    }

    /// <summary>The text LibreOffice saves after <paramref name="mode"/> (accept, reject, or none), blank lines left out.</summary>
    public List<string> Text(byte[] docx, string mode)
    {
        var input = Path.Combine(_folder, $"{Guid.NewGuid():N}.docx");
        var output = Path.ChangeExtension(input, ".txt");
        File.WriteAllBytes(input, docx);
        var (code, log) = ProcessRunner.RunTool("soffice", [$"-env:UserInstallation={_profile}", "--headless", "--norestore", $"macro:///Standard.Module1.Redline(\"{input}\",\"{output}\",\"{mode}\")"], Timeout, "libreoffice-writer-nogui");
        Assert.True(File.Exists(output), $"LibreOffice did not open and save the document (exit {code}):\n{log}");
        return File.ReadAllLines(output).Where(l => l.Trim().Length > 0).ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
