using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SummitFacts.Tests.EndToEnd;

/// <summary>One .nupkg (or .snupkg) read back: its entries and its nuspec metadata.</summary>
internal sealed class PackageFile
{
    private PackageFile(string path, IReadOnlyList<string> entries, XElement? metadata)
    {
        Path = path;
        Entries = entries;
        Metadata = metadata;
    }

    public string Path { get; }

    public IReadOnlyList<string> Entries { get; }

    public XElement? Metadata { get; }

    public static PackageFile Open(string feed, string id, string version, string extension = ".nupkg")
    {
        string path = System.IO.Path.Combine(feed, id + "." + version + extension);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Not packed: " + path + ". The feed holds: " + string.Join(", ", Directory.GetFiles(feed).Select(System.IO.Path.GetFileName)));
        }

        using ZipArchive zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        ZipArchiveEntry? nuspec = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        XElement? metadata = null;
        if (nuspec is not null)
        {
            using Stream stream = nuspec.Open();
            metadata = XDocument.Load(stream).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata");
        }

        return new PackageFile(path, entries, metadata);
    }

    /// <summary>The text of one file in the package.</summary>
    public string ReadText(string entry)
    {
        using ZipArchive zip = ZipFile.OpenRead(Path);
        ZipArchiveEntry found = zip.GetEntry(entry) ?? throw new FileNotFoundException(entry + " is not in " + Path);
        using var reader = new StreamReader(found.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The text of a metadata element, e.g. "version"; null when absent.</summary>
    public string? Value(string element) => Metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == element)?.Value;

    /// <summary>Every declared dependency as (id, version range), across all framework groups.</summary>
    public IReadOnlyList<(string Id, string Version)> Dependencies() =>
        Metadata?.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string?)e.Attribute("id") ?? string.Empty, (string?)e.Attribute("version") ?? string.Empty))
            .ToList()
        ?? new List<(string, string)>();
}
