namespace AgreementKit.Web.Batches;

/// <summary>Where a batch stands; the page shows the steps that belong to it.</summary>
internal enum BatchState
{
    /// <summary>Its files are being received.</summary>
    Uploading,

    /// <summary>Uploaded; its columns can be mapped.</summary>
    Ready,

    /// <summary>Every row is being validated.</summary>
    Checking,

    /// <summary>Validated; the row errors are known.</summary>
    Checked,

    /// <summary>The documents are being written.</summary>
    Running,

    /// <summary>Done; the ZIP can be downloaded.</summary>
    Finished,

    /// <summary>The batch as a whole could not start (an unknown column, an unreadable file); the problems say why.</summary>
    Failed,
}
