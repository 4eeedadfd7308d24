using System.IO.Compression;

namespace AgreementKit.Web.Batches;

/// <summary>The ZIP a finished batch is downloaded as: every document plus errors.csv, errors.jsonl and manifest.jsonl.</summary>
internal static class ResultArchive
{
    public static string Write(string outputFolder, string zipPath)
    {
        var temporary = zipPath + ".partial";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            // The batch writes plain files into its folder and nothing else; names were made safe by the batch.
            foreach (var file in new DirectoryInfo(outputFolder).EnumerateFiles().Where(f => !f.Name.StartsWith('.') && f.LinkTarget is null).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var packed = file.Extension is ".docx" or ".pdf" or ".zip" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                zip.CreateEntryFromFile(file.FullName, file.Name, packed);
            }
        }

        File.Move(temporary, zipPath, overwrite: true);
        return zipPath;
    }
}
