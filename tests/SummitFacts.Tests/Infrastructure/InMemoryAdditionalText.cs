using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SummitFacts.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? content)
    {
        Path = path;
        _text = content is null ? null : SourceText.From(content, Encoding.UTF8);
    }

    /// <summary>A file given as bytes, decoded as the compiler decodes files: BOM first, else UTF-8.</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes) => new(path, SourceText.From(bytes, bytes.Length, encoding: null));

    private InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
