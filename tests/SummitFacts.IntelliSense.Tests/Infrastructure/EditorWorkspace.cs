using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace SummitFacts.IntelliSense.Tests.Infrastructure;

/// <summary>
/// An in-memory editor session: Roslyn's own completion and quick-info services over a C# project that
/// references the built SummitFacts assembly with its XML doc file, as a consumer's IDE would see it.
/// </summary>
public sealed class EditorWorkspace : IDisposable
{
    /// <summary>Where the caret goes in a snippet passed to <see cref="QuickInfoAsync"/>.</summary>
    public const string Caret = "$$";

    // Composing the MEF catalog of the Features assemblies is the slow part and is immutable, so every
    // test class shares it; each class still gets its own workspace.
    private static readonly Lazy<MefHostServices> Host = new(CreateHost);

    private readonly AdhocWorkspace _workspace;
    private readonly ProjectId _projectId;
    private readonly Dictionary<string, Task<IReadOnlyList<OfferedItem>>> _completions = new(StringComparer.Ordinal);
    private int _documents;

    public EditorWorkspace()
    {
        _workspace = new AdhocWorkspace(Host.Value);
        _projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(
            _projectId,
            VersionStamp.Create(),
            name: "Consumer",
            assemblyName: "Consumer",
            language: LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References());
        _workspace.AddProject(project);
    }

    /// <summary>
    /// Every item completion offers after <paramref name="expression"/> followed by a dot, with the
    /// description the editor shows for it; computed once per expression.
    /// </summary>
    public Task<IReadOnlyList<OfferedItem>> CompletionsAfterAsync(string expression)
    {
        lock (_completions)
        {
            if (!_completions.TryGetValue(expression, out var task))
            {
                task = ComputeCompletionsAsync(expression);
                _completions.Add(expression, task);
            }

            return task;
        }
    }

    /// <summary>The hover text at the <see cref="Caret"/> in <paramref name="statementWithCaret"/>, all sections joined by new lines.</summary>
    public async Task<string?> QuickInfoAsync(string statementWithCaret)
    {
        int caret = statementWithCaret.IndexOf(Caret, StringComparison.Ordinal);
        if (caret < 0)
        {
            throw new ArgumentException("The snippet has no caret marker.", nameof(statementWithCaret));
        }

        (Document document, int position) = AddDocument(statementWithCaret.Remove(caret, Caret.Length), caret);
        QuickInfoService service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("No quick-info service for C#.");
        QuickInfoItem? item = await service.GetQuickInfoAsync(document, position);
        return item is null ? null : string.Join("\n", item.Sections.Select(s => s.Text));
    }

    /// <summary>The compiler's errors for <paramref name="statement"/>, so a test can show its snippet is valid C#.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync(string statement)
    {
        (Document document, _) = AddDocument(statement, 0);
        Compilation compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == document.FilePath)
            .Select(d => d.ToString())
            .ToList();
    }

    public void Dispose() => _workspace.Dispose();

    private async Task<IReadOnlyList<OfferedItem>> ComputeCompletionsAsync(string expression)
    {
        string statement = "var value = " + expression + ".";
        (Document document, int position) = AddDocument(statement, statement.Length);
        CompletionService service = CompletionService.GetService(document) ?? throw new InvalidOperationException("No completion service for C#.");
        CompletionList list = await service.GetCompletionsAsync(document, position);
        var items = new List<OfferedItem>(list.ItemsList.Count);
        foreach (CompletionItem item in list.ItemsList)
        {
            CompletionDescription? description = await service.GetDescriptionAsync(document, item);
            items.Add(new OfferedItem(item.DisplayText, description?.Text ?? string.Empty));
        }

        return items;
    }

    // Each snippet gets its own document, so concurrent tests in a class never edit each other's text.
    private (Document Document, int Position) AddDocument(string statement, int statementPosition)
    {
        lock (_workspace)
        {
            _documents++;
            string name = "Snippet" + _documents;
            string prefix = "internal static class " + name + "\n{\n    internal static void Run()\n    {\n        ";
            string text = prefix + statement + "\n    }\n}\n";
            var info = DocumentInfo.Create(
                DocumentId.CreateNewId(_projectId),
                name + ".cs",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Create())),
                filePath: Path.Combine(Path.GetTempPath(), "consumer", name + ".cs"));
            Solution solution = _workspace.CurrentSolution.AddDocument(info);
            if (!_workspace.TryApplyChanges(solution))
            {
                throw new InvalidOperationException("The workspace refused the snippet.");
            }

            return (_workspace.CurrentSolution.GetDocument(info.Id)!, prefix.Length + statementPosition);
        }
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();

        // The runtime's own assemblies stand in for reference assemblies: enough for binding and docs-free BCL types.
        string platform = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (string path in platform.Split(Path.PathSeparator))
        {
            string file = Path.GetFileName(path);
            if (file.StartsWith("System.", StringComparison.Ordinal) || file is "netstandard.dll" or "mscorlib.dll")
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        string library = typeof(Article).Assembly.Location;
        string docs = Path.ChangeExtension(library, ".xml");
        if (!File.Exists(docs))
        {
            throw new FileNotFoundException("The SummitFacts XML doc file must sit next to the assembly so completion shows the docs.", docs);
        }

        references.Add(MetadataReference.CreateFromFile(library, documentation: XmlDocumentationProvider.CreateFromFile(docs)));
        return references.ToImmutable();
    }

    private static MefHostServices CreateHost()
    {
        // DefaultAssemblies names the Features assemblies too, but only loads what it can find; naming them
        // explicitly makes a missing one fail here rather than as an empty completion list.
        Assembly[] features =
        {
            typeof(CompletionService).Assembly,
            Assembly.Load("Microsoft.CodeAnalysis.CSharp.Features"),
        };
        return MefHostServices.Create(MefHostServices.DefaultAssemblies.Concat(features).Distinct());
    }
}
