Console.Error.WriteLine("agreementkit: commands are being wired up; see README.md");
return 2;
