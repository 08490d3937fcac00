using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SummitFacts.Benchmarks.Infrastructure;

/// <summary>Analyzer config options as MSBuild writes them: the project's properties and each article's metadata.</summary>
internal sealed class OptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
    private static readonly DictionaryOptions Article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SummitArticle"] = "true" });

    public OptionsProvider(string rootNamespace, string projectDir) =>
        GlobalOptions = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.ProjectDir"] = projectDir,
        });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    // Every additional file in a benchmark project is an article, as if the project globbed them all.
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
